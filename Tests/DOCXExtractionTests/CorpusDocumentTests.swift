import Foundation
import PipelineCore
import Testing

struct HertfordshireTests {
    let document: Document

    init() throws {
        document = try Extraction.document("docx/hertfordshire-self-evaluation.docx")
    }

    /// The question tables, in order: header "Questions" / "Feb 08 grade".
    var questionTables: [Table] {
        document.blocks.compactMap(\.table).filter { $0.rows.first?.cells.first?.text == "Questions" }
    }

    @Test func readsTheGradeBesideTheFirstQuestion() throws {
        let table = try #require(questionTables.first)
        #expect(table.rows[0].isHeader)
        #expect(table.rows[0].cells.map(\.text) == ["Questions", "Feb 08 grade"])
        let row = table.rows[1]
        #expect(row.cells[0].text == "To what extent does the children’s trust or partnership ensure sustained and meaningful engagement of the VCS?")
        #expect(row.cells[1].text == "B")
        let question = try #require(row.cells[0].blocks.first)
        #expect(question.kind == .listItem)
        #expect(question.label == "1.")
    }

    @Test func readsTheGradeOfTheThirdIntegratedStrategyQuestion() throws {
        let heading = try #require(document.blocks.firstIndex { $0.text.hasPrefix("Integrated strategy") })
        let table = try #require(document.blocks[heading...].first { $0.table?.rows.first?.cells.first?.text == "Questions" }?.table)
        let third = try #require(table.rows.first { $0.cells.first?.blocks.first?.label == "3." })
        #expect(third.cells[1].text == "C")
    }

    @Test func carriesTheQuestionLabelsInOrder() throws {
        let table = try #require(questionTables.first)
        #expect(table.rows.dropFirst().map { $0.cells[0].blocks.first?.label } == ["1.", "2.", "3."])
        #expect(table.rows.dropFirst().map { $0.cells[1].text } == ["B", "A", "B"])
    }
}

struct BarkingDagenhamTests {
    let document: Document

    init() throws {
        document = try Extraction.document("docx/barking-dagenham-scrutiny.docx")
    }

    var planRows: [TableRow] {
        document.blocks.compactMap(\.table).flatMap(\.rows).filter { $0.cells.first?.text.hasPrefix("(") == true }
    }

    @Test func putsOfficerDateAndProgressInTheirOwnCells() throws {
        let row = try #require(planRows.first { $0.cells[0].text.hasPrefix("(21) The Children") })
        #expect(row.cells[0].text.contains("institute a Forward Plan"))
        #expect(row.cells.count == 4)
        #expect(row.cells[1].text == "Caroline Martindale / Alan Dawson")
        #expect(row.cells[2].text == "September 2008")
        #expect(row.cells[3].text.hasPrefix("Completed"))
    }

    @Test func givesEachPlanEntryItsOwnRow() {
        let numbers = planRows.compactMap { row -> String? in
            let text = row.cells[0].text
            guard let close = text.firstIndex(of: ")") else { return nil }
            return String(text[text.index(after: text.startIndex)..<close])
        }
        for number in 21...38 {
            #expect(numbers.filter { $0 == String(number) }.count == 1, "row (\(number))")
        }
    }

    @Test func leavesTheDateCellEmptyWhenThePlanGivesNone() throws {
        let row = try #require(planRows.first { $0.cells[0].text.hasPrefix("(23)") })
        #expect(row.cells[1].text == "Meena Kishinani / Alan Dawson")
        #expect(row.cells[2].text == "")
        #expect(row.cells[3].text.hasPrefix("Completed"))
    }
}

struct ThurrockTests {
    let document: Document

    init() throws {
        document = try Extraction.document("docx/thurrock-self-evaluation.docx")
    }

    @Test func leaksNoFieldCodesReplacementOrPrivateUseCharacters() {
        for text in Extraction.allTexts(document) {
            #expect(!text.contains("HYPERLINK"))
            #expect(!text.unicodeScalars.contains { $0.value == 0xFFFD || (0xE000...0xF8FF).contains($0.value) }, "\(text)")
        }
    }

