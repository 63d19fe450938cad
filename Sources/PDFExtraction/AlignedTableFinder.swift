/// Recovers tables drawn without ruling lines from text alignment: runs of consecutive lines
/// whose fragments start at the same few x positions (column bands), with rows starting where
/// the first column opens a new item ("(21)", "1.", "•") or, in tables without such labels,
/// where the first column starts afresh after a hard line break.
enum AlignedTableFinder {
    /// How far apart (points) two fragment starts may be and still share a column.
    static let tolerance = 4.0

    /// Finds aligned tables among a page's body lines.
    /// - Parameter lines: Body lines outside ruled tables, top to bottom.
    /// - Returns: The tables (with a grid made from the column bands) and the lines left over.
    static func find(in lines: [TextLine]) -> (tables: [(grid: RuledTable, rows: [[[TextLine]]])], rest: [TextLine]) {
        var tables: [(grid: RuledTable, rows: [[[TextLine]]])] = []
        var rest: [TextLine] = []
        var index = 0
        while index < lines.count {
            guard isColumned(lines[index]), let found = run(in: lines, from: index) else {
                rest.append(lines[index])
                index += 1
                continue
            }
            tables.append(found.table)
            index = found.end
        }
        return (tables, rest)
    }

    /// True when a line holds text in separate columns (a label apart from its item's text
    /// does not count).
    static func isColumned(_ line: TextLine) -> Bool {
        line.fragments.count >= 3 || (line.fragments.count == 2 && !ListLabel.isLabel(line.fragments[0].text))
    }

    /// The table starting at `start`, if the lines from there form one.
    private static func run(in lines: [TextLine], from start: Int) -> (table: (grid: RuledTable, rows: [[[TextLine]]]), end: Int)? {
        var starts: [Double] = []
        func column(of x: Double) -> Int? { starts.firstIndex { abs($0 - x) <= tolerance } }
        for fragment in lines[start].fragments { starts.append(fragment.x0) }
        var end = start + 1
        var columned = 1
        while end < lines.count {
            let line = lines[end], previous = lines[end - 1]
            let size = max(line.size, 4)
            let gap = line.y0 - previous.y1
            guard abs(line.size - previous.size) <= 0.6, gap <= 1.5 * size else { break }
            if isColumned(line) {
                // Every fragment starts at a known column, or the line adds a column right of them.
                let unknown = line.fragments.filter { column(of: $0.x0) == nil }
                guard unknown.allSatisfy({ $0.x0 > (starts.max() ?? 0) }), unknown.count < line.fragments.count else { break }
                starts += unknown.map(\.x0)
                columned += 1
            } else {
                guard let only = line.fragments.first, column(of: only.x0) != nil else { break }
                // After a row gap, a line in one column belongs to the table only when columned
                // lines follow closely (a theme row), not when it is the paragraph after it.
                if gap > 0.8 * size {
                    var ahead = end + 1
                    while ahead < lines.count, !isColumned(lines[ahead]),
                          let first = lines[ahead].fragments.first, column(of: first.x0) != nil,
                          lines[ahead].y0 - lines[ahead - 1].y1 <= 0.8 * size {
                        ahead += 1
                    }
                    guard ahead < lines.count, isColumned(lines[ahead]),
                          lines[ahead].y0 - lines[ahead - 1].y1 <= 1.5 * size else { break }
                }
            }
            end += 1
        }
        starts.sort()
        guard columned >= 2, starts.count >= 2 else { return nil }

        // Rows: a labelled first column opens an item; without labels, a first column that
        // starts in capitals or digits after a hard break does.
        let labelled = lines[start..<end].filter { line in
            line.fragments.first.map { abs($0.x0 - starts[0]) <= tolerance && ListLabel.split($0.text) != nil } ?? false
        }.count >= 2
        var rows: [[[TextLine]]] = []
        var previousFirst: TextLine?
        var previousLine: TextLine?
        for line in lines[start..<end] {
            // Cell padding shows as a wider gap between rows than between a cell's lines.
            let rowGap = previousLine.map { line.y0 - $0.y1 > 0.4 * max(line.size, 4) } ?? true
            previousLine = line
            var cells = [[TextFragment]](repeating: [], count: starts.count)
            for fragment in line.fragments {
                let index = starts.lastIndex { $0 <= fragment.x0 + tolerance } ?? 0
                cells[index].append(fragment)
            }
            var opens = rows.isEmpty || rowGap
            if let first = cells[0].first {
                let text = BlockBuilder.clean(first.text)
                if labelled {
                    opens = opens || ListLabel.split(text) != nil
                } else if let opening = text.unicodeScalars.first,
                          opening.properties.isUppercase || opening.properties.numericType != nil {
                    let hardBreak = previousFirst.map { $0.x1 + 0.3 * $0.size + first.firstWordWidth < starts[1] - 2 * tolerance } ?? true
                    opens = opens || (hardBreak && isColumned(line))
                }
                previousFirst = TextLine(fragments: cells[0])
            }
            if opens { rows.append([[TextLine]](repeating: [], count: starts.count)) }
            for (index, fragments) in cells.enumerated() where !fragments.isEmpty {
                rows[rows.count - 1][index].append(TextLine(fragments: fragments))
            }
        }
        guard rows.count >= 2 else { return nil }

        let tableLines = lines[start..<end]
        let left = (tableLines.map(\.x0).min() ?? 0) - 2, right = (tableLines.map(\.x1).max() ?? 0) + 2
        let edges = [left] + starts.dropFirst().map { $0 - 2 } + [right]
        func spans(_ row: [[TextLine]]) -> Bool {
            row.dropFirst().allSatisfy(\.isEmpty) && row[0].count == 1 && row[0][0].x1 > edges[1] + tolerance
        }
        var columnRight = [Double](repeating: 0, count: starts.count)
        for row in rows where !spans(row) {
            for (index, cellLines) in row.enumerated() {
                columnRight[index] = max(columnRight[index], cellLines.map(\.x1).max() ?? 0)
            }
        }
        var gridRows: [RuledTable.Row] = []
        var cellRows: [[[TextLine]]] = []
        for row in rows {
            let rowLines = row.flatMap { $0 }
            let y0 = (rowLines.map(\.y0).min() ?? 0) - 1, y1 = (rowLines.map(\.y1).max() ?? 0) + 1
            // A row with text only in the first column that runs across the column border is a
            // heading spanning the table.
            if spans(row) {
                gridRows.append(RuledTable.Row(y0: y0, y1: y1, cells: [
                    RuledTable.Cell(x0: edges[0], x1: edges[edges.count - 1], firstColumn: 0, columnSpan: starts.count),
                ]))
                cellRows.append([row[0]])
                continue
            }
            // A cell's right side is where its column's longest line ends: without borders that
            // is the best measure of how far text may run before it wraps.
            let cells = (0..<starts.count).map { index in
                RuledTable.Cell(x0: starts[index] - 2, x1: columnRight[index] + 2, firstColumn: index, columnSpan: 1)
            }
            gridRows.append(RuledTable.Row(y0: y0, y1: y1, cells: cells))
            cellRows.append(row)
        }
        return ((RuledTable(rows: gridRows, columnEdges: edges), cellRows), end)
    }
}
