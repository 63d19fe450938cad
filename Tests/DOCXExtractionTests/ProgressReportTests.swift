import PipelineCore
import Testing

struct ProgressReportTests {
    let document: Document

    init() throws {
        document = try Extraction.document("updates/barking-dagenham-progress-2009.docx")
    }

    /// The plan rows: those whose first cell is a numbered recommendation.
    var recommendationRows: [TableRow] {
        document.blocks.compactMap(\.table).flatMap(\.rows).filter { $0.cells.first?.blocks.first?.label != nil }
    }

    @Test func continuesOneNumberedListAcrossTableRows() {
        #expect(recommendationRows.map { $0.cells[0].blocks[0].label } == (1...20).map { "(\($0))" })
    }

    @Test func keepsThemeRowsSpanningTheWholeTable() throws {
        let table = try #require(document.blocks.compactMap(\.table).first)
        #expect(table.rows[0].isHeader)
        #expect(table.rows[0].cells.map(\.text) == ["Recommendation", "Officer responsible", "Date to be implemented by", "Status", "Progress (October 2009)"])
        let theme = try #require(table.rows.first { $0.cells.count == 1 })
        #expect(theme.cells[0].columnSpan == 5)
        #expect(theme.cells[0].text == "Children's Trust meetings")
    }

    @Test func readsEachRecommendationsStatus() {
        let statuses = recommendationRows.map { $0.cells[3].text }
        #expect(statuses.filter { $0 == "Completed" }.count == 6)
        #expect(statuses.filter { $0 == "Ongoing" }.count == 13)
        #expect(statuses.last == "Not started")
    }

    @Test func readsTheCoreProperties() {
        #expect(document.metadata.author == "London Borough of Barking and Dagenham")
        #expect(document.metadata.created?.hasPrefix("2009-10-14") == true)
    }
}
