import PipelineCore

/// Collects a `w:tbl`'s rows and cells as they stream past, then resolves vertical merges
/// (`w:vMerge`) into row spans and builds the table block.
struct TableBuilder {
    /// How a cell takes part in a vertical merge.
    enum VerticalMerge {
        /// The cell starts a merge.
        case restart
        /// The cell continues the merge from the row above.
        case `continue`
    }

    /// One cell as read.
    struct CellDraft {
        /// The cell's content blocks.
        var blocks: [Block] = []
        /// The cell's own fill; empty when it states "auto", nil when it states nothing.
        var shading: String?
        /// The fill every paragraph of the cell is shaded with, when they agree.
        var paragraphShading: String?
        /// Grid columns covered (`w:gridSpan`).
        var columnSpan = 1
        /// The cell's part in a vertical merge, if any.
        var verticalMerge: VerticalMerge?
    }

    /// One row as read.
    struct RowDraft {
        /// The row's cells, left to right.
        var cells: [CellDraft] = []
        /// True when the row repeats as a header (`w:tblHeader`).
        var isHeader = false
        /// Grid columns skipped before the first cell (`w:gridBefore`).
        var gridBefore = 0
        /// The row's shading exception (`w:tblPrEx/w:shd`), for cells that state none.
        var shading: String?
    }

    /// The table's own shading (`w:tblPr/w:shd`), used for cells and rows that state none.
    var tableShading: String?
    /// The display name of the table's style (`w:tblStyle`), when it names one.
    var style: String?
    /// The rows read so far.
    var rows: [RowDraft] = []

    /// The table block, with merges resolved and texts joined (cells by tab, rows by newline).
    func build() -> Block {
        var origins: [[Int]] = []
        for row in rows {
            var column = row.gridBefore
            var starts: [Int] = []
            for cell in row.cells {
                starts.append(column)
                column += max(cell.columnSpan, 1)
            }
            origins.append(starts)
        }
        var tableRows: [TableRow] = []
        for (rowIndex, row) in rows.enumerated() {
            var cells: [TableCell] = []
            for (cellIndex, draft) in row.cells.enumerated() {
                let shading = (draft.shading ?? draft.paragraphShading ?? row.shading ?? tableShading)
                    .flatMap { $0.isEmpty ? nil : $0 }
                if draft.verticalMerge == .continue {
                    cells.append(
                        TableCell(text: "", shading: shading, columnSpan: max(draft.columnSpan, 1), continuesMerge: true))
                    continue
                }
                var rowSpan = 1
                let column = origins[rowIndex][cellIndex]
                var below = rowIndex + 1
                while below < rows.count, let index = origins[below].firstIndex(of: column),
                    rows[below].cells[index].verticalMerge == .continue
                {
                    rowSpan += 1
                    below += 1
                }
                let (text, spans) = Self.join(draft.blocks)
                cells.append(
                    TableCell(
                        text: text, blocks: draft.blocks, shading: shading, columnSpan: max(draft.columnSpan, 1),
                        rowSpan: rowSpan, spans: spans))
            }
            tableRows.append(TableRow(cells: cells, isHeader: row.isHeader))
        }
        let text = tableRows.map { $0.cells.map(\.text).joined(separator: "\t") }.joined(separator: "\n")
        return Block(index: 0, kind: .table, text: text, style: style, table: Table(rows: tableRows))
    }

    /// Joins blocks' texts by newlines and carries their spans over to the joined text.
    static func join(_ blocks: [Block]) -> (String, [Span]?) {
        var text = ""
        var spans: [Span] = []
        var offset = 0
        for (position, block) in blocks.enumerated() {
            if position > 0 {
                text += "\n"
                offset += 1
            }
            text += block.text
            for span in block.spans ?? [] {
                var moved = span
                moved.start += offset
                moved.end += offset
                spans.append(moved)
            }
            offset += block.text.unicodeScalars.count
        }
        return (text, spans.isEmpty ? nil : spans)
    }
}
