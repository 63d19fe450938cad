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
        var blocks: [Block] = []
        var shading: String?
        var columnSpan = 1
        var verticalMerge: VerticalMerge?
    }

    /// One row as read.
    struct RowDraft {
        var cells: [CellDraft] = []
        var isHeader = false
        var gridBefore = 0
    }

    /// The table's own shading (`w:tblPr/w:shd`), used for cells that state none.
    var tableShading: String?
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
                let shading = draft.shading ?? tableShading
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
        return Block(index: 0, kind: .table, text: text, table: Table(rows: tableRows))
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
