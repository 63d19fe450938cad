/// Fragments sharing a baseline, left to right: one visual line of a page or of a cell.
struct TextLine {
    /// The fragments, sorted by x.
    let fragments: [TextFragment]
    /// 1-based page.
    let page: Int
    /// The raw text, fragments joined by a space.
    let text: String
    /// The text normalised for output (`BlockBuilder.clean`).
    let cleaned: String
    /// Bounding box in points, origin top-left.
    let x0: Double, y0: Double, x1: Double, y1: Double
    /// The style of the longest fragment.
    let style: TextStyle?
    /// True when all its text is bold.
    let bold: Bool
    /// Its column, where the page sets text in two columns.
    var column: ColumnPlace?

    /// Height.
    var height: Double { y1 - y0 }
    /// Font size in points (0 when unknown).
    var size: Double { style?.size ?? 0 }

    /// Creates a line from fragments on one baseline (at least one).
    init(fragments: [TextFragment]) {
        self.fragments = fragments
        page = fragments.first?.page ?? 0
        text = fragments.map(\.text).joined(separator: " ")
        cleaned = BlockBuilder.clean(text)
        x0 = fragments.map(\.x0).min() ?? 0
        y0 = fragments.map(\.y0).min() ?? 0
        x1 = fragments.map(\.x1).max() ?? 0
        y1 = fragments.map(\.y1).max() ?? 0
        style = fragments.max { $0.text.count < $1.text.count }?.style
        bold = fragments.allSatisfy(\.allBold)
    }

    /// Groups fragments into lines by vertical overlap, top to bottom.
    static func group(_ fragments: [TextFragment]) -> [TextLine] {
        let sorted = fragments.sorted { ($0.midY, $0.x0) < ($1.midY, $1.x0) }
        var lines: [TextLine] = []
        var current: [TextFragment] = []
        var top = 0.0, bottom = 0.0
        for fragment in sorted {
            if !current.isEmpty {
                let overlap = min(bottom, fragment.y1) - max(top, fragment.y0)
                if overlap >= 0.5 * min(bottom - top, fragment.height) {
                    current.append(fragment)
                    top = min(top, fragment.y0)
                    bottom = max(bottom, fragment.y1)
                    continue
                }
                lines.append(TextLine(fragments: current.sorted { $0.x0 < $1.x0 }))
            }
            current = [fragment]
            top = fragment.y0
            bottom = fragment.y1
        }
        if !current.isEmpty { lines.append(TextLine(fragments: current.sorted { $0.x0 < $1.x0 })) }
        return lines
    }
}
