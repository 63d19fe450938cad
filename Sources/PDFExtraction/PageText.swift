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
