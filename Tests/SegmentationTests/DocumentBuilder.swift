import PipelineCore

/// Builds `Document` values shaped like DOCX extraction output: headings with levels,
/// paragraphs, list items with labels, and tables whose cells hold blocks and shading.
struct DocumentBuilder {
    private(set) var blocks: [Block] = []
    var metadata = DocumentMetadata()

    /// A heading block.
    mutating func heading(_ text: String, level: Int = 1) {
        append(Block(index: 0, kind: .heading, text: text, level: level, style: "Heading \(level)"))
    }

    /// A paragraph block, bold when asked.
    mutating func paragraph(_ text: String, bold: Bool = false) {
        append(Block(index: 0, kind: .paragraph, text: text, font: bold ? FontInfo(bold: true) : nil))
    }

    /// A list item with its label.
    mutating func item(_ label: String, _ text: String, level: Int = 0) {
        append(Block(index: 0, kind: .listItem, text: text, level: level, label: label))
    }

    /// A table: each cell is its lines (one paragraph each) and an optional shading colour.
    mutating func table(_ rows: [[Cell]], headerRows: Int = 0) {
        let tableRows = rows.enumerated().map { index, cells in
            TableRow(cells: cells.map { cell in
                let cellBlocks = cell.lines.enumerated().map { i, line in
                    Block(index: i, kind: cell.labels?[i] == nil ? .paragraph : .listItem, text: line, label: cell.labels?[i])
                }
                return TableCell(text: cell.lines.joined(separator: "\n"), blocks: cellBlocks, shading: cell.shading)
            }, isHeader: index < headerRows)
        }
        let text = rows.map { $0.map { $0.lines.joined(separator: " ") }.joined(separator: "\t") }.joined(separator: "\n")
        append(Block(index: 0, kind: .table, text: text, table: Table(rows: tableRows)))
    }

    private mutating func append(_ block: Block) {
        var block = block
        block.index = blocks.count
        blocks.append(block)
    }

    /// The finished document.
    func document(source: String = "test.docx") -> Document {
        Document(id: "test", source: source, format: .docx, metadata: metadata, blocks: blocks)
    }
}

/// One table cell for `DocumentBuilder.table`.
struct Cell: ExpressibleByStringLiteral {
    var lines: [String]
    var labels: [String?]?
    var shading: String?

    init(_ lines: [String], labels: [String?]? = nil, shading: String? = nil) {
        self.lines = lines
        self.labels = labels
        self.shading = shading
    }

    init(stringLiteral value: String) {
        self.init(value.isEmpty ? [] : [value])
    }
}
