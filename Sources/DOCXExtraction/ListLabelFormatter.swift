/// Renders a list counter in one of Word's number formats.
enum ListLabelFormatter {
    /// The counter `value` in `format` (`decimal`, `lowerLetter`, `upperRoman`, …); formats
    /// the extractor does not know are rendered in decimal.
    static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "decimal": return String(value)
        case "decimalZero": return value < 10 && value >= 0 ? "0\(value)" : String(value)
        case "lowerLetter": return letters(value)
        case "upperLetter": return letters(value).uppercased()
        case "lowerRoman": return roman(value)
        case "upperRoman": return roman(value).uppercased()
        case "ordinal": return ordinal(value)
        case "bullet", "none": return ""
        default: return String(value)
        }
    }

    /// Word's letter numbering: a…z, then aa…zz, then aaa…
    static func letters(_ value: Int) -> String {
        guard value > 0 else { return String(value) }
        let letter = Character(Unicode.Scalar(UInt8(97 + (value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    /// Lower-case roman numerals for 1…3999; other values in decimal.
    static func roman(_ value: Int) -> String {
        guard (1...3999).contains(value) else { return String(value) }
        let table: [(Int, String)] = [
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ]
        var remaining = value
        var result = ""
        for (amount, numeral) in table {
            while remaining >= amount {
                result += numeral
                remaining -= amount
            }
        }
        return result
    }

    private static func ordinal(_ value: Int) -> String {
        let suffix: String
        switch (value % 10, value % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(value)\(suffix)"
    }
}
