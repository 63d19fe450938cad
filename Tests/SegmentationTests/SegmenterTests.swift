import PipelineCore
import Testing
@testable import Segmentation

/// The segmenter on documents shaped like DOCX extraction output.
struct SegmenterTests {
    func segment(_ builder: DocumentBuilder) throws -> (ReviewDocument, Diagnostics) {
        var diagnostics = Diagnostics()
        let review = try Segmenter(framework: FrameworkFixture.set, vocabulary: FrameworkFixture.vocabulary).segment(builder.document(), diagnostics: &diagnostics)
        return (review, diagnostics)
    }

    /// A Hertfordshire-style self-evaluation: domain heading, question/grade table, baseline
    /// evidence bullets and an Actions | Lead | Progress table.
    var hertfordshireStyle: DocumentBuilder {
        var doc = DocumentBuilder()
        doc.paragraph("Hertfordshire’s Self Evaluation and Action Plan", bold: true)
        doc.paragraph("Introduction", bold: true)
        doc.paragraph("Since the beginning of the year there has been ongoing activity to improve further the inclusion of the Voluntary and Community Sector.")
        doc.table([[Cell(["Inter-agency governance: ", "The inclusion of the Voluntary and Community Children and Young Peoples sector is viewed as implicit."])]])
        doc.table([
            ["Questions ", "Feb 08  grade "],
            ["1. To what extent does the children’s trust or partnership ensure sustained and meaningful engagement of the VCS?", "B"],
            ["2. Within this, how does the trust/partnership ensure the diversity of representation from the sector in the vision and priorities for the Children and Young People’s Plan (CYYP)?", "A"],
            ["3. How does the trust/partnership ensure that VCS organisations are involved in developing shared values and a shared ethos around working practices?", "B"],
        ])
        doc.table([[Cell(["Baseline Evidence- February 2008 ",
                          "A jointly developed protocol between HCTP and the VCS has been in place since the 2006.",
                          "HCTP has supported and contributed to a number of VCS events since 2005. "],
                         labels: [nil, "·", "·"])]])
        doc.table([
            ["Actions ", "Lead", "Progress "],
            [Cell(["Explore the development, structure and support  of VCS forums/ networks  at District and County level "]),
             Cell(["Mark Mitchell / Kevin Garrod ", "", " Ann Jansz  Ian Richardson "]), ""],
            ["Facilitate engagement of statutory sector with existing or future VCS forums", Cell(["HCTP Partnership Manager", "Dee De Bruin"]), ""],
        ])
        return doc
    }

    @Test func readsGradesFromQuestionTable() throws {
        let (review, _) = try segment(hertfordshireStyle)
        #expect(review.document.kind == .selfEvaluation)
        #expect(review.document.authority == "Hertfordshire")
        #expect(review.domains.map(\.id) == ["governance"])
        #expect(review.domains.first?.heading == "Inter-agency governance")
        #expect(review.questions.map(\.setQuestion) == ["GOV-1", "GOV-2", "GOV-3"])
        #expect(review.questions.map(\.label) == ["1.", "2.", "3."])
        #expect(review.questions.map { $0.rating?.raw } == ["B", "A", "B"])
        #expect(review.questions.map { $0.rating?.level } == [.amber, .green, .amber])
        #expect(review.questions[0].text.hasPrefix("To what extent does the children’s trust"))
        #expect(review.questions.allSatisfy { $0.domain == "governance" })
    }

