/// Recognises list markers at the start of a line: bullets (`-`, `*`, `·`, `•`) and ordered
/// labels (`1.`, `a)`, `(1)`, `(iv)`), keeping the label as the reader sees it.
enum ListMarker {
    /// The label every bullet gets, whatever glyph the source used.
    static let bulletLabel = "•"

    /// A bullet at the start of `line`: the indentation before it and the text after it.
    /// - Parameter markdown: Markdown also accepts `*` and `+`; plain text also `▪` and `◦`.
    static func bullet(in line: Substring, markdown: Bool) -> (indent: Int, rest: Substring)? {
        var indent = 0
        var index = line.startIndex
        while index < line.endIndex, line[index] == " " || line[index] == "\t" {
            indent += line[index] == "\t" ? 4 : 1
            index = line.index(after: index)
        }
        guard index < line.endIndex else { return nil }
        let glyph = line[index]
        let glyphs: Set<Character> = markdown ? ["-", "*", "+", "·", "•"] : ["-", "·", "•", "▪", "◦", "*"]
        guard glyphs.contains(glyph) else { return nil }
        let after = line.index(after: index)
        guard after < line.endIndex, line[after] == " " || line[after] == "\t" else { return nil }
        let rest = line[after...].drop { $0 == " " || $0 == "\t" }
        guard !rest.isEmpty else { return nil }
        return (indent, rest)
    }

    /// An ordered label at the start of `text` (`1.`, `1)`, `a)`, `(1)`, `(a)`, `(iv)`, `iv)`),
    /// followed by a space; with `outline`, also section numbers such as `1.2`.
    static func orderedLabel(in text: Substring, outline: Bool = false) -> String? {
        let head = text.prefix(12)
        guard let space = head.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return nil }
        let candidate = head[head.startIndex..<space]
        guard !text[space...].allSatisfy(\.isWhitespace) else { return nil }
        return isOrderedLabel(candidate, outline: outline) ? String(candidate) : nil
    }

    /// True when `token` is an ordered list label on its own.
    static func isOrderedLabel(_ token: Substring, outline: Bool = false) -> Bool {
        let chars = Array(token)
        guard chars.count >= 2 else { return false }
        if chars.first == "(", chars.last == ")" {
            let inner = chars.dropFirst().dropLast()
            return isCounter(inner)
        }
        if chars.last == ")" || chars.last == "." {
            let inner = chars.dropLast()
            if inner.allSatisfy(\.isASCII), inner.allSatisfy(\.isNumber), inner.count <= 3 { return true }
            if inner.count == 1, let letter = inner.first, letter.isLowercase, letter.isASCII { return true }
            if chars.last == ")", isRoman(inner) { return true }
        }
        if outline {
            let parts = token.split(separator: ".", omittingEmptySubsequences: false)
            let trimmed = parts.last == "" ? parts.dropLast() : parts[...]
            return trimmed.count >= 2 && trimmed.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }
        }
        return false
    }

    private static func isCounter(_ inner: ArraySlice<Character>) -> Bool {
        guard !inner.isEmpty, inner.allSatisfy(\.isASCII) else { return false }
        if inner.allSatisfy(\.isNumber) { return inner.count <= 3 }
        if inner.count == 1, let letter = inner.first { return letter.isLetter }
        return isRoman(inner)
    }

    private static func isRoman(_ inner: ArraySlice<Character>) -> Bool {
        !inner.isEmpty && inner.count <= 6 && inner.allSatisfy { "ivxlc".contains($0) }
    }
}
