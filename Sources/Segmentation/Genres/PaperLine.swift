package import PipelineCore

/// One line of a committee paper as the genre readers see it: table cells flattened into
/// their lines in reading order, each with its list label read in every form councils
/// print ("(a)", "a)", "A)", "1.", "(1)", "12.1", "i)", "(iv)").
package struct PaperLine: Sendable {
    /// The line as printed, label included.
    package var text: String
    /// The list or paragraph label, or nil.
    package var label: String?
    /// The label's value without brackets or dots ("a", "12.1", "iv"), or nil.
    package var number: String?
    /// The text after the label.
    package var body: String
    /// True when the line reads as a heading.
    package var isHeading: Bool
    /// The heading level of a line set in a heading style, nil for any other line.
    package var headingLevel: Int?
    /// True when the line came from a table cell.
    package var inTable: Bool
    /// The index of the cell within its row, for table lines.
    package var cell: Int?
    /// Where the line is.
    package var location: SourceLocation

    /// The lines of a document view in reading order.
    package static func lines(_ entries: [Entry]) -> [PaperLine] {
        var result: [PaperLine] = []
        for entry in entries {
            switch entry {
            case .line(let line):
                result.append(PaperLine(line, inTable: false, cell: nil))
            case .row(let row):
                for (index, cell) in row.cells.enumerated() {
                    for line in cell.lines { result.append(PaperLine(line, inTable: true, cell: index)) }
                }
            }
        }
        return result
    }

    init(_ line: TextLine, inTable: Bool, cell: Int?) {
        text = line.text
        let parsed = Self.splitLabel(line.text)
        if let label = line.label, !TextTools.isBullet(label), !Self.value(of: label).isEmpty {
            self.label = label
            number = Self.value(of: label)
            body = line.body
        } else if let parsed {
            label = parsed.label
            number = parsed.number
            body = parsed.body
        } else {
            label = line.label
            number = nil
            body = line.body
        }
        isHeading = line.isHeadingLike || line.kind == .heading
        headingLevel = line.kind == .heading ? (line.headingLevel ?? 1) : nil
        self.inTable = inTable
        self.cell = cell
        location = line.location
    }

    /// True when the line carries a bullet rather than a number or letter.
    package var isBulleted: Bool { number == nil && label != nil }

    /// True when the text ends a sentence or clause.
    package var endsClause: Bool { TextTools.endsClause(body) }

    /// True when the line opens in lower case (a sentence cut at a line or page break).
    package var opensLowercase: Bool {
        body.first.map { $0.isLowercase } ?? false
    }

    /// Splits a printed label from a line: "(a) …", "a) …", "A) …", "(iv) …", "1. …",
    /// "1) …", "(1) …", "12.1 …", "4.1. …"; nil when the line opens with none.
    static func splitLabel(_ text: String) -> (label: String, number: String, body: String)? {
        // Most lines open with a word; only a bracket, a digit, or a letter followed within
        // six characters by "." or ")" can open a label, and the patterns are tried only then.
        guard let first = text.utf8.first else { return nil }
        let patterns: ArraySlice<Regex<(Substring, Substring)>>
        switch first {
        case UInt8(ascii: "("):
            patterns = Pattern.paperLineLabels[0...0]
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            patterns = Pattern.paperLineLabels[1...]
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            guard text.utf8.dropFirst().prefix(5).contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ")") })
            else { return nil }
            patterns = Pattern.paperLineLabels[2...]
        default:
            return nil
        }
        for pattern in patterns {
            if let match = text.prefixMatch(of: pattern) {
                let body = String(text[match.range.upperBound...])
                guard !body.isEmpty else { return nil }
                let label = String(match.output.0).trimmingCharacters()
                return (label, String(match.output.1), body)
            }
        }
        return nil
    }

    /// The value inside a label: "(21)" → "21", "1." → "1", "12.1" → "12.1".
    static func value(of label: String) -> String {
        label.trimming("().:")
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    package func trimming(_ set: String) -> String {
        trimming(Set(set))
    }

    /// The string without the given characters or whitespace at either end.
    package func trimming(_ characters: Set<Character>) -> String {
        // Text that opens and closes with an ASCII letter or digit standing alone as a
        // character (its neighbour byte ASCII too) has nothing to trim; most lines do.
        let utf8 = self.utf8
        if let first = utf8.first, let last = utf8.last, Self.isASCIIAlphanumeric(first), Self.isASCIIAlphanumeric(last) {
            let count = utf8.count
            let second = count > 1 ? utf8[utf8.index(after: utf8.startIndex)] : 0
            let beforeLast = count > 1 ? utf8[utf8.index(utf8.endIndex, offsetBy: -2)] : 0
            if second < 0x80, beforeLast < 0x80,
               !characters.contains(Character(Unicode.Scalar(first))), !characters.contains(Character(Unicode.Scalar(last))) {
                return self
            }
        }
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) || first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) || last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