    @Test func readsBaselineEvidenceAndActionLeads() throws {
        let (review, _) = try segment(hertfordshireStyle)
        #expect(review.evidence.map(\.text) == [
            "A jointly developed protocol between HCTP and the VCS has been in place since the 2006.",
            "HCTP has supported and contributed to a number of VCS events since 2005.",
        ])
        #expect(review.evidence.allSatisfy { $0.domain == "governance" })
        #expect(review.actions.count == 2)
        #expect(review.actions[0].owners == ["Mark Mitchell", "Kevin Garrod", "Ann Jansz", "Ian Richardson"])
        #expect(review.actions[1].owners == ["HCTP Partnership Manager", "Dee De Bruin"])
        #expect(review.actions.allSatisfy { $0.kind == .action && $0.status == nil && $0.domain == "governance" })
        #expect(review.actions[0].location.row == 1 && review.actions[0].location.cell == 0)
    }

    /// A Thurrock-style section: lettered questions under "Questions:", evidence paragraphs,
    /// numbered areas for development (one with bullets) and a shaded rating row.
    func thurrockStyle(shading: [String?]) -> DocumentBuilder {
        var doc = DocumentBuilder()
        doc.paragraph("Thurrock’s Self Evaluation and Action Plan", bold: true)
        doc.heading("Integrated front line delivery", level: 2)
        doc.paragraph("Questions:")
        doc.item("a)", "How does the trust/partnership actively encourage the sector to play a role in the delivery of integrated children’s services?")
        doc.item("b)", "What action is taken by the trust/partnership to support the sector to improve the sustainability of their services?")
        doc.item("c)", "What has been the role of NGO’s in locality working and the development of area, district, neighbourhood or cluster based networks?")
        doc.paragraph("Evidence")
        doc.paragraph("The NGO need to be invited to the Integrated Frontline Services group.")
        doc.paragraph("Thurrock locality working will be driven by the CAF led MAGS panels.")
        doc.paragraph("Areas for development")
        doc.item("1.", "Identify NGO involvement in work streams of the Trust.")
        doc.item("2.", "Investigate TCVS providing; ")
        doc.item("·", " marketing support to NGO group", level: 1)
        doc.item("·", " A lead agency function for smaller organisation", level: 1)
        let words = ["Red ", "Amber", "Green "]
        doc.table([zip(words, shading).map { Cell([$0.0], shading: $0.1) }])
        return doc
    }

    @Test func readsDomainRatingFromShading() throws {
        let (review, diagnostics) = try segment(thurrockStyle(shading: [nil, "FFC000", nil]))
        let domain = try #require(review.domains.first)
        #expect(domain.id == "delivery")
        #expect(domain.rating == Rating(raw: "shading #FFC000", level: .amber))
        #expect(review.questions.map(\.setQuestion) == ["DEL-1", "DEL-2", "DEL-3"])
        #expect(review.questions.map(\.label) == ["a)", "b)", "c)"])
        #expect(review.questions.allSatisfy { $0.rating == nil })
        #expect(review.evidence.count == 2)
        #expect(review.actions.map(\.label) == ["1.", "2."])
        #expect(review.actions.allSatisfy { $0.kind == .areaForDevelopment })
        #expect(review.actions[1].text == "Investigate TCVS providing; marketing support to NGO group A lead agency function for smaller organisation")
        #expect(!diagnostics.all.contains { $0.code == "rating-ambiguous" })
    }

    @Test(arguments: [[nil, nil, nil], ["FF0000", "FFC000", nil]] as [[String?]])
    func warnsWhenRatingRowIsAmbiguous(shading: [String?]) throws {
        let (review, diagnostics) = try segment(thurrockStyle(shading: shading))
        #expect(review.domains.first?.rating == nil)
        #expect(diagnostics.warnings.map(\.code) == ["rating-ambiguous"])
        #expect(diagnostics.warnings.first?.location?.row == 0)
        #expect(diagnostics.all.map(\.code) == ["rating-ambiguous"])
    }

    @Test func readsClosingActionPlanRowsLineByLine() throws {
        var doc = DocumentBuilder()
        doc.paragraph("Thurrock’s Self Evaluation and Action Plan", bold: true)
        doc.table([
            [" Area for development", "Lead", "Timeframe"],
            [Cell(["1. Inter-agency governance", "Functions and purpose  ", "Agenda Item at Trust board  ", "Improved communications "]),
             Cell(["NGO Forum / Engagement lead ", "DCS, Partnership Manager ", "TCVS, , CME, Trust board,"]),
             Cell(["Dec 08 – ", "Mar 09 ", "Sept 08 ", "Ongoing "])],
            [Cell(["2. Integrated strategy", "Children Education and Families DMT NGO champion "]),
             Cell(["Subject to new appointments  "]), Cell(["Jan 09 "])],
        ], headerRows: 1)
        let (review, _) = try segment(doc)
        #expect(review.domains.map(\.id) == ["governance", "strategy"])
        #expect(review.actions.map(\.text) == [
            "Functions and purpose", "Agenda Item at Trust board", "Improved communications",
            "Children Education and Families DMT NGO champion",
        ])
        #expect(review.actions.map(\.owners) == [["NGO Forum", "Engagement lead"], ["DCS", "Partnership Manager"], ["TCVS", "CME", "Trust board"], []])
        #expect(review.actions.map(\.timeframe) == ["Dec 08 – Mar 09", "Sept 08", "Ongoing", "Jan 09"])
        #expect(review.actions.map(\.due) == ["2009-03", "2008-09", nil, "2009-01"])
        #expect(review.actions.map(\.domain) == ["governance", "governance", "governance", "strategy"])
    }

    @Test func warnsWhenQuestionMatchesNoFrameworkQuestion() throws {
        var doc = DocumentBuilder()
        doc.paragraph("Luton’s Self Evaluation and Action Plan", bold: true)
        doc.heading("Outcomes")
        doc.paragraph("Questions")
        doc.item("a)", "How far have outcomes for children improved since the trust began its work?")
        let (review, diagnostics) = try segment(doc)
        #expect(review.questions.count == 1)
        #expect(review.questions[0].setQuestion == nil)
        #expect(review.questions[0].domain == "outcomes")
        #expect(diagnostics.warnings.map(\.code) == ["question-unmatched"])
        #expect(diagnostics.warnings[0].location == review.questions[0].location)
    }

    /// A scrutiny report: numbered recommendations under bold themes, and an action plan
    /// whose rows carry other numbers.
    var scrutinyStyle: DocumentBuilder {
        var doc = DocumentBuilder()
        doc.metadata.author = "London Borough of Barking and Dagenham"
        doc.paragraph("THE ASSEMBLY", bold: true)
        doc.paragraph("8 OCTOBER 2008", bold: true)
        doc.heading("REPORT OF THE CHILDREN'S TRUST SCRUTINY PANEL")
        doc.paragraph("Children's Trust meetings", bold: true)
        doc.item("(1)", "The Children's Trust institute a Forward Plan and work programme for Trust meetings that clearly relate to Partnership priorities")
        doc.item("(2)", "The Children's Trust look to reduce the size of the agenda for their meetings and the amount of paperwork sent to Trust members")
        doc.paragraph("Role of the Voluntary Sector", bold: true)
        doc.item("(3)", "The Children's Trust ensures that the strengths of the voluntary sector are fully utilised")
        doc.heading("5. The Children's Trust")
        doc.paragraph("5.6 However, areas of weakness included:")
        doc.item("•", "meetings with large agendas")
        doc.paragraph("5.7 Work is in hand to resolve these problems.")
        doc.heading("ACTION PLAN FOR CHILDREN'S TRUST SCRUTINY PANEL")
        doc.table([
            ["Recommendation", "Officer responsible for implementing action / progress", "Date recommendation to be implemented by", "Progress monitoring"],
            [Cell(["Children's Trust meetings"]), "", "", ""],
            ["(21) The Children's Trust institute a Forward Plan and work programme for Trust meetings that clearly relate to Partnership priorities.",
             "Caroline Martindale / Alan Dawson", "September 2008", Cell(["Completed", "(Under new arrangements the Trust's sub-groups have been established.)"])],
            ["(22) The Children's Trust look to reduce the size of the agenda for their meetings and the amount of paperwork sent to Trust members.",
             "Meena Kishinani / Alan Dawson", "", "Completed"],
            ["(3) The Children's Trust ensures that the strengths of the voluntary sector are fully utilised.",
             "Meena Kishinani / Justin Varney (PCT)", "November 2008", "Ongoing"],
        ], headerRows: 1)
        return doc
    }

    @Test func linksPlanRowsByTextAndWarnsOnNumbering() throws {
        let (review, diagnostics) = try segment(scrutinyStyle)
        #expect(review.document.kind == .scrutinyReport)
        #expect(review.document.authority == "Barking and Dagenham")
        #expect(review.document.date == "2008-10-08")
        #expect(review.recommendations.map(\.number) == ["1", "2", "3"])
        #expect(review.recommendations.map(\.theme) == ["Children's Trust meetings", "Children's Trust meetings", "Role of the Voluntary Sector"])
        #expect(review.recommendations.map(\.planNumber) == ["21", "22", "3"])
        #expect(review.recommendations.map(\.owners) == [["Caroline Martindale", "Alan Dawson"], ["Meena Kishinani", "Alan Dawson"], ["Meena Kishinani", "Justin Varney (PCT)"]])
        #expect(review.recommendations.map(\.due) == ["2008-09", nil, "2008-11"])
        #expect(review.recommendations.map(\.status) == [.completed, .completed, .ongoing])
        #expect(review.recommendations[0].progress == "Under new arrangements the Trust's sub-groups have been established.")
        #expect(review.recommendations.allSatisfy { $0.planLocation != nil })
        #expect(diagnostics.warnings.map(\.code) == ["plan-numbering-disagrees"])
        #expect(diagnostics.all.map(\.code) == ["plan-numbering-disagrees"])
    }

    @Test func readsNumberedParagraphsWithBulletsAsEvidence() throws {
        let (review, _) = try segment(scrutinyStyle)
        #expect(review.evidence.map(\.text) == ["However, areas of weakness included: meetings with large agendas", "Work is in hand to resolve these problems."])
        #expect(review.questions.isEmpty && review.domains.isEmpty)
    }

    @Test func readsPlanAsRecommendationsWhenNoneAreListed() throws {
        var doc = DocumentBuilder()
        doc.heading("Children's Trust Scrutiny Panel: Action Plan Progress Report")
        doc.table([
            ["Recommendation", "Officer responsible", "Date", "Progress"],
            ["(1) The Children's Trust institute a Forward Plan.", "Caroline Martindale", "September 2008", "Completed"],
            ["(2) A standing item on performance management.", "Meena Kishinani", "November 2008", "Ongoing"],
        ], headerRows: 1)
        let (review, diagnostics) = try segment(doc)
        #expect(review.document.kind == .actionPlan)
        #expect(review.recommendations.map(\.number) == ["1", "2"])
        #expect(review.recommendations.map(\.status) == [.completed, .ongoing])
        #expect(diagnostics.warnings.isEmpty)
    }

    @Test func givesEveryItemAnIdentifierInDocumentOrder() throws {
        let (review, _) = try segment(hertfordshireStyle)
        #expect(review.questions.map(\.id) == ["q1", "q2", "q3"])
        #expect(review.evidence.map(\.id) == ["e1", "e2"])
        #expect(review.actions.map(\.id) == ["a1", "a2"])
    }
}

