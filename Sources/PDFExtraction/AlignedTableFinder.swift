import TextAnalysis

/// Recovers tables drawn without ruling lines from text alignment: runs of consecutive lines
/// whose fragments start at the same few x positions (column bands), with rows starting where
/// the first column opens a new item ("(21)", "1.", "•") or, in tables without such labels,
/// where the first column starts afresh after a hard line break, or below a ruling line drawn
/// across the table (a header rule, as in tables set with rules between rows and no borders).
enum AlignedTableFinder {
    /// How far apart (points) two fragment starts may be and still share a column.
    static let tolerance = 4.0

    /// Finds aligned tables among a page's body lines.
    /// - Parameters:
    ///   - lines: Body lines outside ruled tables, top to bottom.
    ///   - rules: Horizontal lines the page draws; one running across a table's columns
    ///     between two lines separates rows.
    /// - Returns: The tables (with a grid made from the column bands) and the lines left over.
    static func find(
        in lines: [TextLine], rules: [PageDrawing.Line] = []
    ) -> (tables: [(grid: RuledTable, rows: [[[TextLine]]])], rest: [TextLine]) {
        var tables: [(grid: RuledTable, rows: [[[TextLine]]])] = []
        var rest: [TextLine] = []
        var index = 0
        // The first line a table may take back as its header: none from an earlier table.
        var floor = 0
        while index < lines.count {
            guard isColumned(lines[index]), let found = run(in: lines, from: index, floor: floor, rules: rules) else {
                rest.append(lines[index])
                index += 1
                continue
            }
            rest.removeLast(index - found.start)
            tables.append(found.table)
            index = found.end
            floor = found.end
        }
        return (tables, rest)
    }

    /// True when a line holds text in separate columns (a label apart from its item's text
    /// does not count).
    static func isColumned(_ line: TextLine) -> Bool {
        line.fragments.count >= 3 || (line.fragments.count == 2 && !ListLabel.isLabel(line.fragments[0].text))
    }

