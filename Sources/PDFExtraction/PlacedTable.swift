/// A table on one page (ruled, or recovered from aligned text) with the text of each cell.
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
        /// Rows the cell covers, and whether this place is covered by a cell above.
        var rowSpan = 1
        var continuesMerge = false
    }

    /// 1-based page.
    var page: Int
    /// The grid found from ruling lines.
    var grid: RuledTable
    /// Cells per row.
    var rows: [[Cell]]
}
