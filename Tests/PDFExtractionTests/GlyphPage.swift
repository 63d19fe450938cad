@testable import PDFExtraction

/// Test pages laid out glyph by glyph: rows of (x, text) pieces, each character a fixed width,
/// rows a fixed leading apart from y = 100, one style for every glyph.
enum GlyphPage {
    /// The page's text.
    /// - Parameters:
    ///   - rows: Each row's pieces, left to right.
    ///   - fontName: The one style's font.
    ///   - size: The style's size in points.
    ///   - characterWidth: Points a character.
    ///   - leading: Points from one row's top to the next.
    ///   - glyphHeight: Points from a glyph's top to its bottom.
    ///   - spaceAfterPieces: True to end each piece with a space glyph, as poppler gives words.
    static func text(
        _ rows: [[(Double, String)]], fontName: String = "Arial", size: Double = 11, characterWidth: Double = 5,
        leading: Double = 13, glyphHeight: Double = 13, spaceAfterPieces: Bool = true
    ) -> PageText {
        let style = TextStyle(fontName: fontName, size: size, color: "000000")
        var glyphs: [Glyph] = []
        for (row, pieces) in rows.enumerated() {
            let top = 100 + Double(row) * leading
            for (x, text) in pieces {
                for (column, scalar) in text.unicodeScalars.enumerated() {
                    let left = x + Double(column) * characterWidth
                    glyphs.append(Glyph(scalar: scalar, x0: left, y0: top, x1: left + characterWidth, y1: top + glyphHeight, style: 0))
                }
                if spaceAfterPieces { glyphs.append(Glyph(scalar: " ", x0: 0, y0: top, x1: 0, y1: top + glyphHeight, style: 0)) }
            }
            glyphs.append(Glyph(scalar: "\n", x0: 0, y0: top, x1: 0, y1: top + glyphHeight, style: 0))
        }
        return PageText(number: 1, width: 595, height: 842, glyphs: glyphs, styles: [style])
    }

    /// The page's fragments, as the extractor splits them.
    static func fragments(_ page: PageText) -> [TextFragment] {
        TextFragment.split(page) { _ in nil }.map(\.fragment)
    }

    /// The page's lines.
    static func lines(_ page: PageText) -> [TextLine] {
        TextLine.group(fragments(page))
    }
}
