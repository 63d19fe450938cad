import Evaluation
import Foundation
import PipelineCore
import Testing

/// The scorer on small hand-made gold/output pairs whose figures are counted by hand.
struct ScorerTests {
    static let location = SourceLocation(block: 0, start: 0, end: 1)

    static func output(
        title: String? = nil, authority: String? = "Thurrock", kind: DocumentKind = .selfEvaluation, date: String? = "2008",
        evidence: [EvidenceItem] = [], actions: [ActionItem] = [], recommendations: [Recommendation] = [],
        decisions: [Decision] = [], domains: [DomainSection] = [], warnings: [Warning] = []
    ) -> ReviewDocument {
        ReviewDocument(
            document: DocumentInfo(id: "x", source: "x.docx", format: .docx, title: title, authority: authority, kind: kind, date: date),
            domains: domains, evidence: evidence, actions: actions, recommendations: recommendations, decisions: decisions,
            warnings: warnings)
    }

    static func recommendation(_ number: String?, _ text: String, verb: String? = nil) -> Recommendation {
        Recommendation(id: "r-\(number ?? "")-\(text.count)", number: number, theme: nil, text: text, verb: verb, location: location)
    }

    static func action(_ text: String, owners: [String] = [], due: String? = nil, status: Status? = nil) -> ActionItem {
        ActionItem(id: "a-\(text.count)", domain: nil, text: text, owners: owners, due: due, status: status, location: location)
    }

    @Test func pairsItemsByWordsIgnoringCaseQuotesAndPunctuation() {
        let pairs = TextMatcher().match(
            gold: ["The NGO’s group meets monthly.", "Something else entirely"],
            output: ["something ELSE, entirely", "the NGO's group meets monthly"])
        #expect(Set(pairs.map { "\($0.gold)-\($0.output)" }) == ["0-1", "1-0"])
        #expect(TextMatcher.similarity("a b c d", "a b x y") == 0.5)
        #expect(TextMatcher.normalised("“The NGO’s  group,” meets") == TextMatcher.normalised("\"the NGO's group\" MEETS"))
    }

    @Test func aTruncatedRecommendationIsPairedButIsNotATextHit() {
        let gold = GoldDocument(
            name: "t", document: GoldInfo(kind: "committee-report"),
            recommendations: [GoldRecommendation(number: "a", verb: "NOTE", text: "To NOTE the report and its appendix.")])
        let out = Self.output(kind: .committeeReport, recommendations: [Self.recommendation("a", "To NOTE the report", verb: "NOTE")])
        let score = Scorer().score(gold: gold, output: out, format: "pdf")
        #expect(score.items("recommendation") == FieldCount(falsePositives: 1, falseNegatives: 1, mismatches: 1))
        #expect(score.items("recommendation").recall == 0)
        // The pair still carries its fields: the number and the verb are right.
        #expect(score.fields["recommendation.number"] == FieldCount(truePositives: 1))
        #expect(score.fields["recommendation.verb"] == FieldCount(truePositives: 1))
        // "to note the report" (18 characters) against "to note the report and its appendix" (35): 17 deleted.
        #expect(score.similarity == SimilarityTally(sum: 18.0 / 35.0, pairs: 1))
    }

    @Test func anExactTextIsAHitWhateverItsCaseQuotesAndSpacing() {
        let gold = GoldDocument(
            name: "t", document: GoldInfo(kind: "committee-report"),
            recommendations: [GoldRecommendation(number: "1", text: "To APPROVE the Council’s “Pay Policy” for 2025-26.")])
        let out = Self.output(kind: .committeeReport, recommendations: [Self.recommendation("1", "to approve the Council's \"Pay  Policy\" for 2025 26")])
        let score = Scorer().score(gold: gold, output: out, format: "pdf")
        #expect(score.items("recommendation") == FieldCount(truePositives: 1))
        #expect(score.similarity == SimilarityTally(sum: 1, pairs: 1))
    }

    @Test func twoItemsMergedIntoOneGiveOneUnpairedMissAndOneTextMiss() {
        let gold = GoldDocument(
            name: "t", document: GoldInfo(kind: "committee-report"),
            recommendations: [
                GoldRecommendation(number: "a", text: "To NOTE the report."),
                GoldRecommendation(number: "b", text: "To AGREE the plan for 2025."),
            ])
        let out = Self.output(kind: .committeeReport, recommendations: [Self.recommendation("a", "To NOTE the report. To AGREE the plan for 2025.")])
        let score = Scorer().score(gold: gold, output: out, format: "pdf")
        // The merged item pairs with (b) (overlap 12/16 beats (a)'s 8/14) and its text differs;
        // (a) is left unpaired: one FN more. Nothing counts as found.
        #expect(score.items("recommendation") == FieldCount(falsePositives: 1, falseNegatives: 2, mismatches: 1))
        #expect(score.items("recommendation").f1 == 0)
        #expect(score.fields["recommendation.number"] == FieldCount(falsePositives: 1, falseNegatives: 1, mismatches: 1))
    }

