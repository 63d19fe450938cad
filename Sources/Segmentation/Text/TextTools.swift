import PipelineCore
import TextAnalysis

/// Small text helpers every reader shares: whitespace, words, labels and embedded markup.
package enum TextTools {
    /// Collapses whitespace runs to single spaces and trims both ends.
    package static func collapse(_ text: String) -> String {
        TextNormalizer.collapseWhitespace(text)
    }

    /// True when a text closes its part of a list sentence: it ends in ";", "; and", "; or",
    /// or the one further character a reader lets close a part ("." for a resolution's parts,
    /// "," for items that carry on a stem).
    package static func closesListPart(_ text: String, or closer: Character) -> Bool {
        let trimmed = text.trimmingCharacters()
        return trimmed.hasSuffix(";") || trimmed.hasSuffix("; and") || trimmed.hasSuffix("; or") || trimmed.last == closer
    }

    /// True when a text ends a sentence or clause: ".", ";", ":", "!" or "?" before any closing
    /// quotes or brackets.
    package static func endsClause(_ text: String) -> Bool {
        guard let last = text.trimming("”’\"')").last else { return false }
        return ".;:!?".contains(last)
    }

    /// The aside in brackets a text ends with, and the text before it ("ICB Board (meeting
    /// held in public)" → "ICB Board ", "meeting held in public"), or nil.
    package static func closingAside(_ text: String) -> (before: String, aside: String)? {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return nil }
        return (String(text[..<open]), String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
    }

    /// Does `text = collapse(text + " " + more)` for a `text` that is already collapsed (as every
    /// line body is), in place and without walking `text` again: an item grown line by line
    /// costs the length of its lines, not the square of it.
    package static func append(_ more: String, to text: inout String) {
        let tail = collapse(more)
        guard !tail.isEmpty else { return }
        if !text.isEmpty { text.append(" ") }
        text.append(tail)
    }

    /// How many times `needle` occurs in `haystack` (as bytes of UTF-8), counting no further
    /// than `limit`.
    package static func occurrences(of needle: String, in haystack: String, upTo limit: Int) -> Int {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return 0 }
        var count = 0
        var haystack = haystack
        haystack.withUTF8 { bytes in
            var index = 0
            let last = bytes.count - pattern.count
            while index <= last, count < limit {
                if bytes[index] == first {
                    var matched = true
                    for offset in 1..<pattern.count where bytes[index + offset] != pattern[offset] {
                        matched = false
                        break
                    }
                    if matched {
                        count += 1
                        index += pattern.count
                        continue
                    }
                }
                index += 1
            }
        }
        return count
    }

    /// Lower-cased words, as `TextAnalysis.Tokenizer` splits them ("Children’s" → "children").
    package static func words(_ text: String) -> [String] {
        Tokenizer.lowercaseWords(in: text)
    }

    /// Text reduced to lower-case words separated by single spaces, for comparing phrases.
    package static func key(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    /// True when `part` occurs in `text`, comparing UTF-8 bytes (for keys, which are already
    /// folded; Foundation's search, which `contains` otherwise reaches, is far slower).
    package static func bytesContain(_ text: String, _ part: String) -> Bool {
        bytesContain(text, part) { $0 }
    }

    /// True when the lower-case ASCII word `part` occurs in `text` in any letter case, comparing
    /// UTF-8 bytes (what `text.lowercased()` then `bytesContain` gives for ASCII words, without
    /// making the lower-cased copy).
    package static func bytesContainIgnoringCase(_ text: String, _ part: String) -> Bool {
        bytesContain(text, part) { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    /// Where `part` first occurs in `text`, comparing UTF-8 bytes: what Foundation's
    /// `text.range(of: part)` answers for the plain phrases readers look for, without bridging
    /// the line to an `NSString`. (A match starts on a byte that opens a scalar, as the
    /// phrase's first byte does, so its bounds are scalar boundaries; they may fall inside a
    /// character, as before a combining accent, which the phrases readers look for never end on.)
    package static func byteRange(of part: String, in text: String) -> Range<String.Index>? {
        var bytes = text, part = part
        let offset: Int? = bytes.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
                let first = needle[0]
                let last = haystack.count - needle.count
                var start = 0
                while start <= last {
                    if haystack[start] == first {
                        var index = 1
                        while index < needle.count && haystack[start + index] == needle[index] { index += 1 }
                        if index == needle.count { return start }
                    }
                    start += 1
                }
                return nil
            }
        }
        guard let offset else { return nil }
        let lower = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return lower..<text.utf8.index(lower, offsetBy: part.utf8.count)
    }

    /// True when `part`'s bytes occur in `text`'s, each byte of `text` read through `fold`.
    @inline(__always)
    private static func bytesContain(_ text: String, _ part: String, fold: (UInt8) -> UInt8) -> Bool {
        var text = text, part = part
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard !needle.isEmpty else { return true }
                guard needle.count <= haystack.count else { return false }
                let first = needle[0]
                let last = haystack.count - needle.count
                var start = 0
                while start <= last {
                    if fold(haystack[start]) == first {
                        var index = 1
                        while index < needle.count && fold(haystack[start + index]) == needle[index] { index += 1 }
                        if index == needle.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }

    /// Several byte strings looked for in one pass over a text: what
    /// `parts.contains { bytesContain(text, $0) }` answers (or, ignoring case,
    /// `bytesContainIgnoringCase`, whose parts are lower-case), reading each text byte once
    /// and comparing only the parts that start with it.
    package struct BytePhrases: Sendable {
        private let byFirstByte: [[[UInt8]]]
        private let matchesEverything: Bool
        private let ignoringCase: Bool

        package init(_ parts: some Sequence<String>, ignoringCase: Bool = false) {
            var table = [[[UInt8]]](repeating: [], count: 256)
            var empty = false
            for part in parts {
                let bytes = Array(part.utf8)
                guard let first = bytes.first else { empty = true; continue }
                table[Int(first)].append(bytes)
            }
            byFirstByte = table
            matchesEverything = empty
            self.ignoringCase = ignoringCase
        }

        package func occur(in text: String) -> Bool {
            if matchesEverything { return true }
            var text = text
            let fold = ignoringCase
            return text.withUTF8 { haystack in
                let count = haystack.count
                for start in 0..<count {
                    var byte = haystack[start]
                    if fold, byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
                    for part in byFirstByte[Int(byte)] where part.count <= count - start {
                        var index = 1
                        while index < part.count {
                            var next = haystack[start + index]
                            if fold, next >= 0x41, next <= 0x5A { next |= 0x20 }
                            guard next == part[index] else { break }
                            index += 1
                        }
                        if index == part.count { return true }
                    }
                }
                return false
            }
        }
    }

    /// The text without the word that opens it, written with a small or a capital first letter
    /// ("that the minutes be approved" → "the minutes be approved"); the text unchanged otherwise.
    package static func droppingOpening(_ word: String, from text: String) -> String {
        let capitalised = word.prefix(1).uppercased() + word.dropFirst()
        for opening in [word + " ", capitalised + " "] where text.hasPrefix(opening) { return String(text.dropFirst(opening.count)) }
        return text
    }

    /// True when upper-casing `text` would change nothing: it holds no letter with an upper
    /// case (`text == text.uppercased()`, without making the upper-cased copy).
    package static func isUnchangedByUppercasing(_ text: String) -> Bool {
        var text = text
        let ascii: Bool? = text.withUTF8 { bytes in
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte >= 0x61 && byte <= 0x7A { return false }
            }
            return true
        }
        if let ascii { return ascii }
        return !text.unicodeScalars.contains { $0.properties.changesWhenUppercased }
    }

    /// Content words of a text: its lower-cased words without the English stop words.
    package static func contentWords(_ text: String) -> [String] {
        StopWords.english.contentWords(in: text)
    }

    /// Dice similarity of two texts' content-word sets (0…1).
    package static func similarity(_ lhs: String, _ rhs: String) -> Double {
        similarity(Set(contentWords(lhs)), Set(contentWords(rhs)))
    }

    /// Dice similarity of two word sets (0…1).
    package static func similarity(_ lhs: Set<String>, _ rhs: Set<String>) -> Double {
        Similarity.dice(lhs, rhs)
    }

    /// The text with HTML-like tags (`<b>`, `</p>`, `<a href=…>`) removed and entities decoded.
    package static func stripTags(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "<")) else { return text }
        var out = ""
        var inTag = false
        var pending = ""
        for ch in text {
            if inTag {
                pending.append(ch)
                if ch == ">" {
                    inTag = false
                    pending = ""
                } else if ch == "<" || ch == "\n" {
                    out += pending
                    pending = ch == "<" ? "<" : ""
                    inTag = ch == "<"
                }
            } else if ch == "<" {
                inTag = true
                pending = "<"
            } else {
                out.append(ch)
            }
        }
        out += pending
        return out.replacingAll("&amp;", with: "&").replacingAll("&nbsp;", with: " ")
            .replacingAll("&lt;", with: "<").replacingAll("&gt;", with: ">")
    }

    /// Bullet characters documents put in front of list items.
    package static let bulletCharacters: Set<Character> = ["·", "•", "-", "–", "—", "▪", "\u{F0B7}", "o", "*", "◦", "‣"]

    /// Splits a leading list label from a line: returns the label ("(3)", "1.", "a)", "·")
    /// and the remaining text. A bullet followed by a numbered label yields the numbered label.
    package static func splitLabel(_ text: String) -> (label: String?, body: String) {
        var rest = Substring(text)
        var label: String?
        if let first = rest.first, bulletCharacters.contains(first) {
            let after = rest.dropFirst()
            if first == "o" || first == "*" {
                if after.first == " " {
                    label = String(first)
                    rest = after.drop(while: { $0 == " " || $0 == "\t" })
                }
            } else if after.first == " " || after.first == "\t" || (first != "-" && first != "–" && first != "—") {
                label = String(first)
                rest = after.drop(while: { $0 == " " || $0 == "\t" })
            }
        }
        // Each pattern is tried only where its first character stands: "(", a digit, or a
        // lower-case letter before ")".
        if let opening = rest.first {
            if opening == "(", let match = rest.prefixMatch(of: Pattern.bracketedLabel) {
                return (String(match.output.0).trimmingCharacters(), String(rest[match.range.upperBound...]))
            }
            if opening.isNumber, let match = rest.prefixMatch(of: Pattern.numberedLabel) {
                return (String(match.output.0).trimmingCharacters(), String(rest[match.range.upperBound...]))
            }
            if opening.isASCII, opening.isLowercase, rest.dropFirst().first == ")",
               let match = rest.prefixMatch(of: Pattern.letteredLabel) {
                return (String(match.output.0).trimmingCharacters(), String(rest[match.range.upperBound...]))
            }
        }
        return (label, String(rest))
    }

    /// True when a label is a bullet rather than a number or letter.
    package static func isBullet(_ label: String?) -> Bool {
        guard let label, let first = label.first else { return false }
        return label.count == 1 && (bulletCharacters.contains(first) || !first.isLetter && !first.isNumber)
    }

    /// The number or letter inside a label: "(21)" → "21", "1." → "1", "a)" → "a".
    package static func labelValue(_ label: String) -> String {
        String(label.filter { $0.isLetter || $0.isNumber })
    }
}

extension String {
    /// Every occurrence of `target` replaced by `replacement`.
    package func replacingAll(_ target: String, with replacement: String) -> String {
        // Looked for as UTF-8 bytes first: most texts hold no `target`, and Foundation's
        // search, which `contains` reaches, is far slower.
        guard !target.isEmpty, TextTools.bytesContain(self, target) else { return self }
        return replacing(target, with: replacement)
    }

    /// The string without leading and trailing whitespace.
    package func trimmingCharacters() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) ?? first
        return String(scalars[first...last])
    }
}
