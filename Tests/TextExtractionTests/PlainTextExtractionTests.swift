import PipelineCore
import Testing
import TextExtraction

/// Seeds 000–002: text a naive tool exported from Word documents with tables.
struct PlainTextExtractionTests {
    @Test func readsGradesFromQuestionTable() throws {
        let (document, _) = try SeedText.extract("hertfordshire-self-evaluation")
        #expect(document.format == .text)
        let table = try #require(document.tables.first { $0.rows.first?.cells.map(\.text) == ["Questions", "Feb 08 grade"] })
        #expect(table.rows.count == 4)
        let first = table.rows[1].cells
        #expect(first[0].text.hasPrefix("1. To what extent does the children’s trust or partnership ensure sustained"))
        #expect(first[1].text == "B")
        #expect(table.rows.map { $0.cells[1].text } == ["Feb 08 grade", "B", "A", "B"])
    }

    @Test func readsIntegratedStrategyGradesAcrossBlankLines() throws {
        let (document, _) = try SeedText.extract("hertfordshire-self-evaluation")
        let table = try #require(document.tables.first { $0.rows.first?.cells.map(\.text) == ["Questions", "Feb 08 Grade"] })
        #expect(table.rows.map { $0.cells[1].text } == ["Feb 08 Grade", "A", "B", "C", "B"])
        #expect(table.rows[3].cells[0].text == "3. How the sector is engaged in local safeguarding children developments?")
    }

    @Test func readsActionsLeadAndProgressRows() throws {
        let (document, _) = try SeedText.extract("hertfordshire-self-evaluation")
        let tables = document.tables.filter { $0.rows.first?.cells.map(\.text) == ["Actions", "Lead", "Progress"] }
        #expect(tables.count == 4)
        let governance = try #require(tables.first)
        #expect(governance.rows.count == 8)
        let explore = governance.rows[1].cells
        #expect(explore[0].text == "Explore the development, structure and support of VCS forums/ networks at District and County level")
        #expect(explore[1].text == "Mark Mitchell / Kevin Garrod\nAnn Jansz Ian Richardson")
        #expect(explore[2].text == "")
        let event = governance.rows[6].cells
        #expect(event[0].text == "Plan and run one dedicated VCS Stakeholder event")
        #expect(event[1].text == "HCTP Partnerships Manager/ Frances Coupe/ Andrew Wellington / Mark Mitchell")
    }

    @Test func keepsLeadsThatWrapOntoTheirOwnLine() throws {
        let (document, _) = try SeedText.extract("hertfordshire-self-evaluation")
        let actionTables = document.tables.filter { $0.rows.first?.cells.map(\.text) == ["Actions", "Lead", "Progress"] }
        let delivery = try #require(actionTables.last)
        let mat = try #require(delivery.rows.first { $0.cells[0].text.hasPrefix("Continued engagement of the VCS in MAT") })
        #expect(mat.cells[1].text == "Gill\nGibson")
    }

    @Test func dropsFieldCodesAndReplacementCharacters() throws {
        let (document, diagnostics) = try SeedText.extract("thurrock-self-evaluation")
        let texts = document.allTexts
        #expect(!texts.contains { $0.contains("HYPERLINK") })
        #expect(!texts.contains { $0.contains("\u{FFFD}") })
        #expect(!texts.contains { $0.unicodeScalars.contains { (0xE000...0xF8FF).contains($0.value) } })
        #expect(texts.contains { $0.contains("revised ASK Thurrock ( www.askThurrock.org.uk) directory of services") })
        #expect(diagnostics.all.contains { $0.code == "text.field-code-dropped" })
    }

    @Test func labelsLetteredQuestions() throws {
        let (document, _) = try SeedText.extract("thurrock-self-evaluation")
        let lettered = document.blocks.filter { $0.kind == .listItem && $0.label == "a)" }
        let first = try #require(lettered.first { $0.text.hasPrefix("To what extent does the children’s trust or partnership") })
        #expect(first.text.hasSuffix("meaningful engagement of NGO’s?"))
        let next = try #require(document.blocks.first { $0.index == first.index + 1 })
        #expect(next.label == "b)")
        #expect(document.blocks.contains { $0.kind == .listItem && $0.label == "1." && $0.text.hasPrefix("The sector will need support") })
    }

    @Test func readsCellMarkedActionPlan() throws {
        let (document, _) = try SeedText.extract("thurrock-self-evaluation")
        let plan = try #require(document.tables.first { $0.rows.contains { $0.cells.map(\.text) == ["Area for development", "Lead", "Timeframe"] } })
        let governance = try #require(plan.rows.first { $0.cells[0].text.hasPrefix("1. Inter-agency governance") })
        #expect(governance.cells.count == 3)
        #expect(governance.cells[1].text.hasPrefix("NGO Forum / Engagement lead"))
        #expect(governance.cells[2].text.hasSuffix("Ongoing"))
        #expect(plan.rows.contains { $0.cells[0].text.hasPrefix("4. Integrated front line delivery") })
    }

    @Test func findsConservativeHeadings() throws {
        let (document, _) = try SeedText.extract("thurrock-self-evaluation")
        #expect(document.metadata.title == "Thurrock’s Self Evaluation and Action Plan")
        let headings = document.blocks.filter { $0.kind == .heading }.map(\.text)
        #expect(headings.first == "Thurrock’s Self Evaluation and Action Plan")
        #expect(headings.contains("Thurrock Summary"))
        #expect(headings.contains("Integrated strategy"))
        #expect(headings.contains("Areas for development"))
        #expect(!headings.contains("Red"))
        #expect(!headings.contains { $0.hasPrefix("The SET, which informed") })
    }

    @Test func readsPilotTableAndCapitalHeadings() throws {
        let (document, _) = try SeedText.extract("vcs-engage-additional-offer")
        let pilots = try #require(document.tables.first { $0.rows.first?.cells.map(\.text) == ["Region", "Approach"] })
        #expect(pilots.rows.map { $0.cells[0].text } == ["Region", "Peterborough", "Bedfordshire", "Enfield", "Islington"])
        let headings = document.blocks.filter { $0.kind == .heading }.map(\.text)
        #expect(headings.contains("THURROCK"))
        #expect(headings.contains("LUTON"))
        #expect(headings.contains("HERTFORDSHIRE"))
    }

    @Test func joinsASentenceSplitOverTwoLines() throws {
        let (document, _) = try SeedText.extract("hertfordshire-self-evaluation")
        #expect(document.blocks.contains {
            $0.text.hasSuffix("progress to date and the owner or lead identified")
        })
    }
}

extension Document {
    /// Every table in the body.
    var tables: [Table] { blocks.compactMap(\.table) }

    /// Every block and cell text in the body.
    var allTexts: [String] {
        blocks.flatMap { block -> [String] in
            [block.text] + (block.table?.rows.flatMap { $0.cells.flatMap { [$0.text] + $0.blocks.map(\.text) } } ?? [])
        }
    }
}
