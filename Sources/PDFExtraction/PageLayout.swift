/// What one page holds once tables are recognised: body lines outside tables and the tables
/// with their cells' lines and shading.
struct PageLayout {
    /// 1-based page number.
    var number: Int
    /// Page height in points.
    var height: Double
    /// Lines outside any table, top to bottom.
    var lines: [TextLine]
    /// Tables on the page, top to bottom.
    var tables: [PlacedTable]
}

/// A ruled table on one page with the text of each cell.
struct PlacedTable {
    /// One cell: its lines, grid place and background.
    struct Cell {
        var lines: [TextLine]
        /// Left and right cell borders (points).
        var x0: Double
        var x1: Double
        var firstColumn: Int
        var columnSpan: Int
        var shading: String?
    }

    /// 1-based page.
    var page: Int
    /// The grid found from ruling lines.
    var grid: RuledTable
    /// Cells per row.
    var rows: [[Cell]]
}