    @Test func numbersBreakTiesBetweenItemsWithTheSameWords() {
        let gold = GoldDocument(
            name: "t", document: GoldInfo(kind: "committee-report"),
            recommendations: [GoldRecommendation(number: "a", text: "To NOTE the report."), GoldRecommendation(number: "b", text: "To NOTE the report.")])
        let out = Self.output(kind: .committeeReport, recommendations: [Self.recommendation("b", "To NOTE the report."), Self.recommendation("a", "To NOTE the report.")])
        let score = Scorer().score(gold: gold, output: out, format: "pdf")
        #expect(score.items("recommendation") == FieldCount(truePositives: 2))
        #expect(score.fields["recommendation.number"] == FieldCount(truePositives: 2))
    }

    @Test func ownersCompareAsWholeListsPerItem() {
        let gold = GoldDocument(
            name: "t", document: GoldInfo(kind: "action-plan"),
            actions: [
                GoldAction(text: "Functions and purpose", owners: ["NGO Forum", "Engagement lead"]),
                GoldAction(text: "Agenda item at Trust board", owners: ["DCS", "Trust board"]),
            ])
        let out = Self.output(kind: .actionPlan, date: nil, actions: [
            Self.action("Functions and purpose", owners: ["Engagement Lead", "NGO Forum"]),
            Self.action("Agenda item at Trust board", owners: ["DCS"]),
        ])
        let score = Scorer().score(gold: gold, output: out, format: "pdf")
        // The first list is the same set in another order and case; the second lacks an owner,
        // so it is wrong although its first owner is right.
        #expect(score.fields["action.owners"] == FieldCount(truePositives: 1, falsePositives: 1, falseNegatives: 1, mismatches: 1))
        #expect(score.fields["action.owners"]?.accuracy == 0.5)
        #expect(score.inventedTotal == 0)
    }

    @Test func countsOwnersDatesAndStatusesTheGoldDoesNotHaveAsInvented() {
        let gold = GoldDocument(
            name: "t", document: GoldInfo(kind: "minutes", date: nil),
            actions: [GoldAction(text: "Report back on the pilot", owners: [], due: nil, status: nil)],
            decisions: [GoldDecision(kind: "resolution", item: "5", text: "the report be noted.", decisionMaker: "Cabinet", date: nil)])
        let out = Self.output(
            kind: .minutes, date: "2025-01-30",
            actions: [Self.action("Report back on the pilot", owners: ["Director of Education", "Cabinet Member"], due: "2025-03", status: .ongoing)],
            decisions: [Decision(id: "d", kind: .resolution, item: "5", text: "The report be noted", decisionMaker: "Cabinet", date: "2025-01-30", location: Self.location)])
        let score = Scorer().score(gold: gold, output: out, format: "pdf")
        #expect(score.invented == ["owner": 2, "date": 3, "status": 1])
        #expect(score.inventedTotal == 6)
        #expect(score.fields["action.owners"] == FieldCount(falsePositives: 1))
        #expect(score.items("decision") == FieldCount(truePositives: 1))
        #expect(score.fields["decision.agendaItem"] == FieldCount(truePositives: 1))
        #expect(score.fields["decision.decisionMaker"] == FieldCount(truePositives: 1))
    }

    @Test func scoresTheDocumentsFactsWithNamesCaseFoldedAndSpacesCollapsed() {
        let gold = GoldDocument(
            name: "t", document: GoldInfo(
                kind: "committee-report", title: "Commissioning Plan for Education Provision in Kent 2025-29",
                authority: "Kent County Council", date: "2025-01-30", meeting: "Cabinet", decisionNumber: "24/00096"))
        let out = Self.output(
            title: "COMMISSIONING PLAN  for Education Provision in Kent 2025-29", authority: "kent county council",
            kind: .committeeReport, date: "2025-01")
        let score = Scorer().score(gold: gold, output: out, format: "pdf")
        #expect(score.fields["document.kind"] == FieldCount(truePositives: 1))
        #expect(score.fields["document.title"] == FieldCount(truePositives: 1))
        #expect(score.fields["document.authority"] == FieldCount(truePositives: 1))
        #expect(score.fields["document.date"] == FieldCount(falsePositives: 1, falseNegatives: 1, mismatches: 1))
        #expect(score.fields["document.meeting"] == FieldCount(falseNegatives: 1))
        #expect(score.fields["document.decisionNumber"] == FieldCount(falseNegatives: 1))
    }

