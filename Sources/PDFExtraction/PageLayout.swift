/// What one page holds once tables are recognised: body lines outside tables and the tables
/// with their cells' lines and shading.
struct PageLayout {
    /// 1-based page number.
    var number: Int
    /// Page height in points.
    var height: Double
    /// Lines outside any table, in reading order: top to bottom, a band of two columns
    /// column by column.
    var lines: [TextLine]
    /// Tables on the page, top to bottom.
    var tables: [PlacedTable]
}
