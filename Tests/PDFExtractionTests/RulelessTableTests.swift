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

    /// A one-line item above another, with nothing but a second timeframe to show where it
    /// ended: the timeframe column never wraps elsewhere, so its second entry opens a row.
    @Test func opensARowWhereAColumnThatNeverWrapsTakesASecondEntry() throws {
        let plan = try table(in: "renditions/pdf-pandoc/thurrock-self-evaluation.pdf", firstCell: "Area for development")
        let strategy = try row(plan, opening: "Development of communication strategy")
        #expect(strategy.cells[0].text == "Development of communication strategy")
        #expect(strategy.cells[1].text == "Via Executive group")
        #expect(strategy.cells[2].text == "Jan 09 – ongoing")
        let learning = try row(plan, opening: "CAF support")
        #expect(learning.cells[0].text == "CAF support and interagency and integrated working learning opportunities")
        #expect(learning.cells[1].text == "Workforce Development capacity")
        #expect(learning.cells[2].text == "Sept 08 – ongoing")
    }

    /// The same rule leaves a wrapped item whole where its first column's line ends on a
    /// word the next line continues ("… arrangements within" / "VCS organisations …"), and
    /// still parts the item after it.
    @Test func keepsAnItemWholeWhereItsLineEndsMidPhrase() throws {
        let document = try extractPDF("renditions/pdf-pandoc/hertfordshire-self-evaluation.pdf")
        let plan = try #require(document.blocks.compactMap(\.table).first { table in
            table.rows.contains { $0.cells.first?.text.hasPrefix("Carry out audit") == true }
        })
        #expect(plan.rows.first?.cells.first?.text == "Actions")
        let audit = try row(plan, opening: "Carry out audit")
        #expect(audit.cells[0].text == "Carry out audit of safeguarding arrangements within VCS organisations and work with partners to establish LSCB membership and populate sub groups")
        let consultation = try row(plan, opening: "Ensuring C&YP Plan")
        #expect(consultation.cells[0].text == "Ensuring C&YP Plan consultation is compact compliant")
        #expect(consultation.cells[1].text.hasPrefix("CYPP lead , sector reps"))
    }
}
