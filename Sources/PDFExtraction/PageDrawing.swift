/// What a page draws besides its text, read from poppler's rendering onto a cairo script
/// surface: painted rectangles with their colour, and straight lines (ruling lines, borders).
/// Coordinates are in points, origin top-left, like `Glyph`.
struct PageDrawing {
    /// A colour with 8-bit channels and an opacity.
    struct Color: Equatable {
        var red: Double
        var green: Double
        var blue: Double
        var alpha: Double

        /// Opaque white.
        static let white = Color(red: 1, green: 1, blue: 1, alpha: 1)

        /// The colour's luminance, 0…255.
        var luminance: Double { 255 * (0.299 * red + 0.587 * green + 0.114 * blue) }
    }

    /// A painted axis-aligned rectangle (already cut to the clip in force when it was painted).
    struct Fill {
        var x0: Double
        var y0: Double
        var x1: Double
        var y1: Double
        /// The colour, or nil when painted with a pattern or image.
        var color: Color?

        /// True when the point lies inside.
        func contains(x: Double, y: Double) -> Bool { x >= x0 && x <= x1 && y >= y0 && y <= y1 }
    }

    /// A straight horizontal or vertical line: `position` is its y (horizontal) or x
    /// (vertical), `start`…`end` its extent along the other axis.
    struct Line {
        var position: Double
        var start: Double
        var end: Double
    }

    /// Rectangles in painting order (later ones lie on top).
    var fills: [Fill] = []
    /// Horizontal lines, stroked or painted as thin rectangles.
    var horizontal: [Line] = []
    /// Vertical lines, stroked or painted as thin rectangles.
    var vertical: [Line] = []

    /// Nothing drawn.
    static let empty = PageDrawing()

    /// The colour behind a few points, as the per-channel median of what is painted under each
    /// (white where nothing is); nil when that is white (unshaded).
    /// - Parameter points: Page positions in points.
    func shading(sampling points: [(x: Double, y: Double)]) -> String? {
        guard !points.isEmpty else { return nil }
        var reds: [Int] = [], greens: [Int] = [], blues: [Int] = []
        for point in points {
            let color = color(at: point.x, point.y)
            reds.append(Int((color.red * 255).rounded()))
            greens.append(Int((color.green * 255).rounded()))
            blues.append(Int((color.blue * 255).rounded()))
        }
        func median(_ values: [Int]) -> Int { values.sorted()[values.count / 2] }
        let red = median(reds), green = median(greens), blue = median(blues)
        if red >= 250 && green >= 250 && blue >= 250 { return nil }
        return ColorHex.string(red: red, green: green, blue: blue)
    }

    /// The colour showing at a point: every fill holding it composited in order over white.
    func color(at x: Double, _ y: Double) -> Color {
        var color = Color.white
        for fill in fills where fill.contains(x: x, y: y) {
            guard let paint = fill.color else { continue }
            let a = max(0, min(1, paint.alpha))
            color = Color(
                red: paint.red * a + color.red * (1 - a), green: paint.green * a + color.green * (1 - a),
                blue: paint.blue * a + color.blue * (1 - a), alpha: 1)
        }
        return color
    }
}