/// Lines carrying HTML markup and tab-separated rows, as plain-text renditions hold them.
struct MarkupLineTests {
    @Test func readsRecommendationsFromEmbeddedListMarkup() throws {
        var doc = DocumentBuilder()
        doc.paragraph("REPORT OF THE CHILDREN'S TRUST SCRUTINY PANEL")
        doc.paragraph("<p><b>Children's Trust meetings</b></p> <ol style=\"list-style-type: none\"><li>(1) The Children's Trust institute a Forward Plan</li><li>(2) There is a standing item on performance management</li></ol>")
        let document = doc.document()
        var diagnostics = Diagnostics()
        let review = try Segmenter(framework: FrameworkFixture.set, vocabulary: FrameworkFixture.vocabulary).segment(document, diagnostics: &diagnostics)
        #expect(review.recommendations.map(\.number) == ["1", "2"])
        #expect(review.recommendations.map(\.theme) == ["Children's Trust meetings", "Children's Trust meetings"])
        let location = review.recommendations[0].location
        let scalars = Array(document.blocks[1].text.unicodeScalars)
        let addressed = String(String.UnicodeScalarView(scalars[location.start..<location.end]))
        #expect(addressed == "(1) The Children's Trust institute a Forward Plan")
    }

    @Test func readsTabSeparatedLineAsTableRow() {
        var doc = DocumentBuilder()
        doc.paragraph("Recommendation\tOfficer responsible\tDate")
        let entries = DocumentView(doc.document()).entries
        guard case .row(let row) = entries.first else {
            Issue.record("expected a row, got \(entries)")
            return
        }
        #expect(row.cells.map(\.text) == ["Recommendation", "Officer responsible", "Date"])
        #expect(row.cells.map(\.location.start) == [0, 15, 35])
    }

