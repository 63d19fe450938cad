/// A font as poppler reports it for a run of text: name, size and colour, with weight and
/// slant read from the name.
struct TextStyle: Hashable {
    /// The PDF font name, subset prefix included ("ABCDEF+Arial-BoldMT").
    let fontName: String
    /// Size in points, to a tenth.
    let size: Double
    /// Text colour as `RRGGBB`.
    let color: String
    /// True when the font name says bold (or black/heavy).
    let bold: Bool
    /// True when the font name says italic or oblique.
    let italic: Bool
    /// The family: the name without subset prefix and style suffix ("Arial").
    let family: String

    /// Creates a style, reading weight, slant and family from the font name once.
    init(fontName: String, size: Double, color: String) {
        self.fontName = fontName
        self.size = size
        self.color = color
        let name = Array(fontName.lowercased().utf8)
        bold = Self.holds(name, "bold") || Self.holds(name, "black") || Self.holds(name, "heavy")
        italic = Self.holds(name, "italic") || Self.holds(name, "oblique")
        family = Self.family(of: fontName)
    }

    /// True when a font name's bytes hold `part` (an ASCII word).
    private static func holds(_ name: [UInt8], _ part: StaticString) -> Bool {
        let count = part.utf8CodeUnitCount
        guard name.count >= count else { return false }
        let bytes = part.utf8Start
        for start in 0...(name.count - count) where (0..<count).allSatisfy({ name[start + $0] == bytes[$0] }) {
            return true
        }
        return false
    }

    private static func family(of fontName: String) -> String {
        var name = Substring(fontName)
        if let plus = name.firstIndex(of: "+"), name.distance(from: name.startIndex, to: plus) == 6 {
            name = name[name.index(after: plus)...]
        }
        if let cut = name.firstIndex(where: { $0 == "-" || $0 == "," }) { name = name[..<cut] }
        for suffix in ["MT", "PS"] where name.hasSuffix(suffix) && name.count > suffix.count {
            name = name.dropLast(suffix.count)
        }
        return String(name)
    }

    /// A poppler colour (0…65535 a channel) as `RRGGBB`.
    static func hex(red: Int32, green: Int32, blue: Int32) -> String {
        ColorHex.string(red: Int(red >> 8), green: Int(green >> 8), blue: Int(blue >> 8))
    }
}
