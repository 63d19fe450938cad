@testable import PDFExtraction
import Testing

/// Pages set in two columns of running text, read column by column; two-column tables left alone.
@Suite struct ColumnLayoutTests {
    /// Lays out rows of (x, text) fragments as 11-point lines `leading` points apart, 5 points a character.
    func fragments(_ rows: [[(Double, String)]], leading: Double = 13) -> [TextFragment] {
        GlyphPage.fragments(GlyphPage.text(rows, leading: leading, glyphHeight: 11))
    }

    /// A line of 40 characters (200 points): a full line of a column.
    func prose(_ tag: String, _ number: Int) -> String {
        let text = "\(tag) line \(number) of the running text here"
        return text + String(repeating: "x", count: max(0, 40 - text.count))
    }

    @Test func readsTheLeftColumnBeforeTheRight() throws {
        var rows: [[(Double, String)]] = [[(72, "A title that runs across both of the columns of the page below it")]]
        for number in 1...8 { rows.append([(72, prose("Left", number)), (300, prose("Right", number))]) }
        rows.append([(72, "A footer line that runs across the whole width of the page")])
        let pieces = fragments(rows)
        let bands = ColumnLayout.find(in: pieces, lines: TextLine.group(pieces))
        #expect(bands.count == 1)
        let lines = ColumnLayout.lines(pieces, bands: bands).map(\.cleaned)
        #expect(lines.first?.hasPrefix("A title") == true)
        #expect(lines.last?.hasPrefix("A footer") == true)
        #expect(Array(lines[1...8]).allSatisfy { $0.hasPrefix("Left line") })
        #expect(Array(lines[9...16]).allSatisfy { $0.hasPrefix("Right line") })
    }

    @Test func leavesATwoColumnTableWhoseCellsKeepRowsAlone() throws {
        // Four rows of two cells of prose, each row's cells starting level, rows set apart.
        var rows: [[(Double, String)]] = []
        for row in 1...4 {
            rows.append([(72, prose("Issue \(row)", 1)), (300, prose("Response \(row)", 1))])
            rows.append([(72, prose("Issue \(row)", 2)), (300, prose("Response \(row)", 2))])
            rows.append([])
        }
        let pieces = fragments(rows)
        #expect(ColumnLayout.find(in: pieces, lines: TextLine.group(pieces)).isEmpty)
    }

    @Test func leavesATableOfThreeColumnsAlone() throws {
        var rows: [[(Double, String)]] = []
        for number in 1...8 {
            rows.append([(72, "Cell \(number) of the first one"), (250, "Cell \(number) of the second"), (420, "Third \(number) cell text")])
        }
        let pieces = fragments(rows)
        #expect(ColumnLayout.find(in: pieces, lines: TextLine.group(pieces)).isEmpty)
    }
}
