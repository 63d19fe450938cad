@testable import PDFExtraction
import Testing

/// Tables without ruling lines, recovered from the alignment of their text.
@Suite struct AlignedTableTests {
    /// Lays out rows of (x, text) fragments as 11-point lines, 13 points apart.
    func lines(_ rows: [[(Double, String)]]) -> [TextLine] {
        GlyphPage.lines(GlyphPage.text(rows))
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

    @Test func startsAFormRowAtEachLabelEndingInAColon() throws {
        // A two-column form whose rows are set as close as a cell's lines, its labels too
        // long to leave a hard break: the colon that ends a label ends the field.
        let page = lines([
            [(72, "Decision reference:"), (212, "ODR/2025/118")],
            [(72, "Subject:"), (212, "Award of contract for cleaning and")],
            [(212, "maintenance")],
            [(72, "Decision maker:"), (212, "Head of Environmental Services")],
            [(72, "Alternative options"), (212, "Bringing the service in house")],
            [(72, "considered and"), (212, "was costed and rejected.")],
            [(72, "rejected:")],
            [(72, "Date of decision:"), (212, "14 July 2025")],
        ])
        let table = try #require(AlignedTableFinder.find(in: page).tables.first)
        #expect(table.rows.map(texts) == [
            ["Decision reference:", "ODR/2025/118"],
            ["Subject:", "Award of contract for cleaning and maintenance"],
            ["Decision maker:", "Head of Environmental Services"],
            ["Alternative options considered and rejected:", "Bringing the service in house was costed and rejected."],
            ["Date of decision:", "14 July 2025"],
        ])
    }

    @Test func takesTheWrappedHeaderLinesAboveTheFirstColumnedLine() throws {
        // The header's cells sit at the foot of its row, so only its last line has text in
        // the first column.
        let page = lines([
            [(72, "Some words before the table.")],
            [(380, "Date")],
            [(250, "Officer"), (380, "to be")],
            [(72, "Recommendation"), (250, "responsible"), (380, "implemented by")],
            [(72, "(21) The Trust institute a"), (250, "Caroline Martindale"), (380, "September 2008")],
            [(72, "(22) There is a standing"), (250, "Meena Kishinani"), (380, "November 2008")],
        ])
        let found = AlignedTableFinder.find(in: page)
        #expect(found.rest.map(\.cleaned) == ["Some words before the table."])
        let table = try #require(found.tables.first)
        #expect(table.rows.map(texts) == [
            ["Recommendation", "Officer responsible", "Date to be implemented by"],
            ["(21) The Trust institute a", "Caroline Martindale", "September 2008"],
            ["(22) There is a standing", "Meena Kishinani", "November 2008"],
        ])
    }

    @Test func readsSectionLabelsStandingAloneAsRowsOfTheirOwn() throws {
        // "1." and "2." head sections; the rows under them carry no labels.
        let page = lines([
            [(72, "Area for development"), (250, "Lead"), (380, "Timeframe")],
            [(72, "1. Inter-agency governance")],
            [(72, "Functions and purpose"), (250, "NGO Forum"), (380, "Dec 08")],
            [(72, "Agenda Item at Trust board"), (250, "DCS"), (380, "Sept 08")],
            [(72, "2. Integrated strategy")],
            [(72, "Responding to capacity issues"), (250, "All"), (380, "Ongoing")],
        ])
        let table = try #require(AlignedTableFinder.find(in: page).tables.first)
        #expect(table.rows.map(texts) == [
            ["Area for development", "Lead", "Timeframe"],
            ["1. Inter-agency governance", "", ""],
            ["Functions and purpose", "NGO Forum", "Dec 08"],
            ["Agenda Item at Trust board", "DCS", "Sept 08"],
            ["2. Integrated strategy", "", ""],
            ["Responding to capacity issues", "All", "Ongoing"],
        ])
    }

    @Test func opensARowWhereAColumnTakesUpAgain() throws {
        // The first column's long line leaves no room for a hard break; the Lead column, empty
        // on the line before, shows the next row has begun.
        let page = lines([
            [(72, "Actions"), (280, "Lead")],
            [(72, "Continued mapping and development into"), (280, "Mark Mitchell")],
            [(72, "VCS by HCTP (esp. smaller organisations)")],
            [(72, "Develop representation on new Strategy"), (280, "Frances Coupe")],
            [(72, "Group and terms of reference")],
        ])
        let table = try #require(AlignedTableFinder.find(in: page).tables.first)
        #expect(table.rows.map(texts) == [
            ["Actions", "Lead"],
            ["Continued mapping and development into VCS by HCTP (esp. smaller organisations)", "Mark Mitchell"],
            ["Develop representation on new Strategy Group and terms of reference", "Frances Coupe"],
        ])
    }

    @Test func readsAThemeLineBetweenLabelledItemsAsItsOwnRow() throws {
        let page = lines([
            [(72, "Recommendation"), (250, "Officer")],
            [(72, "(24) Work by sub-groups."), (250, "Meena Kishinani")],
            [(72, "Role of the Sector")],
            [(72, "(25) The processes reviewed."), (250, "Guy Swindle")],
        ])
        let table = try #require(AlignedTableFinder.find(in: page).tables.first)
        #expect(table.rows.map(texts) == [
            ["Recommendation", "Officer"],
            ["(24) Work by sub-groups.", "Meena Kishinani"],
            ["Role of the Sector", ""],
            ["(25) The processes reviewed.", "Guy Swindle"],
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

    @Test func partsRowsAtARuleDrawnAcrossTheColumns() throws {
        // A table set with a rule under its header and no borders: the first row sits as
        // close under the header as a cell's own lines, and its number is too wide to show
        // a hard break, so only the rule parts them.
        let page = lines([
            [(72, "No."), (100, "Recommendation"), (330, "To")],
            [(72, "1"), (100, "That the Council adopts a"), (330, "Cabinet")],
            [(100, "new enforcement policy.")],
            [(72, "2"), (100, "Publish the number of fines."), (330, "Head of Services")],
        ])
        let unruled = try #require(AlignedTableFinder.find(in: page).tables.first)
        #expect(unruled.rows.map(texts).first == ["No. 1", "Recommendation That the Council adopts a new enforcement policy.", "To Cabinet"])
        let rule = PageDrawing.Line(position: 113, start: 70, end: 420)
        let table = try #require(AlignedTableFinder.find(in: page, rules: [rule]).tables.first)
        #expect(table.rows.map(texts) == [
            ["No.", "Recommendation", "To"],
            ["1", "That the Council adopts a new enforcement policy.", "Cabinet"],
            ["2", "Publish the number of fines.", "Head of Services"],
        ])
        // A rule under part of the table only (a cell's underline) parts nothing.
        let short = PageDrawing.Line(position: 113, start: 100, end: 200)
        #expect(try #require(AlignedTableFinder.find(in: page, rules: [short]).tables.first).rows.map(texts).first?.first == "No. 1")
    }
}