    @Test func leavesFieldsTheGoldFileDoesNotLabelUnscored() throws {
        let json = #"""
            {"name": "t", "document": {"kind": "scrutiny-report", "authority": null, "date": null},
             "recommendations": [{"number": "1", "theme": null, "text": "Institute a forward plan", "owners": []}]}
            """#
        let gold = try JSONDecoder().decode(GoldDocument.self, from: Data(json.utf8))
        #expect(gold.document.unlabelled == ["title", "meeting", "decisionNumber"])
        let out = Self.output(
            title: "Children’s Trust", authority: nil, kind: .scrutinyReport, date: nil,
            recommendations: [Self.recommendation("1", "Institute a forward plan", verb: "INSTITUTE")])
        let score = Scorer().score(gold: gold, output: out, format: "docx")
        #expect(score.fields["document.title"] == nil)
        #expect(score.fields["recommendation.verb"] == nil)
        #expect(score.items("recommendation") == FieldCount(truePositives: 1))
        // A plan number the file does not label is not scored; one it labels is.
        var numbered = out
        numbered.recommendations[0].planNumber = "21"
        #expect(Scorer().score(gold: gold, output: numbered, format: "docx").fields["recommendation.planNumber"] == nil)
        var labelled = gold
        labelled.recommendations?[0].planNumber = "21"
        labelled.recommendations?[0].unlabelled.remove("planNumber")
        #expect(Scorer().score(gold: labelled, output: numbered, format: "docx").fields["recommendation.planNumber"] == FieldCount(truePositives: 1))
        #expect(gold.recommendations?[0].unlabelled.contains("planNumber") == true)
    }

    @Test func scoresARatingOnlyInTheFormatsThatShowIt() {
        let gold = GoldDocument(
            name: "t", document: GoldInfo(),
            domains: [GoldDomain(id: "governance", heading: "Inter-agency governance", rating: "amber", ratingVisibleIn: ["docx", "pdf"])])
        let unrated = Self.output(authority: nil, kind: .other, date: nil, domains: [DomainSection(id: "governance", heading: "Inter-agency governance", location: Self.location)])
        let inText = Scorer().score(gold: gold, output: unrated, format: "text")
        #expect(inText.fields["domain.rating"] == nil)
        let inDOCX = Scorer().score(gold: gold, output: unrated, format: "docx")
        #expect(inDOCX.fields["domain.rating"] == FieldCount(falseNegatives: 1))
        #expect(inDOCX.fields["domain.item"] == FieldCount(truePositives: 1))
    }

    @Test func scoresTaggingTopOneOverLabelledItemsOnly() {
        let gold = GoldDocument(
            name: "t", document: GoldInfo(),
            evidence: [
                GoldEvidence(text: "Free training places on CAF and child protection", tags: ["PRO-1", "STR-3"]),
                GoldEvidence(text: "The meeting took place in the town hall", tags: []),
                GoldEvidence(text: "The commissioning strategy includes the sector", tags: ["STR-1"]),
                GoldEvidence(text: "Not labelled for tagging at all"),
                GoldEvidence(text: "Missing from the output completely", tags: ["GOV-1"]),
            ])
        let out = Self.output(evidence: [
            EvidenceItem(id: "e1", domain: nil, text: "Free training places on CAF and child protection", tags: [Tag(setQuestion: "STR-3", score: 2, terms: [])], location: Self.location),
            EvidenceItem(id: "e2", domain: nil, text: "The meeting took place in the town hall", location: Self.location),
            EvidenceItem(id: "e3", domain: nil, text: "The commissioning strategy includes the sector", tags: [Tag(setQuestion: "STR-4", score: 2, terms: [])], location: Self.location),
            EvidenceItem(id: "e4", domain: nil, text: "Not labelled for tagging at all", tags: [Tag(setQuestion: "GOV-2", score: 2, terms: [])], location: Self.location),
        ])
        let score = Scorer().score(gold: gold, output: out, format: "pdf")
        #expect(score.tagging == TaggingCount(correct: 2, total: 3, unmatched: 1))
        #expect(score.items("evidence") == FieldCount(truePositives: 4, falseNegatives: 1))
    }

    @Test func countsRequiredWarningCodesWithoutPenalisingOthers() {
        let gold = GoldDocument(name: "t", document: GoldInfo(), warnings: ["plan-numbering-disagrees", "rating-ambiguous"])
        let out = Self.output(warnings: [Warning(code: "plan-numbering-disagrees", message: ""), Warning(code: "question-unmatched", message: "")])
        let score = Scorer().score(gold: gold, output: out, format: "pdf")
        #expect(score.fields["warnings"] == FieldCount(truePositives: 1, falseNegatives: 1))
    }

    @Test func countsEveryGoldItemAndFactMissedWhenTheRunFailed() {
        let gold = GoldDocument(
            name: "t", document: GoldInfo(kind: "scrutiny-report", authority: "Barking and Dagenham"),
            recommendations: [GoldRecommendation(number: "1", theme: "Meetings", text: "Institute a forward plan", owners: ["A", "B"], status: "completed")])
        let score = Scorer().score(gold: gold, output: nil, format: "pdf")
        #expect(score.total == FieldCount(falseNegatives: 3))
        #expect(score.total.f1 == 0)
    }

    @Test func computesPrecisionRecallF1AndAccuracy() {
        let count = FieldCount(truePositives: 8, falsePositives: 2, falseNegatives: 8, mismatches: 2)
        #expect(count.precision == 0.8)
        #expect(count.recall == 0.5)
        #expect(abs(count.f1 - 16.0 / 26.0) < 1e-12)
        #expect(count.accuracy == 0.5)
        #expect(TextMatcher.characterSimilarity("kitten", "sitting") == 1 - 3.0 / 7.0)
    }
}
