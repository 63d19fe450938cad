import PipelineCore
import Testing
import TestSupport
@testable import Segmentation

/// The segmenter on the real renditions of the seed documents, checked against the gold answers.
struct CorpusSegmentationTests {
    @Test(arguments: CorpusReview.renditions(of: "barking-dagenham-scrutiny"))
    func linksTwentyRecommendationsToTheirPlanRows(rendition: String) throws {
        let (_, review, diagnostics) = try CorpusReview.review(rendition)
        let gold = try GoldFile.load("barking-dagenham-scrutiny")
        #expect(review.document.kind == .scrutinyReport)
        #expect(review.recommendations.map(\.number) == (1...20).map(String.init))
        try #require(review.recommendations.count == gold.recommendations.count)
        for (found, expected) in zip(review.recommendations, gold.recommendations) {
            #expect(found.theme == expected.theme, "theme of (\(expected.number ?? ""))")
            #expect(found.owners == expected.owners, "owners of (\(expected.number ?? ""))")
            #expect(found.due == expected.due, "due of (\(expected.number ?? ""))")
            #expect(found.status?.rawValue == expected.status, "status of (\(expected.number ?? ""))")
            #expect(found.planNumber == expected.planNumber, "plan label of (\(expected.number ?? ""))")
            #expect(found.planLocation != nil, "plan row of (\(expected.number ?? ""))")
        }
        #expect(diagnostics.warnings.map(\.code) == ["plan-numbering-disagrees"])
        #expect(diagnostics.all.map(\.code) == ["plan-numbering-disagrees"])
    }

    @Test(arguments: CorpusReview.renditions(of: "hertfordshire-self-evaluation"))
    func readsThirteenGradedQuestionsAndTwentyFourLedActions(rendition: String) throws {
        let (_, review, _) = try CorpusReview.review(rendition)
        let gold = try GoldFile.load("hertfordshire-self-evaluation")
        #expect(review.questions.map(\.setQuestion) == gold.questions.map(\.setQuestion))
        #expect(review.questions.map(\.text) == gold.questions.map(\.text))
        #expect(review.questions.map { $0.rating?.raw } == gold.questions.map(\.ratingRaw))
        #expect(review.questions.map { $0.rating?.level.rawValue } == gold.questions.map(\.rating))
        #expect(review.actions.count == 24)
        #expect(review.actions.allSatisfy { !$0.owners.isEmpty && $0.kind == .action })
        #expect(review.actions.map { $0.owners.first } == gold.actions.map { $0.owners?.first })
        #expect(review.actions.map(\.domain) == gold.actions.map(\.domain))
    }

    @Test(arguments: CorpusReview.renditions(of: "thurrock-self-evaluation"))
    func readsQuestionsAreasPlanRowsAndShadedRatings(rendition: String) throws {
        let (_, review, _) = try CorpusReview.review(rendition)
        let gold = try GoldFile.load("thurrock-self-evaluation")
        #expect(review.questions.count == 13)
        #expect(review.questions.map(\.setQuestion) == gold.questions.map(\.setQuestion))
        #expect(Set(review.questions.compactMap(\.domain)) == ["governance", "strategy", "processes", "delivery"])
        let areas = review.actions.filter { $0.kind == .areaForDevelopment }
        let goldAreas = gold.actions.filter { $0.kind == "area-for-development" }
        #expect(areas.map(\.domain) == goldAreas.map(\.domain))
        let rows = review.actions.filter { $0.kind == .action }
        let goldRows = gold.actions.filter { $0.kind == "action" }
        // The text rendition keeps the seed's own spacing ("management ,standards"); compare words.
        let words = { (text: String) in text.split { !$0.isLetter && !$0.isNumber }.map { $0.lowercased() } }
        #expect(rows.map { words($0.text) } == goldRows.map { words($0.text) })
        #expect(rows.map(\.due) == goldRows.map(\.due))
        #expect(rows.map(\.domain) == goldRows.map(\.domain))
        let format = String(rendition.split(separator: "/")[0])
        for domain in gold.domains {
            let found = review.domains.first { $0.id == domain.id }
            let visible = domain.ratingVisibleIn?.contains(format) ?? true
            #expect(found?.rating?.level.rawValue == (visible ? domain.rating : nil), "rating of \(domain.id)")
        }
    }

    @Test(arguments: CorpusReview.allRenditions)
    func countsMatchTheGoldAnswers(rendition: String) throws {
        let seed = String(rendition.split(separator: "/")[1].split(separator: ".")[0])
        let (_, review, _) = try CorpusReview.review(rendition)
        let gold = try GoldFile.load(seed)
        #expect(review.document.kind.rawValue == gold.document.kind)
        #expect(review.document.authority == gold.document.authority)
        #expect(review.document.date == gold.document.date)
        #expect(review.domains.map(\.id).sorted() == gold.domains.map(\.id).sorted())
        #expect(review.questions.count == gold.questions.count)
        #expect(review.evidence.count == gold.evidence.count)
        #expect(review.actions.count == gold.actions.count)
        #expect(review.recommendations.count == gold.recommendations.count)
    }

    @Test(arguments: CorpusReview.allRenditions)
    func readsItemTextsAsTheGoldWritesThem(rendition: String) throws {
        let seed = String(rendition.split(separator: "/")[1].split(separator: ".")[0])
        let (_, review, _) = try CorpusReview.review(rendition)
        let gold = try GoldFile.load(seed)
        #expect(review.questions.map(\.text) == gold.questions.map(\.text))
        #expect(review.evidence.map(\.text) == gold.evidence.map(\.text))
        #expect(review.evidence.map(\.domain) == gold.evidence.map(\.domain))
        #expect(review.recommendations.map(\.text) == gold.recommendations.map(\.text))
    }

