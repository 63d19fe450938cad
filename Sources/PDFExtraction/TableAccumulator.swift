import PipelineCore

/// A table being assembled from its parts on consecutive pages.
struct TableAccumulator {
    private var rows: [[PlacedTable.Cell]]
    private var headerRepeated = false
    private var firstPage: Int
    private var lastPage: Int
    private var columnEdges: [Double]
    private var box: BoundingBox

    /// Starts with the part on the table's first page.
    init(_ placed: PlacedTable) {
        rows = placed.rows
        firstPage = placed.page
        lastPage = placed.page
        columnEdges = placed.grid.columnEdges
        box = BoundingBox(
            x0: ParagraphGroup.round(placed.grid.x0), y0: ParagraphGroup.round(placed.grid.y0),
            x1: ParagraphGroup.round(placed.grid.x1), y1: ParagraphGroup.round(placed.grid.y1))
    }

    /// True when `placed` is this table continued on the next page: the same column borders
    /// (the outer ones of a table without rules move with its text, so only inner ones count).
    func canContinue(with placed: PlacedTable) -> Bool {
        guard placed.page == lastPage + 1, placed.grid.columnEdges.count == columnEdges.count else { return false }
        return zip(placed.grid.columnEdges.dropFirst().dropLast(), columnEdges.dropFirst().dropLast())
            .allSatisfy { abs($0 - $1) <= 8 }
    }

    /// Adds the next page's part: drops a repeated header row and joins a row that the page
    /// break split in two.
    mutating func append(_ placed: PlacedTable) {
        var incoming = placed.rows
        if let first = incoming.first, let header = rows.first, Self.text(of: first) == Self.text(of: header) {
            incoming.removeFirst()
            headerRepeated = true
        }
        if let first = incoming.first, let last = rows.last, Self.continues(first, last) {
            for index in last.indices { rows[rows.count - 1][index].lines += first[index].lines }
            incoming.removeFirst()
        }
        rows += incoming
        lastPage = placed.page
        columnEdges = placed.grid.columnEdges
    }

    /// The finished table block (index set by the caller).
    func block(builder: BlockBuilder) -> Block {
        // A first row in bold over rows that are not is a header row, repeated or not.
        func allBold(_ row: [PlacedTable.Cell]) -> Bool {
            let lines = row.flatMap(\.lines)
            return !lines.isEmpty && lines.allSatisfy(\.bold)
        }
        let boldHeader = rows.count >= 2 && allBold(rows[0]) && rows.dropFirst().contains { !allBold($0) }
        // The leading of the table's text: the median gap between consecutive lines of a cell.
        var lineGaps: [Double] = []
        for row in rows {
            for cell in row {
                for (above, below) in zip(cell.lines, cell.lines.dropFirst()) where above.page == below.page {
                    lineGaps.append(below.y0 - above.y1)
                }
            }
        }
        lineGaps.sort()
        let leading = lineGaps.isEmpty ? nil : lineGaps[lineGaps.count / 2]
        var tableRows: [TableRow] = []
        for (rowIndex, row) in rows.enumerated() {
            let cells = row.map { cell -> TableCell in
                // Text can reach the right border less the padding it keeps from the left one.
                let inset = max(0, (cell.lines.map(\.x0).min() ?? cell.x0) - cell.x0)
                let edge = cell.x1 - inset
                let blocks = builder.paragraphs(cell.lines, allowHeadings: false, leading: leading) { _ in edge }
                let text = blocks.map { block in
                    block.label.map { "\($0) \(block.text)" } ?? block.text
                }.joined(separator: "\n")
                return TableCell(text: text, blocks: blocks, shading: cell.shading, columnSpan: cell.columnSpan,
                                 rowSpan: cell.rowSpan, continuesMerge: cell.continuesMerge)
            }
            tableRows.append(TableRow(cells: cells, isHeader: rowIndex == 0 && (headerRepeated || boldHeader)))
        }
        let text = tableRows.map { row in
            row.cells.map { $0.text.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\t")
        }.joined(separator: "\n")
        return Block(index: 0, kind: .table, text: text, page: firstPage, box: box, table: Table(rows: tableRows))
    }

    /// A row's text, for recognising a repeated header.
    private static func text(of row: [PlacedTable.Cell]) -> String {
        row.map { cell in cell.lines.map(\.cleaned).joined(separator: " ") }.joined(separator: "\t")
    }

    /// True when `first` (top row after a page break) carries on `last`: same cells, and its
    /// first cell is empty while others are not, or starts in lower case where the first cell
    /// above did not end a sentence.
    private static func continues(_ first: [PlacedTable.Cell], _ last: [PlacedTable.Cell]) -> Bool {
        guard first.count == last.count,
              zip(first, last).allSatisfy({ $0.firstColumn == $1.firstColumn && $0.columnSpan == $1.columnSpan }),
              let lead = first.first else { return false }
        if lead.lines.isEmpty {
            guard first.dropFirst().contains(where: { !$0.lines.isEmpty }) else { return false }
            // A row whose first cells are merged down from the row above also starts with them
            // empty: it is a new row when its fullest cell opens a sentence where the same cell
            // of the last row ended one.
            func length(_ cell: PlacedTable.Cell) -> Int { cell.lines.reduce(0) { $0 + $1.cleaned.count } }
            if let fullest = first.indices.max(by: { length(first[$0]) < length(first[$1]) }),
               let opening = first[fullest].lines.first?.cleaned.first, opening.isUppercase,
               let ending = last[fullest].lines.last?.cleaned.last, ".;!?".contains(ending) {
                return false
            }
            return true
        }
        // In lower case it carries the cell on, unless the cell above ended its sentence: a plan
        // whose items all open in lower case ("train reception staff …." ⏎ page ⏎ "run a
        // campaign …") starts a row there.
        let opening = lead.lines[0].cleaned
        guard opening.first?.isLowercase ?? false else { return false }
        if let ending = last.first?.lines.last?.cleaned.last, ".;!?".contains(ending) { return false }
        return true
    }
}
