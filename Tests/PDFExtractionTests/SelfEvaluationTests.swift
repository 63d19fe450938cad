import Foundation
import PipelineCore
import Testing

/// The Thurrock and Hertfordshire self-evaluations: grade tables, RAG shading, headings,
/// list labels and running headers.
@Suite struct SelfEvaluationTests {
    @Test func readsGradesFromQuestionTables() throws {
        let document = try extractPDF("pdf/hertfordshire-self-evaluation.pdf")
        let rows = document.blocks.compactMap(\.table).flatMap(\.rows)
        func grade(of question: String) throws -> String {
            let row = try #require(rows.first { $0.cells.first?.text.hasPrefix(question) ?? false })
            return try #require(row.cells.last).text
        }
        #expect(try grade(of: "1. To what extent does the children’s trust or partnership ensure sustained") == "B")
        #expect(try grade(of: "2. Within this, how does the trust/partnership ensure the diversity") == "A")
        #expect(try grade(of: "3. How the sector is engaged in local safeguarding children developments?") == "C")
        #expect(try grade(of: "4. What role have VCS had in developing a shared workforce strategy?") == "B")
    }

    @Test func continuesAQuestionTableOverThePageBreak() throws {
        let document = try extractPDF("pdf/hertfordshire-self-evaluation.pdf")
        let governance = try #require(document.blocks.first {
            $0.table?.rows.first?.cells.first?.text == "Questions"
                && $0.table?.rows.contains { $0.cells.first?.text.hasPrefix("3. How does the trust/partnership ensure that VCS") ?? false } == true
        }?.table)
        #expect(governance.rows.count == 4)
        #expect(governance.rows[0].isHeader)
        #expect(governance.rows.map { $0.cells.last?.text } == ["Feb 08 grade", "B", "A", "B"])
    }

    @Test func readsTheShadingBehindRAGCells() throws {
        let document = try extractPDF("pdf/thurrock-self-evaluation.pdf")
        let domains = ["Inter-agency governance", "Integrated strategy", "Integrated processes", "Integrated front line delivery"]
        var shaded: [String: [String?]] = [:]
        var domain: String?
        for block in document.blocks {
            if block.kind == .heading, let match = domains.first(where: { block.text.hasPrefix($0) }) { domain = match }
            guard let row = block.table?.rows.first, row.cells.map(\.text) == ["Red", "Amber", "Green"], let domain else { continue }
            shaded[domain] = row.cells.map(\.shading)
        }
        #expect(shaded["Inter-agency governance"] == [nil, "FFC000", nil])
        #expect(shaded["Integrated strategy"] == [nil, nil, "00B050"])
        #expect(shaded["Integrated processes"] == ["FF0000", nil, nil])
        #expect(shaded["Integrated front line delivery"] == [nil, "FFC000", nil])
    }

    @Test func leavesNoFieldCodesOrBrokenGlyphs() throws {
        let document = try extractPDF("pdf/thurrock-self-evaluation.pdf")
        for text in allTexts(document) {
            #expect(!text.contains("HYPERLINK"))
            #expect(!text.unicodeScalars.contains { $0.value == 0xFFFD || (0xE000...0xF8FF).contains($0.value) })
        }
    }

    @Test func ranksHeadingsBySize() throws {
        let document = try extractPDF("pdf/thurrock-self-evaluation.pdf")
        let headings = document.blocks.filter { $0.kind == .heading }
        let title = try #require(headings.first { $0.text == "Thurrock’s Self Evaluation and Action Plan" })
        let domain = try #require(headings.first { $0.text == "Integrated strategy" })
        let section = try #require(headings.first { $0.text.hasPrefix("Areas for development") })
        #expect(title.level == 1)
        #expect(try #require(domain.level) > 1)
        #expect(try #require(section.level) >= (domain.level ?? 0))
        #expect(headings.allSatisfy { $0.level != nil })
    }

    @Test func labelsListItems() throws {
        let document = try extractPDF("pdf/thurrock-self-evaluation.pdf")
        let items = document.blocks.filter { $0.kind == .listItem }
        let question = try #require(items.first { $0.text.hasPrefix("To what extent does the children’s trust or partnership ensure sustained") })
        #expect(question.label == "a)")
        #expect(question.text.hasSuffix("meaningful engagement of NGO’s?"))
        let area = try #require(items.first { $0.text.hasPrefix("The sector will need support to help develop its role") })
        #expect(area.label == "1.")
        #expect(area.text.hasSuffix("to make a full contribution to Thurrock’s Children Trust."))
    }

    @Test func keepsRunningHeadersAndFootersOutOfTheBody() throws {
        let document = try extractPDF("pdf/thurrock-self-evaluation.pdf")
        let footer = "Assessing Engagement with the Non Governmental Sector: (Draft)"
        #expect(!document.blocks.contains { $0.text.contains(footer) })
        #expect(!document.blocks.contains { $0.text.hasPrefix("Page ") })
        let furniture = document.furniture.map(\.text)
        #expect(furniture.contains(footer))
        #expect(furniture.contains("Page 1"))
        #expect(furniture.contains("Thurrock’s Self Evaluation and Action Plan"))
        #expect(document.furniture.first { $0.text == "Page 1" }?.page == 1)
        #expect(Set(furniture).count == furniture.count)
    }
}