    @Test func warnsWhenActionRowHasNoAction() throws {
        var doc = DocumentBuilder()
        doc.paragraph("Luton’s Self Evaluation and Action Plan", bold: true)
        doc.heading("Integrated strategy")
        doc.table([["Actions", "Lead", "Progress"], ["", "Mark Mitchell", ""]], headerRows: 1)
        var diagnostics = Diagnostics()
        let review = try Segmenter(framework: FrameworkFixture.set, vocabulary: FrameworkFixture.vocabulary).segment(doc.document(), diagnostics: &diagnostics)
        #expect(review.actions.isEmpty)
        #expect(diagnostics.warnings.map(\.code) == ["table-row-unreadable"])
        #expect(diagnostics.warnings.first?.location?.cell == 1)
    }
}

/// Inputs the segmenter cannot or need not read.
struct SegmenterInputTests {
    @Test func rejectsFrameworkWithoutDomainsNamingTheFile() throws {
        let empty = Framework(id: "empty", name: "Empty", domains: [], ratingScales: [], progressScales: [])
        var diagnostics = Diagnostics()
        let document = DocumentBuilder().document(source: "Corpus/docx/empty-plan.docx")
        let error = try #require(throws: PipelineError.self) {
            try Segmenter(framework: empty, vocabulary: FrameworkFixture.vocabulary).segment(document, diagnostics: &diagnostics)
        }
        #expect(error.stage == "segment")
        #expect(error.file == "Corpus/docx/empty-plan.docx")
        #expect(error.reason == .invalidConfiguration)
    }

    @Test func readsEmptyDocumentAsOtherWithNothingFound() async throws {
        var diagnostics = Diagnostics()
        var work = PipelineWork(file: SourceFile(path: "empty.txt", data: []), document: DocumentBuilder().document())
        try await Segmenter(framework: FrameworkFixture.set, vocabulary: FrameworkFixture.vocabulary).run(&work, diagnostics: &diagnostics)
        let review = try #require(work.review)
        #expect(review.document.kind == .other)
        #expect(review.document.authority == nil && review.document.date == nil)
        #expect(review.questions.isEmpty && review.evidence.isEmpty && review.actions.isEmpty && review.recommendations.isEmpty)
        #expect(diagnostics.all.isEmpty)
    }
}