    /// Every owner, timeframe and written rating in the output appears in the source text
    /// of its location; a rating read from shading names a colour a cell there carries.
    @Test(arguments: CorpusReview.allRenditions + ["updates/barking-dagenham-progress-2009.docx", "updates/barking-dagenham-progress-2009.pdf"])
    func inventsNothing(rendition: String) throws {
        let (document, review, _) = try CorpusReview.review(rendition)
        func source(_ location: PipelineCore.SourceLocation?) -> String {
            guard let location, location.block < document.blocks.count else { return "" }
            let block = document.blocks[location.block]
            var texts = [block.text]
            if let table = block.table, let row = location.row, row < table.rows.count {
                texts += table.rows[row].cells.map(\.text)
            }
            return flatten(texts.joined(separator: "\n"))
        }
        func shadings(_ location: PipelineCore.SourceLocation) -> Set<String> {
            let blocks = document.blocks.filter { $0.kind == .table }
            return Set(blocks.flatMap { $0.table!.rows.flatMap { $0.cells.compactMap(\.shading) } })
        }
        for action in review.actions {
            let text = source(action.location)
            for owner in action.owners { #expect(text.contains(flatten(owner)), "owner \(owner) of \(action.id)") }
            if let timeframe = action.timeframe { #expect(text.contains(flatten(timeframe)), "timeframe of \(action.id)") }
            if action.due != nil { #expect(action.timeframe != nil) }
        }
        for recommendation in review.recommendations {
            let text = source(recommendation.planLocation)
            for owner in recommendation.owners { #expect(text.contains(flatten(owner)), "owner \(owner) of \(recommendation.id)") }
            if let timeframe = recommendation.timeframe { #expect(text.contains(flatten(timeframe)), "timeframe of \(recommendation.id)") }
            if recommendation.due != nil { #expect(recommendation.timeframe != nil) }
        }
        for question in review.questions {
            if let rating = question.rating { #expect(source(question.location).contains(rating.raw), "rating of \(question.id)") }
        }
        for domain in review.domains {
            guard let raw = domain.rating?.raw else { continue }
            let colour = String(raw.dropFirst("shading #".count))
            #expect(raw.hasPrefix("shading #") && shadings(domain.location).contains(colour), "rating of \(domain.id)")
        }
    }

    @Test(arguments: ["updates/barking-dagenham-progress-2009.docx", "updates/barking-dagenham-progress-2009.pdf"])
    func readsProgressReportAsActionPlanWithStatuses(rendition: String) throws {
        let (_, review, _) = try CorpusReview.review(rendition)
        #expect(review.document.kind == .actionPlan)
        #expect(review.document.authority == "Barking and Dagenham")
        #expect(review.document.date == "2009-10-14")
        #expect(review.recommendations.map(\.number) == (1...20).map(String.init))
        let statuses = review.recommendations.compactMap(\.status)
        #expect(statuses.filter { $0 == .completed }.count == 6)
        #expect(statuses.filter { $0 == .ongoing }.count == 13)
        #expect(statuses.filter { $0 == .notStarted }.count == 1)
        #expect(review.recommendations[19].owners == ["John Dawe"])
    }

    @Test(arguments: CorpusReview.allRenditions)
    func segmentsDeterministically(rendition: String) throws {
        let document = try CorpusReview.document(rendition)
        var first = Diagnostics(), second = Diagnostics()
        let a = try Segmenter(framework: FrameworkFixture.set, vocabulary: FrameworkFixture.vocabulary).segment(document, diagnostics: &first)
        let b = try Segmenter(framework: FrameworkFixture.set, vocabulary: FrameworkFixture.vocabulary).segment(document, diagnostics: &second)
        #expect(try Golden.json(a) == Golden.json(b))
    }
}

/// Text with all whitespace removed and tags stripped, for containment checks.
func flatten(_ text: String) -> String {
    String(TextTools.stripTags(text).filter { !$0.isWhitespace })
}

/// Locations point at the text an item was read from.
struct CorpusLocationTests {
    @Test(arguments: CorpusReview.allRenditions)
    func locationsAddressTheItemsText(rendition: String) throws {
        let (document, review, _) = try CorpusReview.review(rendition)
        func addressed(_ location: PipelineCore.SourceLocation) -> String {
            let block = document.blocks[location.block]
            var text = block.text
            if let row = location.row, let cell = location.cell, let table = block.table {
                text = table.rows[row].cells[cell].text
            }
            let scalars = Array(text.unicodeScalars)
            guard location.start <= location.end, location.end <= scalars.count else { return "" }
            return String(String.UnicodeScalarView(scalars[location.start..<location.end]))
        }
        let items: [(String, PipelineCore.SourceLocation)] =
            review.questions.map { ($0.text, $0.location) } + review.evidence.map { ($0.text, $0.location) }
            + review.actions.map { ($0.text, $0.location) } + review.recommendations.map { ($0.text, $0.location) }
        for (text, location) in items {
            let opening = flatten(String(text.prefix(25)))
            #expect(flatten(addressed(location)).contains(opening), "\(text.prefix(40)) at block \(location.block)")
        }
    }
}
