import Foundation
import PipelineCore
import Testing

/// The Barking and Dagenham action plan: one ruled table running over three pages.
@Suite struct ActionPlanTableTests {
    let document: Document
    let table: Table

    init() throws {
        document = try extractPDF("pdf/barking-dagenham-scrutiny.pdf")
        let tables = document.blocks.filter { $0.kind == .table && ($0.table?.rows.first?.cells.first?.text ?? "") == "Recommendation" }
        try #require(tables.count == 1)
        table = try #require(tables[0].table)
    }

    /// The entry rows: those whose first cell opens with a number in brackets.
    var entryRows: [(number: String, row: TableRow)] {
        table.rows.compactMap { row in
            guard let first = row.cells.first?.text, first.hasPrefix("("), let close = first.firstIndex(of: ")") else { return nil }
            return (String(first[first.startIndex...close]), row)
        }
    }

    func row(_ number: String) throws -> TableRow {
        try #require(entryRows.first { $0.number == number }?.row)
    }

    @Test func readsOneRowPerPlanEntryAcrossPageBreaks() {
        let expected = (21...38).map { "(\($0))" } + ["(19)", "(20)"]
        #expect(entryRows.map(\.number) == expected)
        #expect(table.columnCount == 4)
    }

    @Test func keepsTheRepeatedHeaderOnceAsHeaderRow() {
        #expect(table.rows[0].isHeader)
        #expect(table.rows[0].cells.map(\.text) == [
            "Recommendation", "Officer responsible for implementing action / progress",
            "Date recommendation to be implemented by",
            "Progress monitoring (in addition to the progress report to SMB in April 2009)",
        ])
        #expect(table.rows.dropFirst().allSatisfy { $0.cells.first?.text != "Recommendation" })
    }

    @Test func spansThemeRowsAcrossTheTable() {
        let themes = table.rows.filter { $0.cells.count == 1 }
        #expect(themes.map(\.cells[0].text) == [
            "Children's Trust meetings", "Role of the Voluntary Sector", "Integrated Joint Planning and Commissioning",
            "Children and young people with learning difficulties and disabilities", "Every Child Matters",
            "Role of Councillors",
        ])
        #expect(themes.allSatisfy { $0.cells[0].columnSpan == 4 })
    }

    @Test func putsOfficerDateAndProgressInTheirOwnCells() throws {
        let first = try row("(21)")
        #expect(first.cells.count == 4)
        #expect(first.cells[1].text == "Caroline Martindale / Alan Dawson")
        #expect(first.cells[2].text == "September 2008")
        #expect(first.cells[3].text.hasPrefix("Completed"))
        #expect(first.cells[0].text.hasSuffix("which informs the Local Area Agreement."))
        #expect(try row("(23)").cells[2].text == "")
        #expect(try row("(38)").cells[1].text == "Children’s Trust Partners")
        #expect(try row("(20)").cells[1].text == "John Dawe")
    }

    @Test func joinsRowsThatAPageBreakSplit() throws {
        #expect(try row("(27)").cells[0].text.hasSuffix("to increase staffing in this area."))
        #expect(try row("(27)").cells[1].text == "Roger Luxton / Meena Kishinani")
        #expect(try row("(35)").cells[0].text.hasSuffix("the capacity to respond to acute needs is retained."))
    }
}
