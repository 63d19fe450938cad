/// Fragments sharing a baseline, left to right: one visual line of a page or of a cell.
struct TextLine {
    /// The fragments, sorted by x.
    var fragments: [TextFragment]

    /// 1-based page.
    var page: Int { fragments[0].page }
    /// The raw text, fragments joined by a space.
    var text: String { fragments.map(\.text).joined(separator: " ") }
    /// Bounding box.
    var x0: Double { fragments.map(\.x0).min() ?? 0 }
    var y0: Double { fragments.map(\.y0).min() ?? 0 }
    var x1: Double { fragments.map(\.x1).max() ?? 0 }
    var y1: Double { fragments.map(\.y1).max() ?? 0 }
    /// Height.
    var height: Double { y1 - y0 }
    /// The style of the longest fragment.
    var style: TextStyle? { fragments.max { $0.text.count < $1.text.count }?.style }
    /// Font size in points (0 when unknown).
    var size: Double { style?.size ?? 0 }
    /// True when all its text is bold.
    var bold: Bool { fragments.allSatisfy(\.allBold) }

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
