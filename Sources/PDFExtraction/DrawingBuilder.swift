/// Turns painted paths into a `PageDrawing`: filled axis-aligned rectangles (thin ones as
/// lines) and the horizontal and vertical segments of strokes, each cut to the clip in force.
/// Whatever reads a page's paint (poppler's content-stream interpreter, or a cairo script
/// for made-up pages) hands each fill and stroke here, in device space.
struct DrawingBuilder {
    /// An axis-aligned box in device space (points, origin top-left).
    struct Box: Equatable {
        var x0, y0, x1, y1: Double

        static let empty = Box(x0: 0, y0: 0, x1: 0, y1: 0)

        func intersection(_ other: Box) -> Box? {
            let box = Box(x0: max(x0, other.x0), y0: max(y0, other.y0), x1: min(x1, other.x1), y1: min(y1, other.y1))
            return box.x0 < box.x1 && box.y0 < box.y1 ? box : nil
        }
    }

    /// One subpath in device space: its points and whether a curve was part of it.
    struct Subpath {
        var points: [(x: Double, y: Double)] = []
        var closed = false
        var curved = false
    }

    /// The thickest a painted rectangle may be and still count as a line (points).
    static let thinRectangle = 2.5

    /// The page box; every clip is cut to it.
    let page: Box
    private(set) var drawing = PageDrawing()

    init(width: Double, height: Double) {
        page = Box(x0: 0, y0: 0, x1: max(0, width), y1: max(0, height))
    }

    /// Whether paint of this colour can be seen as a line on white: dark enough and opaque
    /// enough. A pattern or image (nil) counts as visible.
    private static func visible(_ color: PageDrawing.Color?) -> Bool {
        color.map { $0.luminance < 230 && $0.alpha > 0.3 } ?? true
    }

    /// A filled path: each subpath that outlines an axis-aligned rectangle becomes a line when
    /// thin and visible, a fill otherwise.
    mutating func fill(_ path: [Subpath], color: PageDrawing.Color?, clip: Box) {
        for subpath in path {
            guard let box = Self.rectangle(subpath) else { continue }
            let width = box.x1 - box.x0, height = box.y1 - box.y0
            if min(width, height) <= Self.thinRectangle {
                guard Self.visible(color), let cut = Self.clipped(box, to: clip) else { continue }
                if width >= height {
                    drawing.horizontal.append(PageDrawing.Line(position: (cut.y0 + cut.y1) / 2, start: cut.x0, end: cut.x1))
                } else {
                    drawing.vertical.append(PageDrawing.Line(position: (cut.x0 + cut.x1) / 2, start: cut.y0, end: cut.y1))
                }
            } else if let cut = clip.intersection(box) {
                paint(cut, color: color)
            }
        }
    }

    /// A stroked path: its horizontal and vertical segments become lines when the colour is
    /// visible.
    mutating func stroke(_ path: [Subpath], color: PageDrawing.Color?, clip: Box) {
        guard Self.visible(color) else { return }
        for subpath in path {
            var points = subpath.points
            if subpath.closed, let first = points.first { points.append(first) }
            guard points.count >= 2 else { continue }
            for index in 1..<points.count {
                let p = points[index - 1], q = points[index]
                if abs(p.y - q.y) < 0.5 && abs(p.x - q.x) >= 0.5 {
                    guard let cut = Self.clipped(Box(x0: min(p.x, q.x), y0: p.y, x1: max(p.x, q.x), y1: p.y), to: clip),
                          cut.x1 > cut.x0 else { continue }
                    drawing.horizontal.append(PageDrawing.Line(position: (p.y + q.y) / 2, start: cut.x0, end: cut.x1))
                } else if abs(p.x - q.x) < 0.5 && abs(p.y - q.y) >= 0.5 {
                    guard let cut = Self.clipped(Box(x0: p.x, y0: min(p.y, q.y), x1: p.x, y1: max(p.y, q.y)), to: clip),
                          cut.y1 > cut.y0 else { continue }
                    drawing.vertical.append(PageDrawing.Line(position: (p.x + q.x) / 2, start: cut.y0, end: cut.y1))
                }
            }
        }
    }

    /// A painted box (already cut to its clip).
    mutating func paint(_ box: Box, color: PageDrawing.Color?) {
        drawing.fills.append(PageDrawing.Fill(x0: box.x0, y0: box.y0, x1: box.x1, y1: box.y1, color: color))
    }

    /// The box a subpath outlines when it is an axis-aligned rectangle.
    static func rectangle(_ subpath: Subpath) -> Box? {
        guard !subpath.curved else { return nil }
        var points = subpath.points
        if points.count == 5, let first = points.first, let last = points.last,
           abs(first.x - last.x) < 0.01, abs(first.y - last.y) < 0.01 {
            points.removeLast()
        }
        guard points.count == 4 else { return nil }
        for index in 0..<4 {
            let p = points[index], q = points[(index + 1) % 4]
            guard abs(p.x - q.x) < 0.01 || abs(p.y - q.y) < 0.01 else { return nil }
        }
        let xs = points.map(\.x), ys = points.map(\.y)
        return Box(x0: xs.min() ?? 0, y0: ys.min() ?? 0, x1: xs.max() ?? 0, y1: ys.max() ?? 0)
    }

    /// The part of `box` inside `clip`; a box of zero width or height (a line) survives.
    private static func clipped(_ box: Box, to clip: Box) -> Box? {
        let cut = Box(x0: max(box.x0, clip.x0), y0: max(box.y0, clip.y0), x1: min(box.x1, clip.x1), y1: min(box.y1, clip.y1))
        return cut.x0 <= cut.x1 && cut.y0 <= cut.y1 ? cut : nil
    }
}
