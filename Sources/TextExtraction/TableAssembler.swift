import PipelineCore

/// Turns rows of cell contents recovered from text into one `Table` block: a header row repeated
/// after a page break is skipped, a row split by that page break is joined back, rows with a
/// single filled first cell (theme rows) span the table, and short rows are padded.
enum TableAssembler {
    /// One cell's content: the blocks read from it.
    typealias CellContent = [BlockDraft]

    /// The table block for `rows`, or nil when no row has any text.
    static func assemble(_ rows: [[CellContent]]) -> BlockDraft? {
        let columnCount = rows.map(\.count).max() ?? 0
        guard columnCount > 0 else { return nil }
        var built: [[CellContent]] = []
        var spanning: [Bool] = []
        var headerKey: String?
        var afterRepeatedHeader = false
        for row in rows {
            let key = Self.key(row)
            let filled = row.enumerated().filter { !isEmpty($0.element) }
            if filled.isEmpty { continue }
            if built.isEmpty {
                headerKey = key
            } else if key == headerKey {
                afterRepeatedHeader = true
                continue
            }
            if afterRepeatedHeader, built.count > 1, isEmpty(row[0]), !spanning[built.count - 1] {
                for (column, cell) in filled where column < built[built.count - 1].count {
                    built[built.count - 1][column] = continuing(built[built.count - 1][column], with: cell)
                }
                afterRepeatedHeader = false
                continue
            }
            afterRepeatedHeader = false
            if filled.count == 1, filled[0].offset == 0, columnCount > 1 {
                built.append([filled[0].element])
                spanning.append(true)
            } else {
                built.append(row + Array(repeating: [], count: columnCount - row.count))
                spanning.append(false)
            }
        }
        guard !built.isEmpty else { return nil }
        let repeated = rows.dropFirst().contains { Self.key($0) == headerKey && !isEmpty($0.first ?? []) }
        var tableRows: [TableRow] = []
        for (r, row) in built.enumerated() {
            let cells = row.map { cell($0, columnSpan: spanning[r] ? columnCount : 1) }
            tableRows.append(TableRow(cells: cells, isHeader: r == 0 && repeated))
        }
        let table = Table(rows: tableRows)
        let text = tableRows.map { row in
            row.cells.map { $0.text.replacingNewlines() }.joined(separator: "\t")
        }.joined(separator: "\n")
        return BlockDraft(kind: .table, content: StyledText(text: text), table: table)
    }

    /// A finished cell from its blocks: text joined by newlines, spans shifted to match.
    static func cell(_ content: CellContent, columnSpan: Int = 1) -> TableCell {
        var text = StyledText()
        for draft in content { text.append(draft.content, separator: "\n") }
        let blocks = content.enumerated().map { $0.element.block(index: $0.offset) }
        return TableCell(
            text: text.text, blocks: blocks, columnSpan: columnSpan,
            spans: text.spans.isEmpty ? nil : text.spans)
    }

    private static func isEmpty(_ cell: CellContent) -> Bool {
        cell.allSatisfy { $0.content.isEmpty }
    }

    private static func key(_ row: [CellContent]) -> String {
        row.map { cell in cell.map(\.content.text).joined(separator: " ") }.joined(separator: "\t")
    }

    /// Joins the text a page break carried into the next row onto the cell it belongs to.
    private static func continuing(_ cell: CellContent, with more: CellContent) -> CellContent {
        guard var last = cell.last, let first = more.first else { return cell + more }
        last.content.append(first.content)
        return cell.dropLast() + [last] + more.dropFirst()
    }
}

extension String {
    /// The text with line breaks turned into spaces, for one-line renderings.
    func replacingNewlines() -> String {
        String(map { $0 == "\n" ? " " : $0 })
    }
}
