import Pipeline
import PipelineCore
import Testing

struct ScorerTests {
    let location = SourceLocation(block: 0, start: 0, end: 1)

    func output(
        evidence: [EvidenceItem] = [], actions: [ActionItem] = [], recommendations: [Recommendation] = [],
        domains: [DomainSection] = [], warnings: [Warning] = []
    ) -> ReviewDocument {
        ReviewDocument(
            document: DocumentInfo(id: "x", source: "x.docx", format: .docx, authority: "Thurrock", kind: .selfEvaluation, date: "2008"),
            domains: domains, evidence: evidence, actions: actions, recommendations: recommendations, warnings: warnings)
    }

    @Test func matchesItemsByWordsIgnoringCaseQuotesAndPunctuation() {
        let pairs = TextMatcher().match(
            gold: ["The NGO’s group meets monthly.", "Something else entirely"],
            output: ["something ELSE, entirely", "the NGO's group meets monthly"])
        #expect(pairs.map(\.gold) == [0, 1] || pairs.map(\.gold) == [1, 0])
        #expect(Set(pairs.map { "\($0.gold)-\($0.output)" }) == ["0-1", "1-0"])
        #expect(TextMatcher.similarity("a b c d", "a b x y") == 0.5)
    }

    @Test func countsDocumentFieldsAsTruePositivesFalsePositivesAndFalseNegatives() throws {
        let gold = GoldDocument(name: "t", document: GoldInfo(kind: "self-evaluation", authority: "Thurrock", date: "2008-10"))
        let score = try Scorer().score(gold: gold, output: output(), format: "docx")
        #expect(score.fields["document.kind"] == FieldCount(truePositives: 1))
        #expect(score.fields["document.authority"] == FieldCount(truePositives: 1))
        #expect(score.fields["document.date"] == FieldCount(falsePositives: 1, falseNegatives: 1))
    }

    @Test func countsUnmatchedGoldAndExtraOutputItemsPerField() throws {
        let gold = GoldDocument(
            name: "t", document: GoldInfo(kind: "self-evaluation", authority: "Thurrock", date: "2008"),
            actions: [
                GoldAction(kind: "action", domain: "governance", text: "Functions and purpose", owners: ["NGO Forum", "Engagement lead"], timeframe: "Dec 08 – Mar 09", due: "2009-03"),
                GoldAction(kind: "action", domain: "governance", text: "Agenda item at Trust board", owners: ["DCS"], timeframe: "Sept 08", due: "2008-09"),
            ])
        let out = output(actions: [
            ActionItem(id: "a1", kind: .action, domain: "governance", text: "Functions and purpose", owners: ["NGO Forum", "Engagement Lead", "TCVS"], due: "2009-03", timeframe: "Dec 08 - Mar 09", location: location),
            ActionItem(id: "a2", kind: .action, domain: "strategy", text: "Completely unrelated words here", location: location),
        ])
        let score = try Scorer().score(gold: gold, output: out, format: "docx")
        #expect(score.fields["action.item"] == FieldCount(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        // Owners count one by one: two right, one extra, and the unmatched item's one missed.
        #expect(score.fields["action.owners"] == FieldCount(truePositives: 2, falsePositives: 1, falseNegatives: 1))
        #expect(score.fields["action.due"] == FieldCount(truePositives: 1, falseNegatives: 1))
        #expect(score.fields["action.timeframe"] == FieldCount(truePositives: 1, falseNegatives: 1))
        #expect(score.fields["action.domain"] == FieldCount(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(score.fields["action.status"] == nil)
    }

    @Test func scoresARatingOnlyInTheFormatsThatShowIt() throws {
        let gold = GoldDocument(
            name: "t", document: GoldInfo(),
            domains: [GoldDomain(id: "governance", heading: "Inter-agency governance", rating: "amber", ratingVisibleIn: ["docx", "pdf"])])
        let unrated = output(domains: [DomainSection(id: "governance", heading: "Inter-agency governance", location: location)])
        let inText = try Scorer().score(gold: gold, output: unrated, format: "text")
        #expect(inText.fields["domain.rating"] == nil)
        let inDOCX = try Scorer().score(gold: gold, output: unrated, format: "docx")
        #expect(inDOCX.fields["domain.rating"] == FieldCount(falseNegatives: 1))
        #expect(inDOCX.fields["domain.item"] == FieldCount(truePositives: 1))
    }

    @Test func scoresTaggingTopOneOverLabelledItemsOnly() throws {
        let gold = GoldDocument(
            name: "t", document: GoldInfo(),
            evidence: [
                GoldEvidence(text: "Free training places on CAF and child protection", tags: ["PRO-1", "STR-3"]),
                GoldEvidence(text: "The meeting took place in the town hall", tags: []),
                GoldEvidence(text: "The commissioning strategy includes the sector", tags: ["STR-1"]),
                GoldEvidence(text: "Not labelled for tagging at all"),
                GoldEvidence(text: "Missing from the output completely", tags: ["GOV-1"]),
            ])
        let out = output(evidence: [
            EvidenceItem(id: "e1", domain: nil, text: "Free training places on CAF and child protection", tags: [Tag(setQuestion: "STR-3", score: 2, terms: [])], location: location),
            EvidenceItem(id: "e2", domain: nil, text: "The meeting took place in the town hall", location: location),
            EvidenceItem(id: "e3", domain: nil, text: "The commissioning strategy includes the sector", tags: [Tag(setQuestion: "STR-4", score: 2, terms: [])], location: location),
            EvidenceItem(id: "e4", domain: nil, text: "Not labelled for tagging at all", tags: [Tag(setQuestion: "GOV-2", score: 2, terms: [])], location: location),
        ])
        let score = try Scorer().score(gold: gold, output: out, format: "pdf")
        #expect(score.tagging == TaggingCount(correct: 2, total: 3, unmatched: 1))
    }

    @Test func countsRequiredWarningCodesWithoutPenalisingOthers() throws {
        let gold = GoldDocument(name: "t", document: GoldInfo(), warnings: ["plan-numbering-disagrees", "rating-ambiguous"])
        let out = output(warnings: [Warning(code: "plan-numbering-disagrees", message: ""), Warning(code: "question-unmatched", message: "")])
        let score = try Scorer().score(gold: gold, output: out, format: "pdf")
        #expect(score.fields["warnings"] == FieldCount(truePositives: 1, falseNegatives: 1))
    }

    @Test func countsEverythingMissedWhenTheRunFailed() throws {
        let gold = GoldDocument(
            name: "t", document: GoldInfo(kind: "scrutiny-report"),
            recommendations: [GoldRecommendation(number: "1", theme: "Meetings", text: "Institute a forward plan", owners: ["A", "B"], status: "completed")])
        let score = try Scorer().score(gold: gold, output: nil, format: "pdf")
        #expect(score.total == FieldCount(falseNegatives: 7))
        #expect(score.total.f1 == 0)
    }

    @Test func computesPrecisionRecallAndF1() {
        let count = FieldCount(truePositives: 8, falsePositives: 2, falseNegatives: 8)
        #expect(count.precision == 0.8)
        #expect(count.recall == 0.5)
        #expect(abs(count.f1 - 16.0 / 26.0) < 1e-12)
    }
}
