/// Where an extracted item came from: the block, the table cell inside it if any, and the
/// character range of the text the item was read from.
///
/// `start`/`end` count Unicode scalars of the addressed text: the cell's text when `row`
/// and `cell` are set, otherwise the block's text.
public struct SourceLocation: Codable, Hashable, Sendable, Comparable {
    /// 1-based page (PDF); nil for formats without fixed pages.
    public var page: Int?
    /// Index into `Document.blocks`.
    public var block: Int
    /// Row index inside the table block, when the item sits in a table cell.
    public var row: Int?
    /// Cell index inside that row.
    public var cell: Int?
    /// First character of the item.
    public var start: Int
    /// One past the last character.
    public var end: Int

    /// Creates a location.
    public init(page: Int? = nil, block: Int, row: Int? = nil, cell: Int? = nil, start: Int, end: Int) {
        self.page = page
        self.block = block
        self.row = row
        self.cell = cell
        self.start = start
        self.end = end
    }

    /// Orders locations by reading order: block, row, cell, then start.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.block, lhs.row ?? -1, lhs.cell ?? -1, lhs.start, lhs.end)
            < (rhs.block, rhs.row ?? -1, rhs.cell ?? -1, rhs.start, rhs.end)
    }
}