    @Test func keepsTheDisplayedLinkText() throws {
        let block = try #require(document.blocks.first { $0.text.contains("www.askThurrock.org.uk") })
        #expect(block.text.contains("ASK Thurrock ( www.askThurrock.org.uk) directory"))
        #expect(block.spans?.contains { $0.link == "http://www.askThurrock.org.uk/" } == true)
    }

    /// Each Red / Amber / Green rating row with the top-level heading of its section and the
    /// shading of its cells, in document order.
    var ratingRows: [(section: String, shading: [String?])] {
        var section = ""
        var result: [(String, [String?])] = []
        for block in document.blocks {
            if block.kind == .heading, block.level == 1 { section = block.text }
            for row in block.table?.rows ?? [] where row.cells.map(\.text) == ["Red", "Amber", "Green"] {
                result.append((section, row.cells.map(\.shading)))
            }
        }
        return result
    }

    @Test func carriesTheChosenRatingColourOnTheShadedCell() throws {
        let rows = ratingRows
        try #require(rows.count == 4)
        let bySection = Dictionary(uniqueKeysWithValues: rows.map { ($0.section, $0.shading) })
        #expect(bySection["Inter-agency governance"] == [nil, "FFC000", nil])
        #expect(bySection["Integrated strategy"] == [nil, nil, "00B050"])
        #expect(bySection["Integrated processes"] == ["FF0000", nil, nil])
        #expect(bySection["Integrated front line delivery"] == [nil, "FFC000", nil])
    }

    @Test func shadesTheRatingLegendInItsOwnColours() throws {
        let legend = try #require(document.blocks.first { $0.table?.rows.first?.cells.first?.text == "Green" }?.table)
        #expect(legend.rows.map { $0.cells[0].text } == ["Green", "Amber", "Red"])
        #expect(legend.rows.map { $0.cells[0].shading } == ["00B050", "FFC000", "FF0000"])
        #expect(legend.rows.map { $0.cells[1].shading } == [nil, nil, nil])
    }

    @Test func carriesHeadingLevels() throws {
        let headings = document.blocks.filter { $0.kind == .heading }
        #expect(headings.count >= 5)
        #expect(headings.allSatisfy { $0.level != nil })
        #expect(headings.contains { $0.text == "The Self-evaluation tool (SET)" && $0.level == 1 })
        #expect(headings.contains { $0.text == "Questions:" && $0.level == 2 && $0.style == "Heading 2" })
        #expect(document.blocks[0].text == "Thurrock’s Self Evaluation and Action Plan" && document.blocks[0].style == "Title")
    }

    @Test func keepsTheRunningHeaderAndFooterAsFurniture() {
        #expect(document.furniture.map(\.text).contains("Assessing Engagement with the Non Governmental Sector: (Draft)"))
        #expect(document.metadata.title == "Thurrock’s Self Evaluation and Action Plan")
        #expect(document.metadata.author == "Thurrock Children’s Trust")
    }

    @Test func carriesLetteredAndNumberedLabels() {
        let labels = Extraction.allLabels(document)
        #expect(labels.contains("a)") && labels.contains("b)") && labels.contains("c)"))
        #expect(labels.contains("1.") && labels.contains("2."))
    }
}

struct VCSEngageTests {
    @Test func readsTheFootnoteAndTheBlockThatCitesIt() throws {
        let document = try Extraction.document("docx/vcs-engage-additional-offer.docx")
        let note = try #require(document.notes.first)
        #expect(document.notes.count == 1)
        #expect(note.kind == .footnote && note.identifier == "1")
        #expect(note.text.hasPrefix("Destinations Unknown- Buttery M ,Family Matters Institute/ VCS Engage"))
        let origin = try #require(note.referencedFrom)
        #expect(document.blocks[origin].text.contains("Destinations Unknown"))
        #expect(document.metadata.title == "VCS Engage – Additional Offer Final Report")
    }
}
