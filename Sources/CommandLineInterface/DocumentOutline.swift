import PipelineCore

/// Renders a `Document` as a readable outline: headings indented by level, list items with
/// their labels, tables as rows of cells with shading shown, and page numbers for PDF.
struct DocumentOutline {
    /// The document to render.
    var document: Document

    /// The outline text, one line per block or table row, ending with a newline.
    func render() -> String {
        var lines: [String] = []
        var header = "\(document.source) (\(document.format.rawValue), \(document.blocks.count) blocks"
        if let pages = document.metadata.pageCount { header += ", \(pages) pages" }
        header += ")"
        lines.append(header)
        if let title = document.metadata.title { lines.append("title: \(title)") }
        lines.append("")
        var depth = 0
        for block in document.blocks {
            let page = block.page.map { "p.\($0) " } ?? ""
            switch block.kind {
            case .heading:
                let level = max(1, block.level ?? 1)
                depth = level
                lines.append(indent(level - 1) + page + String(repeating: "#", count: level) + " " + block.text)
            case .paragraph:
                lines.append(indent(depth) + page + block.text.replacingNewlines())
            case .listItem:
                let label = block.label ?? "•"
                lines.append(indent(depth + (block.level ?? 0)) + page + label + " " + block.text.replacingNewlines())
            case .table:
                lines += table(block, depth: depth, page: page)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func table(_ block: Block, depth: Int, page: String) -> [String] {
        guard let table = block.table else { return [indent(depth) + page + "[table]"] }
        var lines = [indent(depth) + page + "[table: \(table.rows.count) rows × \(table.columnCount) columns]"]
        for (r, row) in table.rows.enumerated() {
            let cells = row.cells.map { cell -> String in
                var text = cell.text.replacingNewlines()
                if cell.continuesMerge { text = "↑" }
                var notes: [String] = []
                if let shading = cell.shading { notes.append("#\(shading)") }
                if cell.columnSpan > 1 { notes.append("spans \(cell.columnSpan)") }
                if cell.rowSpan > 1 { notes.append("\(cell.rowSpan) rows") }
                return notes.isEmpty ? text : text + " [" + notes.joined(separator: ", ") + "]"
            }
            let marker = row.isHeader ? "header" : "row \(r + 1)"
            lines.append(indent(depth + 1) + "\(marker): " + cells.joined(separator: " | "))
        }
        return lines
    }

    private func indent(_ level: Int) -> String {
        String(repeating: "  ", count: max(0, level))
    }
}

extension String {
    /// The text with line breaks turned into spaces, for one-line renderings.
    func replacingNewlines() -> String {
        String(map { $0 == "\n" ? " " : $0 })
    }
}
