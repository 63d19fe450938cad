/// A table: rows of cells, each cell holding its own blocks (which may nest tables).
public struct Table: Codable, Hashable, Sendable {
    /// Rows from top to bottom.
    public var rows: [TableRow]

    /// Creates a table.
    public init(rows: [TableRow]) {
        self.rows = rows
    }

    /// The number of grid columns: the widest row counting spans.
    public var columnCount: Int {
        rows.map { $0.cells.reduce(0) { $0 + $1.columnSpan } }.max() ?? 0
    }
}

/// One table row.
public struct TableRow: Codable, Hashable, Sendable {
    /// Cells from left to right. A cell spanning columns appears once.
    public var cells: [TableCell]
    /// True when the source marks the row as a header row (repeated on each page).
    public var isHeader: Bool

    /// Creates a row.
    public init(cells: [TableCell], isHeader: Bool = false) {
        self.cells = cells
        self.isHeader = isHeader
    }
}

/// One table cell with its content and the layout facts that can carry meaning.
public struct TableCell: Codable, Hashable, Sendable {
    /// The cell's text: its blocks' texts joined by newlines.
    public var text: String
    /// The cell's content blocks; `index` counts within the cell.
    public var blocks: [Block]
    /// Background shading as `RRGGBB` (uppercase hex); nil when unshaded or automatic.
    public var shading: String?
    /// Number of grid columns the cell covers (DOCX `gridSpan`).
    public var columnSpan: Int
    /// Number of rows the cell covers (DOCX `vMerge` restart + continuations); 1 if unmerged.
    public var rowSpan: Int
    /// True when this cell continues a vertical merge from the row above (its text is empty
    /// and the merged content sits in the cell where the merge starts).
    public var continuesMerge: Bool
    /// Formatting runs inside `text`.
    public var spans: [Span]?

    /// Creates a cell.
    public init(
        text: String, blocks: [Block] = [], shading: String? = nil, columnSpan: Int = 1,
        rowSpan: Int = 1, continuesMerge: Bool = false, spans: [Span]? = nil
    ) {
        self.continuesMerge = continuesMerge
        self.text = text
        self.blocks = blocks
        self.shading = shading
        self.columnSpan = columnSpan
        self.rowSpan = rowSpan
        self.spans = spans
    }
}
