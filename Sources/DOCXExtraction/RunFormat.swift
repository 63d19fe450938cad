/// Character formatting of a run as far as the extractor uses it; nil means "not stated
/// here" so formats can be layered (document defaults, style chain, run).
///
/// An explicit "automatic" colour or "none" highlight is kept as an empty string so it can
/// override a styled value.
struct RunFormat: Hashable {
    var bold: Bool?
    var italic: Bool?
    /// Size in points.
    var size: Double?
    /// Text colour as uppercase `RRGGBB`; empty when explicitly automatic.
    var color: String?
    /// Named highlight (`yellow`); empty when explicitly none.
    var highlight: String?
    /// Run shading fill as uppercase `RRGGBB`; empty when explicitly automatic.
    var shading: String?
    /// The font of the run's ASCII text (used to map Symbol and Wingdings glyphs).
    var font: String?
    /// True when the text is hidden (`w:vanish`).
    var hidden: Bool?

    /// This format with every value stated in `other` taking precedence.
    func overlaid(by other: RunFormat) -> RunFormat {
        RunFormat(
            bold: other.bold ?? bold, italic: other.italic ?? italic, size: other.size ?? size,
            color: other.color ?? color, highlight: other.highlight ?? highlight,
            shading: other.shading ?? shading, font: other.font ?? font, hidden: other.hidden ?? hidden)
    }

    /// Applies one child element of a `w:rPr` the reader is positioned on.
    mutating func apply(_ reader: XMLPartReader) {
        guard reader.name.namespace == .word else { return }
        switch reader.name.local {
        case "b": bold = Self.toggle(reader)
        case "i": italic = Self.toggle(reader)
        case "vanish": hidden = Self.toggle(reader)
        case "sz":
            if let value = reader.attribute(.word, "val").flatMap(Double.init), value > 0 { size = value / 2 }
        case "color":
            if let value = reader.attribute(.word, "val") { color = Self.hexColor(value) }
        case "highlight":
            if let value = reader.attribute(.word, "val") { highlight = value == "none" ? "" : value }
        case "shd":
            shading = Self.shadingColor(reader) ?? ""
        case "rFonts":
            if let value = reader.attribute(.word, "ascii") ?? reader.attribute(.word, "hAnsi") { font = value }
        default:
            break
        }
    }

    /// The fill a `w:shd` element shows, as uppercase `RRGGBB`, or nil when automatic.
    ///
    /// A solid pattern shows its pattern colour; any other pattern shows the fill.
    static func shadingColor(_ reader: XMLPartReader) -> String? {
        if reader.attribute(.word, "val") == "solid", let pattern = reader.attribute(.word, "color"),
            let color = hexColor(pattern), !color.isEmpty
        {
            return color
        }
        guard let fill = reader.attribute(.word, "fill"), let color = hexColor(fill), !color.isEmpty else { return nil }
        return color
    }

    /// An `RRGGBB` value uppercased; "auto" becomes empty; anything else is nil.
    static func hexColor(_ value: String) -> String? {
        if value.lowercased() == "auto" { return "" }
        let upper = value.uppercased()
        guard upper.utf8.count == 6, upper.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 70) }) else {
            return nil
        }
        return upper
    }

    private static func toggle(_ reader: XMLPartReader) -> Bool {
        switch reader.attribute(.word, "val") {
        case "0", "false", "off", "none": false
        default: true
        }
    }
}
