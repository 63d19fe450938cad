/// A table drawn with ruling lines, found among the lines a page draws: its row bands and, per row,
/// the cells as spans of grid columns. Coordinates are in points, origin top-left.
struct RuledTable {
    /// One cell's place in the grid.
    struct Cell {
        /// Left edge (points).
        var x0: Double
        /// Right edge (points).
        var x1: Double
        /// First grid column covered.
        var firstColumn: Int
        /// Number of grid columns covered.
        var columnSpan: Int
        /// Number of rows covered: more than 1 where rules cross the other columns of a band
        /// but not this one.
        var rowSpan = 1
        /// True for the place a cell above covers (its text sits in that cell).
        var continuesMerge = false
    }

    /// One row band between two horizontal rules.
    struct Row {
        /// Top rule (points).
        var y0: Double
        /// Bottom rule (points).
        var y1: Double
        /// Cells from left to right.
        var cells: [Cell]
    }

    /// Rows from top to bottom.
    var rows: [Row]
    /// Grid column edges from left to right (points); `columnEdges.count - 1` columns.
    var columnEdges: [Double]

    /// Left edge.
    var x0: Double { columnEdges.first ?? 0 }
    /// Right edge.
    var x1: Double { columnEdges.last ?? 0 }
    /// Top edge.
    var y0: Double { rows.first?.y0 ?? 0 }
    /// Bottom edge.
    var y1: Double { rows.last?.y1 ?? 0 }
    /// Number of grid columns.
    var columnCount: Int { max(0, columnEdges.count - 1) }

    /// True when a point lies inside the table.
    func contains(x: Double, y: Double) -> Bool {
        x > x0 && x < x1 && y > y0 && y < y1
    }

    /// The row and cell index holding a point, if any.
    func cellIndex(x: Double, y: Double) -> (row: Int, cell: Int)? {
        guard contains(x: x, y: y) else { return nil }
        guard var row = rows.firstIndex(where: { y >= $0.y0 && y < $0.y1 }) else { return nil }
        let cells = rows[row].cells
        guard var cell = cells.firstIndex(where: { x >= $0.x0 && x < $0.x1 }) ?? (cells.isEmpty ? nil : cells.count - 1) else {
            return nil
        }
        // Text in a cell that covers several rows belongs to the row where the cell starts.
        while rows[row].cells[cell].continuesMerge, row > 0,
              let above = rows[row - 1].cells.firstIndex(where: { $0.firstColumn == rows[row].cells[cell].firstColumn }) {
            row -= 1
            cell = above
        }
        return (row, cell)
    }

