import CPopplerDrawing

/// The one owner of a document opened for its pages: reads each page's text (characters in
/// reading order with boxes and fonts) and what it fills and strokes in one pass of poppler's
/// content-stream interpreter, which renders nothing.
///
/// Confined to the task that opened it, like `PopplerDocument`. No pointer it holds leaves
/// this file.
final class PageReader {
    /// Most points one path may have and still be read (a table's rules have a handful; a map
    /// or chart outline has thousands and draws no table).
    static let pathPointLimit = 4096
    /// Most paints kept for a page, so a hostile page cannot grow memory without bound.
    static let paintLimit = 100_000

    private let handle: OpaquePointer?
    /// The page last read, whose paint `drawing()` turns into a `PageDrawing`.
    private var page = CPopplerPage()
    private var pageIndex: Int?

    /// Opens the PDF held in `bytes`; a document poppler cannot open reads no pages.
    init(bytes: [UInt8], password: String?) {
        handle = bytes.withUnsafeBufferPointer { buffer in
            cpoppler_drawing_open(buffer.baseAddress, buffer.count, password)
        }
    }

    deinit {
        cpoppler_drawing_close(handle)
    }

    /// Reads page `index` (0-based): its characters, copied into Swift, numbered `number`.
    /// Its paint waits for `drawing()`. Nil when the page cannot be read.
    func text(ofPage index: Int, number: Int) -> PageText? {
        pageIndex = nil
        guard let handle,
              cpoppler_read_page(handle, Int32(index), Self.pathPointLimit, Self.paintLimit, &page) != 0
        else { return nil }
        pageIndex = index

        var styles: [TextStyle] = []
        var styleIndex: [TextStyle: Int32] = [:]
        var runStyle: [Int32] = []
        runStyle.reserveCapacity(page.run_count)
        for runIndex in 0..<page.run_count {
            let run = page.runs[runIndex]
            let style = TextStyle(
                fontName: run.font_name.map { String(cString: $0) } ?? "",
                size: (run.font_size * 10).rounded() / 10,
                color: TextStyle.hex(red: run.red, green: run.green, blue: run.blue))
            if let known = styleIndex[style] {
                runStyle.append(known)
            } else {
                let index = Int32(styles.count)
                styles.append(style)
                styleIndex[style] = index
                runStyle.append(index)
            }
        }
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(page.glyph_count)
        for glyphIndex in 0..<page.glyph_count {
            let glyph = page.glyphs[glyphIndex]
            // A value that is no Unicode scalar (a surrogate, or beyond U+10FFFF) reads as U+FFFD.
            let scalar = Unicode.Scalar(glyph.scalar) ?? "\u{FFFD}"
            let style = glyph.run >= 0 && Int(glyph.run) < runStyle.count ? runStyle[Int(glyph.run)] : -1
            glyphs.append(Glyph(scalar: scalar, x0: glyph.x0, y0: glyph.y0, x1: glyph.x1, y1: glyph.y1, style: style))
        }
        return PageText(number: number, width: page.width, height: page.height, glyphs: glyphs, styles: styles)
    }

    /// What the page last read by `text(ofPage:number:)` paints besides text; empty when no
    /// page has been read.
    func drawing() -> PageDrawing {
        guard pageIndex != nil else { return .empty }
        var builder = DrawingBuilder(width: page.width, height: page.height)
        let drawn = page.drawing
        var path: [DrawingBuilder.Subpath] = []
        for paintIndex in 0..<drawn.paint_count {
            let paint = drawn.paints[paintIndex]
            path.removeAll(keepingCapacity: true)
            for subpathIndex in paint.first_subpath..<(paint.first_subpath + paint.subpath_count) {
                let subpath = drawn.subpaths[subpathIndex]
                var points: [(x: Double, y: Double)] = []
                points.reserveCapacity(subpath.point_count)
                for pointIndex in subpath.first_point..<(subpath.first_point + subpath.point_count) {
                    let point = drawn.points[pointIndex]
                    points.append((point.x, point.y))
                }
                path.append(DrawingBuilder.Subpath(points: points, closed: subpath.closed != 0, curved: subpath.curved != 0))
            }
            let color = paint.has_color != 0
                ? PageDrawing.Color(red: paint.red, green: paint.green, blue: paint.blue, alpha: paint.alpha)
                : nil
            let clip = DrawingBuilder.Box(x0: paint.clip_x0, y0: paint.clip_y0, x1: paint.clip_x1, y1: paint.clip_y1)
                .intersection(builder.page) ?? .empty
            switch paint.kind {
            case CPopplerPaintStroke: builder.stroke(path, color: color, clip: clip)
            default: builder.fill(path, color: color, clip: clip)
            }
        }
        return builder.drawing
    }

    /// What page `index` (0-based) paints besides text: reads the page and its paint.
    func drawing(ofPage index: Int) -> PageDrawing {
        guard text(ofPage: index, number: index + 1) != nil else { return .empty }
        return drawing()
    }
}
