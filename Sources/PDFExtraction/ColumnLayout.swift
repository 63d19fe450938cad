/// Text set in two columns (an annual report, a newsletter, a strategy): a band of the page
/// where a gutter no fragment crosses parts two columns of running text. Within a band the
/// left column is read before the right; lines above and below it (a title across the page, a
/// footer) keep their place.
///
/// A table of two columns of prose is told apart by its rows: its cells start level with each
/// other, row after row, where two columns of text break their paragraphs independently.
struct ColumnBand: Equatable {
    /// The band's top and bottom, in points from the top of the page.
    var top: Double
    var bottom: Double
    /// The gutter's x: text left of it is the first column, right of it the second.
    var gutter: Double
    /// How far each column's text reaches (its longest line's right end).
    var leftRight: Double
    var rightRight: Double

    /// True when a fragment or line lies in the band (vertically).
    func holds(y0: Double, y1: Double) -> Bool { y0 >= top - 1 && y1 <= bottom + 1 }

    /// The column (0 left, 1 right) of something starting at `x0`.
    func column(ofX x0: Double) -> Int { x0 < gutter ? 0 : 1 }
}

/// Where a line stands in a band of columns: which band (by its top) and which column, and
/// how far that column's text reaches.
struct ColumnPlace: Equatable {
    var bandTop: Double
    var index: Int
    var right: Double
}

enum ColumnLayout {
    /// The fewest fragments each column of a band holds.
    static let minimumLines = 6
    /// The share of a column's fragments that must run near its full width, as prose does.
    static let fullShare = 0.5

    /// The bands of two-column text among a page's fragments (at most one gutter a page).
    /// - Parameter lines: The fragments grouped into lines, for the gutters they suggest.
    static func find(in fragments: [TextFragment], lines: [TextLine]) -> [ColumnBand] {
        guard fragments.count >= 2 * minimumLines,
              let left = fragments.map(\.x0).min(), let right = fragments.map(\.x1).max() else { return [] }
        let width = right - left
        guard width >= 200 else { return [] }
        // Gutters worth trying: just left of where a line's later fragment starts after a gap,
        // at starts shared by several lines (a column's left edge).
        var starts: [Int: Int] = [:]
        for line in lines where line.fragments.count >= 2 {
            for (before, after) in zip(line.fragments, line.fragments.dropFirst())
            where after.x0 - before.x1 >= 6 && after.x0 > left + 0.3 * width && after.x0 < left + 0.7 * width {
                starts[Int((after.x0 / 2).rounded()), default: 0] += 1
            }
        }
        let candidates = starts.filter { $0.value >= minimumLines / 2 }.keys.sorted()
        guard !candidates.isEmpty else { return [] }
        let sorted = fragments.sorted { ($0.y0, $0.x0) < ($1.y0, $1.x0) }
        var best: (bands: [ColumnBand], lines: Int)?
        for start in candidates {
            let gutter = Double(start) * 2 - 3
            let bands = self.bands(sorted, gutter: gutter, pageLeft: left, width: width)
            let held = bands.reduce(0) { total, band in
                total + sorted.filter { band.holds(y0: $0.y0, y1: $0.y1) }.count
            }
            if held > 0, held > (best?.lines ?? 0) { best = (bands, held) }
        }
        return best?.bands ?? []
    }

