import Foundation
import PipelineCore
import Testing

/// Tables printed without ruling lines (pandoc's LaTeX longtables), read from the PDF
/// renditions of the seeds.
@Suite struct RulelessTableTests {
    /// The first table whose header opens with `firstCell`.
    func table(in path: String, firstCell: String) throws -> Table {
        let document = try extractPDF(path)
        let tables = document.blocks.compactMap(\.table).filter { ($0.rows.first?.cells.first?.text ?? "") == firstCell }
        return try #require(tables.first)
    }

    func row(_ table: Table, opening prefix: String) throws -> TableRow {
        try #require(table.rows.first { $0.cells.first?.text.hasPrefix(prefix) == true })
    }

    @Test func readsTheActionPlanHeaderAndOwnersOverItsPages() throws {
        let plan = try table(in: "renditions/pdf-pandoc/barking-dagenham-scrutiny.pdf", firstCell: "Recommendation")
        #expect(plan.columnCount == 4)
        // The header wraps onto four lines, set at the foot of its row; it is kept once.
        #expect(plan.rows[0].isHeader)
        #expect(plan.rows[0].cells[1].text == "Officer responsible for implementing action / progress")
        #expect(plan.rows[0].cells[3].text.hasSuffix("(in addition to the progress report to SMB in April 2009)"))
        #expect(plan.rows.dropFirst().allSatisfy { $0.cells.first?.text != "Recommendation" })
        let first = try row(plan, opening: "(21)")
        #expect(first.cells[1].text == "Caroline Martindale / Alan Dawson")
        // One paragraph: the name wrapped, it was not broken.
        #expect(first.cells[1].blocks.count == 1)
        #expect(first.cells[2].text == "September 2008")
        #expect(first.cells[3].text.hasPrefix("Completed"))
        #expect(try row(plan, opening: "(23)").cells[2].text == "")
        #expect(try row(plan, opening: "(26)").cells[1].text == "Meena Kishinani / Justin Varney (PCT)")
        let numbered = plan.rows.compactMap { $0.cells.first?.text }.filter { $0.hasPrefix("(") }
        #expect(numbered.count == 20)
        let themes = plan.rows.filter { $0.cells.dropFirst().allSatisfy(\.text.isEmpty) }.map { $0.cells[0].text }
        #expect(themes.contains("Role of the Voluntary Sector"))
        #expect(themes.contains("Integrated Joint Planning and Commissioning"))
    }

    @Test func readsEveryActionRowUnderItsDomainRows() throws {
        let actions = try table(in: "renditions/pdf-pandoc/thurrock-self-evaluation.pdf", firstCell: "Area for development")
        #expect(actions.rows[0].cells.map(\.text) == ["Area for development", "Lead", "Timeframe"])
        let firsts = actions.rows.dropFirst().map { $0.cells[0].text }
        #expect(firsts.filter { $0.first?.isNumber == true } == [
            "1. Inter-agency governance", "2. Integrated strategy", "3. Integrated processes",
            "4. Integrated front line delivery",
        ])
        let responding = try row(actions, opening: "Responding to capacity issues")
        #expect(responding.cells.map(\.text) == ["Responding to capacity issues", "All", "Ongoing"])
        let process = try row(actions, opening: "Process for developing")
        #expect(process.cells[0].text == "Process for developing VCS representation and accountability")
        #expect(process.cells[2].text == "Jan - Mar 09")
    }

    @Test func startsAnActionRowWhereTheLeadColumnTakesUpAgain() throws {
        let actions = try table(in: "renditions/pdf-pandoc/hertfordshire-self-evaluation.pdf", firstCell: "Actions")
        let develop = try row(actions, opening: "Develop organogram")
        #expect(develop.cells[0].text == "Develop organogram for Herts of HCTP and DCTP Representation of VCS.")
        #expect(develop.cells[1].text.hasPrefix("Andrew Wellington / Mark Mitchell"))
        let facilitate = try row(actions, opening: "Facilitate engagement")
        #expect(facilitate.cells[1].blocks.map(\.text) == ["HCTP Partnership Manager", "Dee De Bruin"])
    }
}
