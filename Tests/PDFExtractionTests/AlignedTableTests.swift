@testable import PDFExtraction
import Testing

/// Tables without ruling lines, recovered from the alignment of their text.
@Suite struct AlignedTableTests {
    /// Lays out rows of (x, text) fragments as 11-point lines, 13 points apart.
    func lines(_ rows: [[(Double, String)]]) -> [TextLine] {
        let style = TextStyle(fontName: "Arial", size: 11, color: "000000")
        var glyphs: [Glyph] = []
        for (row, fragments) in rows.enumerated() {
            let top = 100 + Double(row) * 13
            for (x, text) in fragments {
                for (column, scalar) in text.unicodeScalars.enumerated() {
                    let left = x + Double(column) * 5
                    glyphs.append(Glyph(scalar: scalar, x0: left, y0: top, x1: left + 5, y1: top + 13, style: 0))
                }
                glyphs.append(Glyph(scalar: " ", x0: 0, y0: top, x1: 0, y1: top + 13, style: 0))
            }
            glyphs.append(Glyph(scalar: "\n", x0: 0, y0: top, x1: 0, y1: top + 13, style: 0))
        }
        let page = PageText(number: 1, width: 595, height: 842, glyphs: glyphs, styles: [style])
        return TextLine.group(TextFragment.split(page) { _ in nil }.map(\.fragment))
    }

    func texts(_ row: [[TextLine]]) -> [String] {
        row.map { $0.map(\.cleaned).joined(separator: " ") }
    }

    @Test func startsRowsAtLabelledItems() throws {
        let page = lines([
            [(72, "Recommendation"), (250, "Officer"), (380, "Date")],
            [(72, "(21) The Trust institute a"), (250, "Caroline Martindale /"), (380, "September 2008")],
            [(72, "Forward Plan for meetings."), (250, "Alan Dawson")],
            [(72, "(22) There is a standing"), (250, "Meena Kishinani"), (380, "November 2008")],
            [(72, "item on performance.")],
        ])
        let found = AlignedTableFinder.find(in: page)
        #expect(found.rest.isEmpty)
        let table = try #require(found.tables.first)
        #expect(found.tables.count == 1)
        #expect(table.grid.columnCount == 3)
        #expect(table.rows.map(texts) == [
            ["Recommendation", "Officer", "Date"],
            ["(21) The Trust institute a Forward Plan for meetings.", "Caroline Martindale / Alan Dawson", "September 2008"],
            ["(22) There is a standing item on performance.", "Meena Kishinani", "November 2008"],
        ])
    }

    @Test func startsUnlabelledRowsAfterAHardBreak() throws {
        let page = lines([
            [(72, "Actions"), (280, "Lead")],
            [(72, "Explore the development of forums"), (280, "Mark Mitchell")],
            [(72, "and networks."), (280, "Ann Jansz")],
            [(72, "Develop organogram for Herts"), (280, "Andrew Wellington")],
        ])
        let table = try #require(AlignedTableFinder.find(in: page).tables.first)
        #expect(table.rows.map(texts) == [
            ["Actions", "Lead"],
            ["Explore the development of forums and networks.", "Mark Mitchell Ann Jansz"],
            ["Develop organogram for Herts", "Andrew Wellington"],
        ])
    }

    @Test func leavesOrdinaryParagraphsAlone() {
        let page = lines([
            [(72, "The Panel began its work in January 2008 and conducted a very thorough")],
            [(72, "analysis of the current work and operations of the Trust.")],
        ])
        let found = AlignedTableFinder.find(in: page)
        #expect(found.tables.isEmpty)
        #expect(found.rest.count == 2)
    }
}
