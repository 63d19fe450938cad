/// One page's characters with positions and fonts, copied out of poppler.
struct PageText {
    /// 1-based page number.
    var number: Int
    /// Page width in points.
    var width: Double
    /// Page height in points.
    var height: Double
    /// Characters in poppler's reading order, newline characters included.
    var glyphs: [Glyph]
    /// The distinct fonts the glyphs refer to by index.
    var styles: [TextStyle]

    /// The style of a glyph, or nil when poppler gave none.
    func style(of glyph: Glyph) -> TextStyle? {
        glyph.style >= 0 && Int(glyph.style) < styles.count ? styles[Int(glyph.style)] : nil
    }
}

/// One character on a page and its rectangle in points (origin top-left).
struct Glyph {
    var scalar: Unicode.Scalar
    var x0: Double
    var y0: Double
    var x1: Double
    var y1: Double
    /// Index into `PageText.styles`, or -1.
    var style: Int32

    /// Creates a glyph.
    init(scalar: Unicode.Scalar, x0: Double, y0: Double, x1: Double, y1: Double, style: Int32) {
        self.scalar = scalar
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
        self.style = style
        isSpace = scalar == " " || scalar == "\n" || (scalar.value > 0x7F && scalar.properties.isWhitespace)
    }

    /// True for spaces and line breaks.
    var isSpace: Bool
    /// Horizontal centre.
    var midX: Double { (x0 + x1) / 2 }
    /// Vertical centre.
    var midY: Double { (y0 + y1) / 2 }
}
