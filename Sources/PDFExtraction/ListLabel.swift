/// Recognises the label that opens a list item: "1.", "1.2", "a)", "(a)", "(21)", "(iv)",
/// or a bullet ("•", "·", "▪", "-", "–").
enum ListLabel {
    private static let bullets: Set<Character> = ["•", "·", "▪", "◦", "‣", "●", "○", "■", "□", "-", "–", "*", "➢", "✓"]

    /// Splits a line into its label and the text after it; nil when the line has no label.
    /// - Parameter text: A line's text after normalisation.
    static func split(_ text: String) -> (label: String, rest: String)? {
        let characters = Array(text.prefix(16))
        guard let first = characters.first else { return nil }
        var end: Int?
        if bullets.contains(first) {
            end = 1
        } else if first == "(" {
            var i = 1
            while i < characters.count, characters[i].isLetter || characters[i].isNumber { i += 1 }
            let inner = String(characters[1..<i])
            if i < characters.count, characters[i] == ")", isItemToken(inner) { end = i + 1 }
        } else {
            var i = 0
            while i < characters.count, characters[i].isNumber { i += 1 }
            if i > 0 && i <= 3 {
                // 1.  1)  1.2  1.2.3
                var j = i
                var sawDot = false
                while j + 1 < characters.count, characters[j] == ".", characters[j + 1].isNumber {
                    j += 1
                    while j < characters.count, characters[j].isNumber { j += 1 }
                    sawDot = true
                }
                if j < characters.count, characters[j] == "." || characters[j] == ")" {
                    end = j + 1
                } else if sawDot {
                    end = j
                }
            } else if i == 0 {
                var k = 0
                while k < characters.count, characters[k].isLetter { k += 1 }
                // Only letters closed by ")" or "." can be a label: most lines open with a word.
                if k > 0, k < characters.count, characters[k] == ")" || characters[k] == "." {
                    let token = String(characters[0..<k])
                    if isItemToken(token),
                       characters[k] == ")" || (token.first!.isLowercase && (k == 1 || token.allSatisfy { "ivx".contains($0) })) {
                        end = k + 1
                    }
                }
            }
        }
        guard let end, end < characters.count, characters[end].isWhitespace else { return nil }
        let rest = text.dropFirst(end).drop { $0.isWhitespace }
        guard !rest.isEmpty else { return nil }
        return (String(characters[0..<end]), String(rest))
    }

    /// True when `text` is nothing but a label ("1.", "a)", "•"), as when a list item's label
    /// and text sit apart at a tab stop.
    static func isLabel(_ text: String) -> Bool {
        let cleaned = BlockBuilder.clean(text)
        return !cleaned.contains(" ") && split(cleaned + " x")?.label == cleaned
    }

    /// True for the tokens a label may bracket: a number up to three digits, one letter, or a
    /// lowercase roman numeral.
    private static func isItemToken(_ token: String) -> Bool {
        if token.isEmpty { return false }
        if token.allSatisfy(\.isNumber) { return token.count <= 3 }
        if token.count == 1 { return token.first!.isLetter }
        return token.count <= 6 && token.allSatisfy { "ivxlc".contains($0) }
    }
}