    /// The table whose first columned line is `start`, if the lines from there form one,
    /// with the header lines set above it (back to `floor` at most).
    private static func run(
        in lines: [TextLine], from first: Int, floor: Int, rules: [PageDrawing.Line]
    ) -> (table: (grid: RuledTable, rows: [[[TextLine]]]), start: Int, end: Int)? {
        let start = first
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

        // A header whose cells wrap onto more lines than its first column's is set bottom-aligned
        // above the first columned line: lines just above, tightly spaced, whose every fragment
        // starts at a column of the table, not all in the first, belong to that header row.
        var top = start
        while top > floor {
            let line = lines[top - 1], below = lines[top]
            let gap = below.y0 - line.y1
            guard abs(line.size - below.size) <= 0.6, gap <= 0.4 * max(below.size, 4), gap > -0.5 * max(below.size, 4),
                  line.fragments.allSatisfy({ fragment in starts.contains { abs($0 - fragment.x0) <= tolerance } }),
                  line.fragments.contains(where: { $0.x0 > starts[0] + tolerance }) else { break }
            top -= 1
        }

        // Rows: a labelled first column opens an item (labels that stand alone in their row
        // head a section of the table and do not count); without labels, a first column that
        // starts in capitals or digits after a hard break does, and so does a column whose text
        // starts on a line after the one before had none in it.
        let labelled = lines[start..<end].filter { line in
            isColumned(line)
                && (line.fragments.first.map { abs($0.x0 - starts[0]) <= tolerance && opensItem($0.text) } ?? false)
        }.count >= 2
        // A form: several first-column lines are labels ending in a colon.
        let form = !labelled && lines[top..<end].filter { line in
            line.fragments.first.map { abs($0.x0 - starts[0]) <= tolerance && BlockBuilder.clean($0.text).hasSuffix(":") } ?? false
        }.count >= 3
        // Two columns whose first holds only short labels ("R1", "12.", "(a)") on every line
        // that has text beside it: paragraphs set with hanging labels, whose lines may wrap
        // back to the margin.
        let hangingLabels = starts.count == 2 && lines[start..<end].allSatisfy { line in
            !isColumned(line) || (line.fragments.count == 2 && BlockBuilder.clean(line.fragments[0].text).count <= 5)
        }
        var rows: [[[TextLine]]] = []
        var previousFirst: TextLine?
        var previousLine: TextLine?
        // Per column: whether the current row has text in it yet, and whether the line before had.
        var filled = [Bool](repeating: false, count: starts.count)
        var lastFilled = [Bool](repeating: false, count: starts.count)
        for (offset, line) in lines[top..<end].enumerated() {
            let inHeader = top < start && top + offset <= start
            // Cell padding shows as a wider gap between rows than between a cell's lines, and a
            // rule drawn across the columns between two lines parts rows however close they sit.
            let rowGap = previousLine.map { above in
                line.y0 - above.y1 > 0.4 * max(line.size, 4) || rules.contains { rule in
                    rule.position > above.y1 - 1 && rule.position < line.y0 + 1
                        && rule.start <= starts[0] + tolerance && rule.end >= starts[starts.count - 1]
                }
            } ?? true
            var cells = [[TextFragment]](repeating: [], count: starts.count)
            // In a line of several cells, words of two cells a word space apart ran into one
            // fragment: it is cut where a column starts. (Not in a form, whose values run on
            // past the starts of the columns other rows use: "To: | County Council – 13 March".)
            // A line of one fragment is cut too where a word starts right at the start of a
            // column that the lines above and below both hold text in: a narrow cell's line
            // run up to its neighbour's ("… Secretary of State jointly with other" where
            // "jointly with other" is the next cell's, between its "raise the matter" and "lead
            // local flood").
            // A line spanning more than two columns (a theme row) is not cut.
            let lineIndex = top + offset
            let runningStarts = line.fragments.count == 1 && !form && !hangingLabels && !inHeader
                && lineIndex > top && lineIndex + 1 < end
                && starts.filter({ $0 > line.fragments[0].x0 + tolerance && $0 < line.fragments[0].x1 }).count == 1
                ? starts.dropFirst().filter { column in
                    [lines[lineIndex - 1], lines[lineIndex + 1]].allSatisfy { $0.fragments.contains { abs($0.x0 - column) <= 1 } }
                } : []
            let fragments = line.fragments.count >= 2 && !form
                ? line.fragments.flatMap { $0.splitting(atColumnStarts: starts, tolerance: tolerance) }
                : runningStarts.isEmpty ? line.fragments : line.fragments.flatMap { $0.splitting(atColumnStarts: runningStarts, tolerance: 1) }
            for fragment in fragments {
                let index = starts.lastIndex { $0 <= fragment.x0 + tolerance } ?? 0
                cells[index].append(fragment)
            }
            // A paragraph set with a hanging label ("R1    That the Board agrees …, with topics"
            // ⏎ "chosen against published criteria."): a line that wraps back to the margin and
            // runs across the next column's start, right under a line whose last cell had not
            // ended, carries on that cell.
            if hangingLabels, !rowGap, !isColumned(line), line.fragments.count == 1,
               line.x1 > starts[1] + tolerance, let above = previousLine, isColumned(above),
               let lastAbove = above.fragments.last, let end = BlockBuilder.clean(lastAbove.text).last,
               !".;:!?".contains(end) {
                let column = starts.lastIndex { $0 <= lastAbove.x0 + tolerance } ?? 0
                if column > 0 {
                    cells = [[TextFragment]](repeating: [], count: starts.count)
                    cells[column] = line.fragments
                }
            }
            var opens = rows.isEmpty || (rowGap && !inHeader)
            if let first = cells[0].first, !inHeader {
                let text = BlockBuilder.clean(first.text)
                let hardBreak = previousFirst.map { $0.x1 + 0.3 * $0.size + first.firstWordWidth < starts[1] - 2 * tolerance } ?? true
                if labelled {
                    opens = opens || opensItem(text)
                    // A line of the first column alone, in capitals after an item that ended
                    // (closing punctuation, then a hard break or a line without first-column
                    // text), heads the items after it.
                    if let opening = text.unicodeScalars.first, opening.properties.isUppercase, !isColumned(line),
                       hardBreak || !lastFilled[0],
                       !opensItem(text), let ended = previousFirst?.cleaned.last, ".;:!?)".contains(ended) {
                        opens = true
                    }
                } else if opensInCapitalOrDigit(text) {
                    opens = opens || (hardBreak && (isColumned(line) || ListLabel.split(text) != nil))
                    // In a form whose first column holds labels ("Decision maker:", "Subject:"),
                    // a label that ended with its colon ends the field: the next label opens a
                    // row even where the form sets its rows no further apart than a cell's lines.
                    if form, previousFirst?.cleaned.hasSuffix(":") == true { opens = true }
                }
            }
            if !cells[0].isEmpty { previousFirst = TextLine(fragments: cells[0]) }
            if !labelled && !inHeader && !opens && rows.count >= 2 && filled.contains(true) {
                // Cells below the header are set from the top of their row: text in a column that
                // had none on the line before (one that takes up again, or one that starts below
                // the row's first line) opens the next row. (A header's cells may sit at its foot.)
                opens = cells.indices.contains { !cells[$0].isEmpty && !lastFilled[$0] }
            }
            previousLine = line
            if opens {
                rows.append([[TextLine]](repeating: [], count: starts.count))
                filled = [Bool](repeating: false, count: starts.count)
            }
            for (index, fragments) in cells.enumerated() where !fragments.isEmpty {
                rows[rows.count - 1][index].append(TextLine(fragments: fragments))
            }
            lastFilled = cells.map { !$0.isEmpty }
            for index in cells.indices where !cells[index].isEmpty { filled[index] = true }
        }
        if !labelled { rows = splitAtOneLineColumns(rows) }
        guard rows.count >= 2 else { return nil }

        let tableLines = lines[top..<end]
        let left = (tableLines.map(\.x0).min() ?? 0) - 2, right = (tableLines.map(\.x1).max() ?? 0) + 2
        let edges = [left] + starts.dropFirst().map { $0 - 2 } + [right]
        func spans(_ row: [[TextLine]]) -> Bool {
            row.dropFirst().allSatisfy(\.isEmpty) && row[0].count == 1 && row[0][0].x1 > edges[1] + tolerance
        }
        var columnRight = [Double](repeating: 0, count: starts.count)
        for row in rows where !spans(row) {
            for (index, cellLines) in row.enumerated() {
                // A line running over the next column's start (words set without a gap across
                // the border) does not measure its column.
                let limit = index + 1 < starts.count ? starts[index + 1] : .infinity
                columnRight[index] = max(columnRight[index], cellLines.map(\.x1).filter { $0 < limit }.max() ?? 0)
            }
        }
        // Without borders a column reaches the next column's start less the gap the table keeps
        // between columns; the narrowest gap between a column's longest line and the next start
        // measures it (a column of short entries does not show how far its text may run).
        let gaps = starts.indices.dropLast().map { starts[$0 + 1] - columnRight[$0] }.filter { $0 > 0 }
        if let gap = gaps.min() {
            for index in starts.indices.dropLast() {
                columnRight[index] = max(columnRight[index], starts[index + 1] - gap)
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
        return ((RuledTable(rows: gridRows, columnEdges: edges), cellRows), top, end)
    }

    /// Rows split where a column that never wraps takes a second line. In a table whose
    /// column of short entries (dates, timeframes, RAG words) holds one line in every other
    /// row, a second entry in that column, level with a line of the first column that opens
    /// in capitals or digits, starts a new row: without borders or a gap nothing else shows
    /// that an item of one line ended ("Development of communication strategy | Via
    /// Executive group | Jan 09" above "CAF support and … | Workforce … | Sept 08").
    /// True when a first column's text opens an item: a list label ("1.", "(21)", "a)") or a
    /// reference with a colon ("R5: Fire safety visits", "A1.2: …").
    static func opensItem(_ text: String) -> Bool {
        if ListLabel.split(text) != nil { return true }
        return text.prefixMatch(of: referenceLabel) != nil
    }

    /// "R5: ", "A1.2: ", "SP3: ": letters, a number and a colon opening a cell.
    nonisolated(unsafe) static let referenceLabel = /[A-Z]{1,3}[0-9]{1,3}(?:\.[0-9]{1,2})?:\s/

    /// True when text opens in a capital or a digit, as a table's items do.
    static func opensInCapitalOrDigit(_ text: String) -> Bool {
        guard let opening = text.unicodeScalars.first else { return false }
        return opening.properties.isUppercase || opening.properties.numericType != nil
    }

    /// True when a line ends mid-phrase: on a comma, dash, slash or ampersand, or on a
    /// function word ("within", "and", "of").
    static func continues(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        if ",-–—/&(".contains(last) { return true }
        guard let word = text.split(separator: " ").last else { return false }
        return StopWords.english.contains(word.lowercased())
    }

    static func splitAtOneLineColumns(_ rows: [[[TextLine]]]) -> [[[TextLine]]] {
        guard let width = rows.first?.count, width >= 2 else { return rows }
        var oneLine: [Int] = []
        for column in 1..<width {
            let filled = rows.filter { $0.count == width && !$0[column].isEmpty }
            let single = filled.filter { $0[column].count == 1 }.count
            if single >= 3 && filled.count - single <= max(1, filled.count / 10) { oneLine.append(column) }
        }
        guard !oneLine.isEmpty else { return rows }
        var out: [[[TextLine]]] = []
        for row in rows {
            guard row.count == width, !row[0].isEmpty else {
                out.append(row)
                continue
            }
            // Where the row splits: each later entry of a one-line column that sits level with
            // a first-column line opening in capitals or digits.
            var splits: [Double] = []
            for column in oneLine where row[column].count > 1 {
                for entry in row[column].dropFirst() {
                    let level = row[0].first { abs($0.y0 - entry.y0) <= 0.5 * max(entry.size, 4) }
                    guard let level, opensInCapitalOrDigit(level.cleaned),
                          level.y0 > row[0][0].y0 + 0.5 * max(level.size, 4) else { continue }
                    // The first column's line above must read as ended, not stop on a word
                    // such as "within" or "and" that the next line continues.
                    guard let above = row[0].last(where: { $0.y0 < level.y0 - 0.5 * max(level.size, 4) }),
                          !continues(above.cleaned) else { continue }
                    if !splits.contains(where: { abs($0 - level.y0) <= 0.5 * max(level.size, 4) }) { splits.append(level.y0) }
                }
            }
            guard !splits.isEmpty else {
                out.append(row)
                continue
            }
            splits.sort()
            var pieces = [[[TextLine]]](repeating: [[TextLine]](repeating: [], count: width), count: splits.count + 1)
            for (column, cellLines) in row.enumerated() {
                for line in cellLines {
                    let piece = splits.lastIndex { line.y0 >= $0 - 0.5 * max(line.size, 4) }.map { $0 + 1 } ?? 0
                    pieces[piece][column].append(line)
                }
            }
            out += pieces
        }
        return out
    }
}