/// Plan rows that restate no recommendation.
struct PlanLinkingTests {
    @Test func warnsWhenPlanRowRestatesNoRecommendation() throws {
        var doc = DocumentBuilder()
        doc.heading("REPORT OF THE CHILDREN'S TRUST SCRUTINY PANEL")
        doc.item("(1)", "The Children's Trust institute a Forward Plan and work programme for Trust meetings")
        doc.table([
            ["Recommendation", "Officer responsible", "Date", "Progress"],
            ["(1) The Children's Trust institute a Forward Plan and work programme for Trust meetings.", "Caroline Martindale", "September 2008", "Completed"],
            ["(2) Councillors visit every children's centre in the borough twice a year.", "John Dawe", "December 2008", "Ongoing"],
        ], headerRows: 1)
        var diagnostics = Diagnostics()
        let review = try Segmenter(framework: FrameworkFixture.set, vocabulary: FrameworkFixture.vocabulary).segment(doc.document(), diagnostics: &diagnostics)
        #expect(review.recommendations.map(\.number) == ["1"])
        #expect(review.recommendations[0].owners == ["Caroline Martindale"])
        #expect(diagnostics.warnings.map(\.code) == ["plan-row-unlinked"])
        #expect(diagnostics.warnings[0].location?.row == 2)
    }
}
