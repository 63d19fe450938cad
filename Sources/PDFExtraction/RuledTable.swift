/// A table drawn with ruling lines, found in a rendered page: its row bands and, per row,
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
        guard let row = rows.firstIndex(where: { y >= $0.y0 && y < $0.y1 }) else { return nil }
        let cells = rows[row].cells
        if let cell = cells.firstIndex(where: { x >= $0.x0 && x < $0.x1 }) { return (row, cell) }
        return cells.isEmpty ? nil : (row, cells.count - 1)
    }

    /// Finds every ruled table on a rendered page.
    ///
    /// A horizontal rule is a long run of pixels darker than the pixels three rows above and
    /// below (so filled, shaded cells are not mistaken for lines); consecutive rules of the
    /// same extent bound a row when vertical rules join them at both ends; vertical rules
    /// inside a band split it into cells.
    /// - Parameters:
    ///   - raster: The rendered page.
    ///   - glyphs: The page's characters; a rule that would cut through text is not a rule.
    static func find(in raster: PageRaster, glyphs: [Glyph]) -> [RuledTable] {
        let width = raster.width, height = raster.height
        guard width > 8, height > 8 else { return [] }
        let lum = raster.luminance()
        let contrast = 25
        let reach = 3
        let minimumRun = max(24, Int(30 * raster.scale))
        let gapTolerance = 3

        // How surely a pixel lies on a drawn line: 2 when darker than the pixels on both sides
        // of it, 1 when dark grey and darker than one side (a rule with text or a fill right
        // against it), else 0.
        func lineStrength(_ pixel: Int, _ before: Int, _ after: Int) -> Int {
            let value = Int(lum[pixel])
            guard value < 230 else { return 0 }
            let darkerBefore = value + contrast < Int(lum[before])
            let darkerAfter = value + contrast < Int(lum[after])
            if darkerBefore && darkerAfter { return 2 }
            return (darkerBefore || darkerAfter) && value < 160 && raster.isGrey(pixel) ? 1 : 0
        }
        func isLinePixel(_ pixel: Int, _ before: Int, _ after: Int) -> Bool {
            lineStrength(pixel, before, after) > 0
        }

        // Horizontal runs of line pixels, mostly sure ones (text rows are not).
        struct Run { var y: Int; var x0: Int; var x1: Int }
        var runs: [Run] = []
        for y in reach..<(height - reach) {
            let row = y * width, above = (y - reach) * width, below = (y + reach) * width
            var start = -1, last = -1, strong = 0
            func close() {
                if start >= 0, last - start + 1 >= minimumRun, Double(strong) >= 0.6 * Double(last - start + 1) {
                    runs.append(Run(y: y, x0: start, x1: last))
                }
            }
            for x in 0..<width {
                let strength = lineStrength(row + x, above + x, below + x)
                guard strength > 0 else { continue }
                if start < 0 {
                    start = x
                } else if x - last > gapTolerance + 1 {
                    close()
                    start = x
                    strong = 0
                }
                if strength == 2 { strong += 1 }
                last = x
            }
            close()
        }

        // Merge runs on adjacent pixel rows into rules.
        struct Rule { var y0: Int; var y1: Int; var x0: Int; var x1: Int; var y: Double { Double(y0 + y1) / 2 } }
        var rules: [Rule] = []
        for run in runs {
            var match: Int?
            var index = rules.count - 1
            while index >= 0, rules[index].y0 >= run.y - 8 {
                let rule = rules[index]
                if run.y - rule.y1 <= 1 && abs(rule.x0 - run.x0) <= 3 && abs(rule.x1 - run.x1) <= 3 {
                    match = index
                    break
                }
                index -= 1
            }
            if let index = match {
                rules[index].y1 = run.y
                rules[index].x0 = min(rules[index].x0, run.x0)
                rules[index].x1 = max(rules[index].x1, run.x1)
            } else {
                rules.append(Rule(y0: run.y, y1: run.y, x0: run.x0, x1: run.x1))
            }
        }
        rules = rules.filter { $0.y1 - $0.y0 <= 4 }

        // Vertical line coverage of column x between two rules: a border runs the whole height
        // from rule to rule, where a letter's stem stops short of the cell edges.
        func verticalCoverage(x: Int, top: Rule, bottom: Rule) -> Double {
            guard x >= reach, x < width - reach else { return 0 }
            let from = top.y1 + 1, to = bottom.y0
            guard to > from else { return 0 }
            var hits = 0
            for y in from..<to where isLinePixel(y * width + x, y * width + x - reach, y * width + x + reach) {
                hits += 1
            }
            return Double(hits) / Double(to - from)
        }
        func hasVertical(near x: Int, top: Rule, bottom: Rule) -> Bool {
            for candidate in (x - 3)...(x + 3) where verticalCoverage(x: candidate, top: top, bottom: bottom) >= 0.9 {
                return true
            }
            return false
        }
        func innerVerticals(top: Rule, bottom: Rule) -> [Int] {
            var found: [Int] = []
            var cluster: [Int] = []
            let x0 = top.x0, x1 = top.x1
            for x in (x0 + 4)..<max(x0 + 4, x1 - 3) {
                if verticalCoverage(x: x, top: top, bottom: bottom) >= 0.96 {
                    if let last = cluster.last, x - last > 2 {
                        found.append(cluster.reduce(0, +) / cluster.count)
                        cluster = []
                    }
                    cluster.append(x)
                }
            }
            if !cluster.isEmpty { found.append(cluster.reduce(0, +) / cluster.count) }
            return found
        }

        // Chain rules of the same extent into tables, band by band.
        struct Band { var top: Rule; var bottom: Rule; var splits: [Int] }
        var tables: [[Band]] = []
        var used = [Bool](repeating: false, count: rules.count)
        for start in rules.indices where !used[start] {
            var bands: [Band] = []
            var current = rules[start]
            var index = start + 1
            while index < rules.count {
                let candidate = rules[index]
                guard !used[index], abs(candidate.x0 - current.x0) <= 4, abs(candidate.x1 - current.x1) <= 4,
                      candidate.y0 > current.y1 + 2 else {
                    index += 1
                    continue
                }
                guard hasVertical(near: current.x0, top: current, bottom: candidate),
                      hasVertical(near: current.x1, top: current, bottom: candidate) else { break }
                used[index] = true
                bands.append(Band(top: current, bottom: candidate, splits: innerVerticals(top: current, bottom: candidate)))
                current = candidate
                index += 1
            }
            if !bands.isEmpty {
                used[start] = true
                tables.append(bands)
            }
        }

        // A rule never cuts through text: drop tables whose rules do, and splits that do.
        let scale = raster.scale
        let boxes = glyphs.filter { !$0.isSpace }.map {
            (x0: $0.x0 * scale, y0: $0.y0 * scale, x1: $0.x1 * scale, y1: $0.y1 * scale)
        }
        func cutsText(y: Double, from x0: Int, to x1: Int) -> Bool {
            boxes.contains { box in
                let inset = 0.25 * (box.y1 - box.y0)
                return box.x1 > Double(x0) && box.x0 < Double(x1) && y > box.y0 + inset && y < box.y1 - inset
            }
        }
        func cutsText(x: Int, from y0: Double, to y1: Double) -> Bool {
            boxes.contains { box in
                let inset = 0.25 * (box.x1 - box.x0)
                let overlap = min(box.y1, y1) - max(box.y0, y0)
                return overlap > 0.5 * (box.y1 - box.y0) && Double(x) > box.x0 + inset && Double(x) < box.x1 - inset
            }
        }
        tables = tables.compactMap { bands in
            let edges = [bands[0].top] + bands.map(\.bottom)
            if edges.contains(where: { cutsText(y: $0.y, from: $0.x0, to: $0.x1) }) { return nil }
            return bands.map { band in
                var band = band
                band.splits = band.splits.filter { !cutsText(x: $0, from: band.top.y, to: band.bottom.y) }
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
                    bands[index].splits = bands[index].splits.filter { x in all.filter { abs($0 - x) <= 3 }.count >= 2 }
                }
            }
            let left = bands.map(\.top.x0).min() ?? 0
            let right = bands.map(\.top.x1).max() ?? 0
            var edges: [Int] = []
            for x in bands.flatMap(\.splits).sorted() {
                if let last = edges.last, x - last <= 4 { continue }
                edges.append(x)
            }
            let columnEdges = [left] + edges + [right]
            func column(of x: Int) -> Int {
                var best = 0
                for (i, edge) in columnEdges.enumerated() where abs(edge - x) < abs(columnEdges[best] - x) { best = i }
                return best
            }
            let rows = bands.map { band -> Row in
                let bounds = [left] + band.splits + [right]
                var cells: [Cell] = []
                for i in 0..<(bounds.count - 1) {
                    let first = column(of: bounds[i]), end = column(of: bounds[i + 1])
                    guard end > first else { continue }
                    cells.append(Cell(x0: Double(bounds[i]) / scale, x1: Double(bounds[i + 1]) / scale,
                                      firstColumn: first, columnSpan: end - first))
                }
                return Row(y0: band.top.y / scale, y1: band.bottom.y / scale, cells: cells)
            }
            return RuledTable(rows: rows, columnEdges: columnEdges.map { Double($0) / scale })
        }
    }
}
