import CPopplerDrawing

/// The one owner of a document opened for its paint: reads what each page fills and strokes
/// (through poppler's content-stream interpreter, which renders nothing) into a `PageDrawing`.
///
/// Confined to the task that opened it, like `PopplerDocument`. No pointer it holds leaves
/// this file.
final class PageDrawingReader {
    /// Most points one path may have and still be read (a table's rules have a handful; a map
    /// or chart outline has thousands and draws no table).
    static let pathPointLimit = 4096
    /// Most paints kept for a page, so a hostile page cannot grow memory without bound.
    static let paintLimit = 100_000

    private let bytes: [UInt8]
    private let password: String?
    private var opened = false
    private var handle: OpaquePointer?

    /// Prepares to read the PDF held in `bytes`. It is opened (parsed a second time, besides
    /// the text reader's opening) only when a page's drawing is first asked for: most pages
    /// of most papers hold no table and never need it. A document poppler cannot open gives
    /// empty drawings.
    init(bytes: [UInt8], password: String?) {
        self.bytes = bytes
        self.password = password
    }

    deinit {
        cpoppler_drawing_close(handle)
    }

    /// What page `index` (0-based) of `width` × `height` points paints besides text.
    func drawing(ofPage index: Int, width: Double, height: Double) -> PageDrawing {
        if !opened {
            opened = true
            handle = bytes.withUnsafeBufferPointer { buffer in
                cpoppler_drawing_open(buffer.baseAddress, buffer.count, password)
            }
        }
        guard let handle else { return .empty }
        var page = CPopplerPageDrawing()
        guard cpoppler_drawing_read_page(handle, Int32(index), Self.pathPointLimit, Self.paintLimit, &page) != 0 else {
            return .empty
        }
        var builder = DrawingBuilder(width: width, height: height)
        var path: [DrawingBuilder.Subpath] = []
        for paintIndex in 0..<page.paint_count {
            let paint = page.paints[paintIndex]
            path.removeAll(keepingCapacity: true)
            for subpathIndex in paint.first_subpath..<(paint.first_subpath + paint.subpath_count) {
                let subpath = page.subpaths[subpathIndex]
                var points: [(x: Double, y: Double)] = []
                points.reserveCapacity(subpath.point_count)
                for pointIndex in subpath.first_point..<(subpath.first_point + subpath.point_count) {
                    let point = page.points[pointIndex]
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
}
