/// Removes Word field instructions that leaked into text exported from a DOCX
/// (`HYPERLINK "http://…"`, `PAGEREF _Toc123 \h`), keeping the field's displayed result.
enum WordFieldCodes {
    /// The field-begin / separator / end marks as a naive extractor renders them.
    static let mark: Character = "\u{FFFD}"

    /// Field keywords whose instruction text is dropped.
    static let keywords = [
        "HYPERLINK", "PAGEREF", "REF", "TOC", "PAGE", "NUMPAGES", "MERGEFIELD", "INCLUDEPICTURE",
        "FORMTEXT", "FORMCHECKBOX", "SEQ", "FILENAME", "EMBED", "SHAPE", "NOTEREF",
    ]

    /// `line` without field instructions, and how many were removed.
    ///
    /// An instruction is a keyword, its quoted arguments and `\x` switches, either right after a
    /// field-begin mark or (for `HYPERLINK`, which reads unambiguously) anywhere.
    static func strip(_ line: String) -> (text: String, removed: Int) {
        guard line.contains("HYPERLINK") || line.contains(mark) else { return (line, 0) }
        let chars = Array(line)
        var out = ""
        var removed = 0
        var i = 0
        while i < chars.count {
            let afterMark = i > 0 && chars[i - 1] == mark
                || (i > 1 && chars[i - 1] == " " && chars[i - 2] == mark)
            if let end = instructionEnd(chars, at: i, requireHyperlink: !afterMark) {
                removed += 1
                i = end
                continue
            }
            out.append(chars[i])
            i += 1
        }
        return (out, removed)
    }

    /// One past the end of the instruction starting at `start`, or nil when none starts there.
    private static func instructionEnd(_ chars: [Character], at start: Int, requireHyperlink: Bool) -> Int? {
        guard chars[start].isUppercase else { return nil }
        if start > 0, chars[start - 1].isLetter { return nil }
        var j = start
        while j < chars.count, chars[j].isUppercase { j += 1 }
        let word = String(chars[start..<j])
        guard requireHyperlink ? word == "HYPERLINK" : keywords.contains(word) else { return nil }
        guard j == chars.count || chars[j] == " " || chars[j] == mark else { return nil }
        var end = j
        var sawArgument = false
        while true {
            var k = end
            while k < chars.count, chars[k] == " " { k += 1 }
            guard k < chars.count else { break }
            if chars[k] == "\"" {
                guard let close = chars[(k + 1)...].firstIndex(of: "\"") else { break }
                end = close + 1
                sawArgument = true
            } else if chars[k] == "\\", k + 1 < chars.count, chars[k + 1].isLetter || chars[k + 1] == "*" {
                end = k + 2
            } else if !requireHyperlink, chars[k] != mark, !sawArgument {
                var w = k
                while w < chars.count, chars[w] != " ", chars[w] != mark { w += 1 }
                end = w
                sawArgument = true
            } else {
                break
            }
        }
        return requireHyperlink && !sawArgument ? nil : end
    }
}
