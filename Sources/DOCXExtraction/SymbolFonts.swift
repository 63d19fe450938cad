/// Maps glyphs of the Symbol and Wingdings fonts (written as `w:sym` or as private-use
/// characters U+F0xx in a run set in those fonts) to the Unicode characters they show.
enum SymbolFonts {
    private static let symbol: [UInt8: Character] = [
        0xB7: "•", 0xB0: "°", 0xB1: "±", 0xB4: "×", 0xB8: "÷", 0x2D: "−", 0xAE: "→", 0xAC: "←",
        0xAD: "↑", 0xAF: "↓", 0xA5: "∞", 0xA3: "≤", 0xB3: "≥", 0xB9: "≠", 0xBB: "≈", 0xD6: "√",
        0xE0: "◊", 0xA8: "♣", 0xA9: "♦", 0xAA: "♥", 0xAB: "♠", 0x20: " ",
    ]
    private static let wingdings: [UInt8: Character] = [
        0x9F: "•", 0x6C: "●", 0x6E: "■", 0xA7: "▪", 0xA8: "◻", 0x71: "❑", 0x76: "❖", 0xA1: "○",
        0xFC: "✓", 0xFB: "✗", 0xFD: "☒", 0xFE: "☑", 0x6F: "☐", 0xD8: "➢", 0xE0: "→", 0xE8: "➔",
        0x4A: "☺", 0x4C: "☹", 0x20: " ",
    ]

    /// The character a symbol shows, or nil when it has no Unicode meaning known here.
    /// - Parameters:
    ///   - code: The character code (`w:char`, or the private-use scalar of a run's text).
    ///   - font: The symbol's font name (`Symbol`, `Wingdings`, …), when stated.
    static func character(code: UInt32, font: String?) -> Character? {
        let isPrivateUse = (0xF000...0xF0FF).contains(code)
        guard isPrivateUse || code <= 0xFF else {
            return Unicode.Scalar(code).map { Character($0) }
        }
        let low = UInt8(truncatingIfNeeded: code)
        let name = (font ?? "").lowercased()
        if name.hasPrefix("wingdings") { return wingdings[low] }
        if name == "symbol" { return symbol[low] }
        if isPrivateUse { return nil }
        return Unicode.Scalar(UInt32(low)).map { Character($0) }
    }

    /// True when text in this font encodes its glyphs as private-use characters.
    static func isSymbolFont(_ font: String?) -> Bool {
        guard let name = font?.lowercased() else { return false }
        return name == "symbol" || name.hasPrefix("wingdings") || name == "webdings"
    }
}