    /// Finds every ruled table among the lines a page draws.
    ///
    /// Collinear horizontal lines are joined into rules; consecutive rules of the same extent
    /// bound a row when vertical lines join them at both ends; vertical lines running the
    /// whole height of a band inside it split it into cells. A shorter rule inside a band that
    /// runs from one cell border to another splits the cells it crosses into rows; the cells
    /// it leaves out cover those rows (an "Outcome" cell beside its several actions).
    /// - Parameters:
    ///   - drawing: The page's fills and straight lines.
    ///   - glyphs: The page's characters; a rule that would cut through text is not a rule.
    static func find(in drawing: PageDrawing, glyphs: [Glyph]) -> [RuledTable] {
        /// Shortest rule (points).
        let minimumRule = 48.0
        /// How far apart two collinear pieces may be and still be one rule (points).
        let joinGap = 3.0
        /// How much two rules' ends may differ and still bound one table (points).
        let extentTolerance = 6.0

        /// Shortest rule that splits a band's cells into rows (a narrow column's border).
        let minimumInnerRule = 10.0

        struct Rule { var y: Double; var x0: Double; var x1: Double }
        let pieces = Self.join(drawing.horizontal, within: 1.5, gap: joinGap)
            .map { Rule(y: $0.position, x0: $0.start, x1: $0.end) }
        // The pieces long enough to bound a table, and which rule each piece is.
        var rules: [Rule] = []
        var ruleOfPiece = [Int?](repeating: nil, count: pieces.count)
        for (index, piece) in pieces.enumerated() where piece.x1 - piece.x0 >= minimumRule {
            ruleOfPiece[index] = rules.count
            rules.append(piece)
        }
        var absorbed = [Bool](repeating: false, count: pieces.count)
        let verticals = drawing.vertical.sorted { $0.position < $1.position }

        // The share of the height between two rules covered by vertical lines within
        // `tolerance` of x (a border runs from rule to rule; a letter's stem stops short).
        func coverage(x: Double, tolerance: Double, top: Double, bottom: Double) -> Double {
            let from = top + 0.75, to = bottom - 0.75
            guard to > from else { return 0 }
            var pieces: [(Double, Double)] = []
            var low = 0, high = verticals.count
            while low < high {
                let mid = (low + high) / 2
                if verticals[mid].position < x - tolerance { low = mid + 1 } else { high = mid }
            }
            var index = low
            while index < verticals.count, verticals[index].position <= x + tolerance {
                let line = verticals[index]
                let start = max(from, line.start), end = min(to, line.end)
                if end > start { pieces.append((start, end)) }
                index += 1
            }
            pieces.sort { $0.0 < $1.0 }
            var covered = 0.0, reach = from
            for (start, end) in pieces where end > reach {
                covered += end - max(start, reach)
                reach = end
            }
            return covered / (to - from)
        }
        func hasVertical(near x: Double, top: Rule, bottom: Rule) -> Bool {
            coverage(x: x, tolerance: 4, top: top.y, bottom: bottom.y) >= 0.9
        }
        func innerVerticals(top: Rule, bottom: Rule) -> [Double] {
            let inside = verticals.filter { $0.position > top.x0 + 6 && $0.position < top.x1 - 6 }
            var found: [Double] = []
            var cluster: [Double] = []
            func close() {
                guard !cluster.isEmpty else { return }
                let x = cluster.reduce(0, +) / Double(cluster.count)
                if coverage(x: x, tolerance: 1.5, top: top.y, bottom: bottom.y) >= 0.96 { found.append(x) }
                cluster = []
            }
            for line in inside where line.end > top.y && line.start < bottom.y {
                if let last = cluster.last, line.position - last > 1.5 { close() }
                cluster.append(line.position)
            }
            close()
            return found
        }

        // Chain rules of the same extent into tables, band by band.
        struct Band {
            var top: Rule
            var bottom: Rule
            var splits: [Double]
            /// Shorter rules inside the band, between cell borders.
            var inner: [Rule] = []
        }
        var tables: [[Band]] = []
        var used = [Bool](repeating: false, count: rules.count)
        for start in rules.indices where !used[start] {
            var bands: [Band] = []
            var current = rules[start]
            var index = start + 1
            while index < rules.count {
                let candidate = rules[index]
                guard !used[index], abs(candidate.x0 - current.x0) <= extentTolerance,
                      abs(candidate.x1 - current.x1) <= extentTolerance, candidate.y > current.y + 4 else {
                    index += 1
                    continue
                }
                guard hasVertical(near: current.x0, top: current, bottom: candidate),
                      hasVertical(near: current.x1, top: current, bottom: candidate) else { break }
                used[index] = true
                var band = Band(top: current, bottom: candidate, splits: innerVerticals(top: current, bottom: candidate))
                if !band.splits.isEmpty {
                    let borders = [current.x0] + band.splits + [current.x1]
                    func isBorder(_ x: Double) -> Bool { borders.contains { abs($0 - x) <= extentTolerance } }
                    for inner in pieces.indices where !absorbed[inner] && !(ruleOfPiece[inner].map { used[$0] } ?? false) {
                        let rule = pieces[inner]
                        guard rule.y > current.y + 4, rule.y < candidate.y - 4, rule.x1 - rule.x0 >= minimumInnerRule,
                              rule.x0 > current.x0 + extentTolerance || rule.x1 < current.x1 - extentTolerance,
                              isBorder(rule.x0), isBorder(rule.x1) else { continue }
                        absorbed[inner] = true
                        if let own = ruleOfPiece[inner] { used[own] = true }
                        band.inner.append(rule)
                    }
                }
                bands.append(band)
                current = candidate
                index += 1
            }
            if !bands.isEmpty {
                used[start] = true
                tables.append(bands)
            }
        }

        // A rule never cuts through text: drop tables whose rules do, and splits that do.
        let boxes = glyphs.filter { !$0.isSpace }.map { (x0: $0.x0, y0: $0.y0, x1: $0.x1, y1: $0.y1) }
        func cutsText(y: Double, from x0: Double, to x1: Double) -> Bool {
            boxes.contains { box in
                let inset = 0.25 * (box.y1 - box.y0)
                return box.x1 > x0 && box.x0 < x1 && y > box.y0 + inset && y < box.y1 - inset
            }
        }
        func cutsText(x: Double, from y0: Double, to y1: Double) -> Bool {
            boxes.contains { box in
                let inset = 0.25 * (box.x1 - box.x0)
                let overlap = min(box.y1, y1) - max(box.y0, y0)
                return overlap > 0.5 * (box.y1 - box.y0) && x > box.x0 + inset && x < box.x1 - inset
            }
        }
        tables = tables.compactMap { bands in
            let edges = [bands[0].top] + bands.map(\.bottom)
            if edges.contains(where: { cutsText(y: $0.y, from: $0.x0, to: $0.x1) }) { return nil }
            return bands.map { band in
                var band = band
                band.splits = band.splits.filter { !cutsText(x: $0, from: band.top.y, to: band.bottom.y) }
                band.inner = band.inner.filter { !cutsText(y: $0.y, from: $0.x0, to: $0.x1) }
                return band
            }
        }

        return tables.map { found in
            // In a table of three rows or more, a column border recurs; a split seen in one row
            // only is a letter's stem in a one-line row.
            var bands = found
            if bands.count >= 3 {
                let all = bands.flatMap(\.splits)
                for index in bands.indices {
                    bands[index].splits = bands[index].splits.filter { x in all.filter { abs($0 - x) <= 4 }.count >= 2 }
                }
            }
            let left = bands.map(\.top.x0).min() ?? 0
            let right = bands.map(\.top.x1).max() ?? 0
            var edges: [Double] = []
            for x in bands.flatMap(\.splits).sorted() {
                if let last = edges.last, x - last <= 6 { continue }
                edges.append(x)
            }
            let columnEdges = [left] + edges + [right]
            func column(of x: Double) -> Int {
                var best = 0
                for (i, edge) in columnEdges.enumerated() where abs(edge - x) < abs(columnEdges[best] - x) { best = i }
                return best
            }
            let rows = bands.flatMap { band -> [Row] in
                let bounds = [left] + band.splits + [right]
                var cells: [Cell] = []
                for i in 0..<(bounds.count - 1) {
                    let first = column(of: bounds[i]), end = column(of: bounds[i + 1])
                    guard end > first else { continue }
                    cells.append(Cell(x0: bounds[i], x1: bounds[i + 1], firstColumn: first, columnSpan: end - first))
                }
                return Self.split(Row(y0: band.top.y, y1: band.bottom.y, cells: cells),
                                  at: band.inner.map { (y: $0.y, x0: $0.x0, x1: $0.x1) }, tolerance: extentTolerance)
            }
            return RuledTable(rows: rows, columnEdges: columnEdges)
        }
    }

