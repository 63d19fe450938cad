package import PipelineCore

/// Pages given as plain values instead of read through poppler: the layout half of the PDF
/// reader (text → lines → tables and blocks) run on made-up input, for fuzzing.
///
/// The input is text: a line `PAGE` starts a new page; a line `x y size [b] words…` places the
/// words with their left edge at `x` and their top at `y` (points from the top-left), in a
/// font of `size` points, bold with `b`. Everything after a line `SCRIPT` is the cairo script
/// every page draws (rules and fills).
package enum SyntheticPages {
    /// Reads the input and builds the document exactly as `PDFExtractor` does after poppler.
    /// - Throws: `PipelineError` as `PDFExtractor` would (no text on any page).
    package static func document(from text: String) throws -> Document {
        var pages: [PageText] = []
        var glyphs: [Glyph] = []
        var styles: [TextStyle] = []
        var script: [UInt8] = []
        func closePage() {
            pages.append(PageText(number: pages.count + 1, width: 612, height: 792, glyphs: glyphs, styles: styles))
            glyphs = []
            styles = []
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let line = lines.popFirst() {
            if line == "SCRIPT" {
                script = Array(lines.joined(separator: "\n").utf8)
                break
            }
            if line == "PAGE" {
                closePage()
                continue
            }
            let parts = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
            guard parts.count >= 3, let x = Double(parts[0]), let y = Double(parts[1]), let size = Double(parts[2]),
                  x.isFinite, y.isFinite, size.isFinite, size > 0, size < 200, abs(x) < 10_000, abs(y) < 10_000 else { continue }
            var words = parts.count > 3 ? String(parts[3]) : ""
            var fontName = "Synthetic"
            if words.hasPrefix("b ") {
                fontName = "Synthetic-Bold"
                words.removeFirst(2)
            }
            let style = TextStyle(fontName: fontName, size: size, color: "000000")
            let index: Int32
            if let known = styles.firstIndex(of: style) {
                index = Int32(known)
            } else {
                index = Int32(styles.count)
                styles.append(style)
            }
            var left = x
            for scalar in words.unicodeScalars.prefix(2_000) {
                let width = scalar == " " ? 0.28 * size : 0.5 * size
                glyphs.append(Glyph(scalar: scalar, x0: left, y0: y, x1: left + width, y1: y + size, style: index))
                left += width
            }
            glyphs.append(Glyph(scalar: "\n", x0: left, y0: y, x1: left, y1: y + size, style: index))
        }
        closePage()
        let drawing = CairoScriptReader.read(script, width: 612, height: 792)
        let layouts = pages.prefix(200).map { PDFExtractor.layout(of: $0, drawing: { drawing }, unwrapSingleColumn: true) }
        var diagnostics = Diagnostics()
        let file = SourceFile(path: "synthetic.pdf", data: Array(text.utf8))
        return try PDFExtractor.assemble(
            Array(layouts), file: file, metadata: DocumentMetadata(pageCount: layouts.count), diagnostics: &diagnostics)
    }
}