    /// The bands a gutter at `gutter` makes: runs of fragments (top to bottom) that none of
    /// them crosses, each with two full columns of text that do not keep rows.
    private static func bands(_ sorted: [TextFragment], gutter: Double, pageLeft: Double, width: Double) -> [ColumnBand] {
        var bands: [ColumnBand] = []
        var run: [TextFragment] = []
        func close() {
            defer { run = [] }
            let leftSide = TextLine.group(run.filter { $0.x1 <= gutter }), rightSide = TextLine.group(run.filter { $0.x0 >= gutter })
            guard leftSide.count >= minimumLines, rightSide.count >= minimumLines else { return }
            guard let leftRight = leftSide.map(\.x1).max(), let rightLeft = rightSide.map(\.x0).min(),
                  let rightRight = rightSide.map(\.x1).max() else { return }
            let leftWidth = leftRight - pageLeft, rightWidth = rightRight - rightLeft
            // Two columns of comparable width, each wider than a third of the text.
            guard leftWidth >= 0.3 * width, rightWidth >= 0.3 * width,
                  min(leftWidth, rightWidth) >= 0.6 * max(leftWidth, rightWidth),
                  rightLeft - leftRight >= 6 else { return }
            // Running text: most lines start at the column's edge and fill it.
            func full(_ side: [TextLine], start: Double, end: Double) -> Bool {
                let span = end - start
                let filled = side.filter { $0.x0 <= start + 0.1 * span && $0.x1 >= end - 0.2 * span }.count
                return Double(filled) >= fullShare * Double(side.count)
            }
            // A column of running text holds one run of words a line (a list label aside, and
            // words justification set apart); a side holding more is a table's columns.
            func single(_ side: [TextLine]) -> Bool {
                let split = side.filter { line in
                    let joined = joiningJustifiedGaps(line).fragments
                    return joined.count > 2 || (joined.count == 2 && !ListLabel.isLabel(joined[0].text))
                }.count
                return Double(split) <= 0.1 * Double(side.count)
            }
            guard full(leftSide, start: pageLeft, end: leftRight), full(rightSide, start: rightLeft, end: rightRight),
                  single(leftSide), single(rightSide), !keepsRows(leftSide, rightSide) else { return }
            let top = run.map(\.y0).min() ?? 0, bottom = run.map(\.y1).max() ?? 0
            bands.append(ColumnBand(top: top, bottom: bottom, gutter: gutter, leftRight: leftRight, rightRight: rightRight))
        }
        for fragment in sorted {
            if fragment.x0 < gutter - 1 && fragment.x1 > gutter + 1 {
                close()
            } else {
                run.append(fragment)
            }
        }
        close()
        return bands
    }

    /// True when two columns start their blocks level with each other, as a table's cells do
    /// row after row: two or more block tops beyond the first shared, and most of them.
    static func keepsRows(_ leftSide: [TextLine], _ rightSide: [TextLine]) -> Bool {
        func tops(_ side: [TextLine]) -> [Double] {
            var result: [Double] = []
            var previous: TextLine?
            for fragment in side {
                let size = max(fragment.height, 4)
                if let previous, fragment.y0 - previous.y1 <= 0.4 * size {
                    // The same block.
                } else {
                    result.append(fragment.y0)
                }
                previous = fragment
            }
            return result
        }
        let leftTops = tops(leftSide), rightTops = tops(rightSide)
        let shared = leftTops.dropFirst().filter { top in rightTops.contains { abs($0 - top) <= 2 } }.count
        let fewer = min(leftTops.count, rightTops.count) - 1
        return fewer >= 2 && shared >= 2 && Double(shared) >= 0.6 * Double(fewer)
    }

    /// The page's lines in reading order: each band's left column, then its right column,
    /// between the lines above and below it. Lines in a band carry their `ColumnPlace`.
    static func lines(_ fragments: [TextFragment], bands: [ColumnBand]) -> [TextLine] {
        var outside: [TextFragment] = []
        var sides = [[TextFragment]](repeating: [], count: 2 * bands.count)
        for fragment in fragments {
            if let index = bands.firstIndex(where: { $0.holds(y0: fragment.y0, y1: fragment.y1) }) {
                sides[2 * index + bands[index].column(ofX: fragment.x0)].append(fragment)
            } else {
                outside.append(fragment)
            }
        }
        var placed: [(key: (Double, Int, Double), line: TextLine)] = TextLine.group(outside).map { (($0.y0, 0, $0.y0), $0) }
        for (index, band) in bands.enumerated() {
            for column in 0..<2 {
                let right = column == 0 ? band.leftRight : band.rightRight
                for grouped in TextLine.group(sides[2 * index + column]) {
                    var line = joiningJustifiedGaps(grouped)
                    line.column = ColumnPlace(bandTop: band.top, index: column, right: right)
                    placed.append(((band.top, column, line.y0), line))
                }
            }
        }
        return placed.sorted { $0.key < $1.key }.map(\.line)
    }

    /// A column's line with the words that justification set far apart joined again: within a
    /// column of running text, a gap of up to three type sizes between fragments is spacing,
    /// not a table's column border.
    static func joiningJustifiedGaps(_ line: TextLine) -> TextLine {
        guard line.fragments.count > 1 else { return line }
        var fragments: [TextFragment] = []
        for fragment in line.fragments {
            if var last = fragments.last, fragment.x0 - last.x1 <= 3 * max(fragment.height, 4) {
                last.text += " " + fragment.text
                last.x1 = max(last.x1, fragment.x1)
                last.y0 = min(last.y0, fragment.y0)
                last.y1 = max(last.y1, fragment.y1)
                last.allBold = last.allBold && fragment.allBold
                last.raisedDigits += fragment.raisedDigits
                fragments[fragments.count - 1] = last
            } else {
                fragments.append(fragment)
            }
        }
        return fragments.count == line.fragments.count ? line : TextLine(fragments: fragments)
    }
}