    /// A row cut into rows by rules that cross some of its cells: a cell a rule crosses ends
    /// there, a cell it leaves out covers the rows on both sides.
    static func split(_ row: Row, at cuts: [(y: Double, x0: Double, x1: Double)], tolerance: Double) -> [Row] {
        let levels = cuts.map(\.y).sorted().reduce(into: [Double]()) { levels, y in
            if let last = levels.last, y - last <= 1.5 { return }
            levels.append(y)
        }
        guard !levels.isEmpty else { return [row] }
        let edges = [row.y0] + levels + [row.y1]
        var rows = (0..<(edges.count - 1)).map { Row(y0: edges[$0], y1: edges[$0 + 1], cells: []) }
        for cell in row.cells {
            // The levels at which a rule crosses this cell.
            let ends = levels.indices.filter { level in
                cuts.contains { abs($0.y - levels[level]) <= 1.5 && $0.x0 <= cell.x0 + tolerance && $0.x1 >= cell.x1 - tolerance }
            }
            var start = 0
            for boundary in ends.map({ $0 + 1 }) + [rows.count] where boundary > start {
                var first = cell
                first.rowSpan = boundary - start
                rows[start].cells.append(first)
                for covered in (start + 1)..<boundary {
                    var place = cell
                    place.continuesMerge = true
                    rows[covered].cells.append(place)
                }
                start = boundary
            }
        }
        return rows
    }

    /// Joins lines lying on one another (positions within `within`, pieces no more than `gap`
    /// apart) into longer lines, sorted by position then start.
    static func join(_ lines: [PageDrawing.Line], within: Double, gap: Double) -> [PageDrawing.Line] {
        let sorted = lines.sorted { ($0.position, $0.start) < ($1.position, $1.start) }
        var joined: [PageDrawing.Line] = []
        var index = 0
        while index < sorted.count {
            // One group of lines at about the same position.
            var group: [PageDrawing.Line] = [sorted[index]]
            index += 1
            while index < sorted.count, sorted[index].position - group[group.count - 1].position <= within {
                group.append(sorted[index])
                index += 1
            }
            let position = group.map(\.position).reduce(0, +) / Double(group.count)
            group.sort { $0.start < $1.start }
            var current = group[0]
            for line in group.dropFirst() {
                if line.start <= current.end + gap {
                    current.end = max(current.end, line.end)
                } else {
                    joined.append(PageDrawing.Line(position: position, start: current.start, end: current.end))
                    current = line
                }
            }
            joined.append(PageDrawing.Line(position: position, start: current.start, end: current.end))
        }
        return joined.sorted { ($0.position, $0.start) < ($1.position, $1.start) }
    }
}
