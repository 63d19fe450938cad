public import PipelineCore

/// Scores one run's output against the gold answers of its document.
///
/// Items (recommendations, decisions, actions, questions, evidence) are first paired with
/// gold items one-to-one by word overlap (`TextMatcher`, numbers breaking ties); domains
/// pair by id. Then:
/// - a pair is a true positive for its item kind only when the normalised texts are equal;
///   a paired item whose text differs (truncated, merged, run on) is one FP and one FN, and
///   its character similarity is reported beside the counts;
/// - an unpaired gold item is one FN, an unpaired output item one FP;
/// - the fields of each pair, and the document's own facts, count TP when equal, FN when
///   only the gold gives a value, FP when only the output does, FP and FN when they differ,
///   nothing when both are null; owners compare as whole sets per item;
/// - a field with a `…VisibleIn` list is scored only in those formats; a field the gold file
///   does not label is not scored; warning codes count TP or FN only;
/// - an owner, date, status or rating the output gives where the gold says null or `[]` is
///   also counted as invented.
public struct Scorer: Sendable {
    /// How gold and output items are paired.
    public var matcher: TextMatcher

    /// Creates a scorer.
    public init(matcher: TextMatcher = TextMatcher()) {
        self.matcher = matcher
    }

    /// Scores a run's output.
    /// - Parameters:
    ///   - gold: The document's gold answers.
    ///   - output: The review document the run produced, or nil when the run failed.
    ///   - chain: The rendition chain the input came from (`docx-corpus`, `real`, …).
    ///   - format: The input's format (`docx`, `pdf`, `text`), for the `…VisibleIn` lists.
    public func score(gold: GoldDocument, output: ReviewDocument?, chain: String = "", format: String) -> DocumentScore {
        var tally = Tally()
        let info = output?.document
        let facts = gold.document
        tally.value("document.kind", facts.kind, info?.kind.rawValue)
        if !facts.unlabelled.contains("title") { tally.value("document.title", facts.title, info?.title, as: .name) }
        tally.value("document.authority", facts.authority, info?.authority, as: .name)
        tally.value("document.date", facts.date, info?.date, invented: .date)
        if !facts.unlabelled.contains("meeting") { tally.value("document.meeting", facts.meeting, info?.meeting, as: .name) }
        if !facts.unlabelled.contains("decisionNumber") {
            tally.value("document.decisionNumber", facts.decisionNumber, info?.decisionNumber, as: .name)
        }

        scoreDomains(gold.domains ?? [], output?.domains ?? [], format: format, into: &tally)
        scoreQuestions(gold.questions ?? [], output?.questions ?? [], format: format, into: &tally)
        scoreEvidence(gold.evidence ?? [], output?.evidence ?? [], into: &tally)
        scoreActions(gold.actions ?? [], output?.actions ?? [], format: format, into: &tally)
        scoreRecommendations(gold.recommendations ?? [], output?.recommendations ?? [], into: &tally)
        scoreDecisions(gold.decisions ?? [], output?.decisions ?? [], into: &tally)

        let emitted = Set((output?.warnings ?? []).map(\.code))
        for code in gold.warnings ?? [] {
            tally.add("warnings", emitted.contains(code) ? FieldCount(truePositives: 1) : FieldCount(falseNegatives: 1))
        }
        return DocumentScore(
            name: gold.name, chain: chain, format: format, split: gold.split, fields: tally.fields,
            similarity: tally.similarity, invented: tally.invented, tagging: tally.tagging)
    }

    // MARK: Item kinds

    private func scoreDomains(_ gold: [GoldDomain], _ output: [DomainSection], format: String, into tally: inout Tally) {
        // Domains carry ids on both sides: pair by id, in order.
        var remaining = Array(output.indices)
        for item in gold {
            guard let position = remaining.firstIndex(where: { output[$0].id == item.id }) else {
                tally.add("domain.item", FieldCount(falseNegatives: 1))
                continue
            }
            let match = output[remaining.remove(at: position)]
            tally.add("domain.item", FieldCount(truePositives: 1))
            tally.value("domain.heading", item.heading, match.heading, as: .words)
            if Self.visible(item.ratingVisibleIn, format) { tally.value("domain.rating", item.rating, match.rating?.level.rawValue, invented: .rating) }
        }
        for _ in remaining { tally.add("domain.item", FieldCount(falsePositives: 1)) }
    }

    private func scoreQuestions(_ gold: [GoldQuestion], _ output: [Question], format: String, into tally: inout Tally) {
        pair(
            "question", gold: gold.map { ($0.text, $0.label) }, output: output.map { ($0.text, $0.label) }, into: &tally
        ) { g, o, tally in
            let item = gold[g]
            let out = output[o]
            tally.value("question.setQuestion", item.setQuestion, out.setQuestion)
            if Self.visible(item.labelVisibleIn, format) { tally.value("question.label", item.label, out.label, as: .words) }
            tally.value("question.domain", item.domain, out.domain)
            if Self.visible(item.ratingVisibleIn, format) { tally.value("question.rating", item.rating, out.rating?.level.rawValue, invented: .rating) }
        } unmatchedGold: { _, _ in }
    }

    private func scoreEvidence(_ gold: [GoldEvidence], _ output: [EvidenceItem], into tally: inout Tally) {
        pair("evidence", gold: gold.map { ($0.text, nil) }, output: output.map { ($0.text, nil) }, into: &tally) { g, o, tally in
            tally.value("evidence.domain", gold[g].domain, output[o].domain)
            tally.tags(gold[g].tags, output[o].tags.map(\.setQuestion))
        } unmatchedGold: { g, tally in
            tally.unmatchedTags(gold[g].tags)
        }
    }

    private func scoreActions(_ gold: [GoldAction], _ output: [ActionItem], format: String, into tally: inout Tally) {
        pair("action", gold: gold.map { ($0.text, $0.label) }, output: output.map { ($0.text, $0.label) }, into: &tally) { g, o, tally in
            let item = gold[g]
            let out = output[o]
            tally.value("action.kind", item.kind, out.kind.rawValue)
            tally.value("action.domain", item.domain, out.domain)
            if Self.visible(item.labelVisibleIn, format) { tally.value("action.label", item.label, out.label, as: .words) }
            tally.owners("action.owners", item.owners ?? [], out.owners)
            tally.value("action.timeframe", item.timeframe, out.timeframe, as: .words)
            tally.value("action.due", item.due, out.due, invented: .date)
            tally.value("action.status", item.status, out.status?.rawValue, invented: .status)
            tally.tags(item.tags, out.tags.map(\.setQuestion))
        } unmatchedGold: { g, tally in
            tally.unmatchedTags(gold[g].tags)
        }
    }

    private func scoreRecommendations(_ gold: [GoldRecommendation], _ output: [Recommendation], into tally: inout Tally) {
        pair(
            "recommendation", gold: gold.map { ($0.text, $0.number) }, output: output.map { ($0.text, $0.number) }, into: &tally
        ) { g, o, tally in
            let item = gold[g]
            let out = output[o]
            tally.value("recommendation.number", item.number, out.number, as: .name)
            if !item.unlabelled.contains("verb") { tally.value("recommendation.verb", item.verb, out.verb, as: .name) }
            if !item.unlabelled.contains("addressee") { tally.value("recommendation.addressee", item.addressee, out.addressee, as: .name) }
            tally.value("recommendation.theme", item.theme, out.theme, as: .words)
            tally.owners("recommendation.owners", item.owners ?? [], out.owners)
            tally.value("recommendation.due", item.due, out.due, invented: .date)
            tally.value("recommendation.timeframe", item.timeframe, out.timeframe, as: .words)
            tally.value("recommendation.status", item.status, out.status?.rawValue, invented: .status)
            tally.value("recommendation.progress", item.progress, out.progress, as: .words)
            if !item.unlabelled.contains("planNumber") {
                tally.value("recommendation.planNumber", item.planNumber, out.planNumber, as: .words)
            }
            if !item.unlabelled.contains("response") { tally.value("recommendation.response", item.response, out.response, as: .words) }
            if !item.unlabelled.contains("responseDecision") {
                tally.value("recommendation.responseDecision", item.responseDecision, out.responseDecision?.rawValue, invented: .status)
            }
            tally.tags(item.tags, out.tags.map(\.setQuestion))
        } unmatchedGold: { g, tally in
            tally.unmatchedTags(gold[g].tags)
        }
    }

    private func scoreDecisions(_ gold: [GoldDecision], _ output: [Decision], into tally: inout Tally) {
        func key(_ item: String?, _ number: String?) -> String? {
            item == nil && number == nil ? nil : "\(item ?? "")/\(number ?? "")"
        }
        pair(
            "decision", gold: gold.map { ($0.text, key($0.item, $0.number)) }, output: output.map { ($0.text, key($0.item, $0.number)) },
            into: &tally
        ) { g, o, tally in
            let item = gold[g]
            let out = output[o]
            tally.value("decision.kind", item.kind, out.kind.rawValue)
            tally.value("decision.number", item.number, out.number, as: .name)
            tally.value("decision.agendaItem", item.item, out.item, as: .name)
            tally.value("decision.decisionMaker", item.decisionMaker, out.decisionMaker, as: .name)
            tally.value("decision.date", item.date, out.date, invented: .date)
        } unmatchedGold: { _, _ in }
    }

    /// Pairs items by text (numbers breaking ties), counts each kind's items by exact
    /// normalised text, and calls `fields` for every pair.
    private func pair(
        _ kind: String, gold: [(text: String, number: String?)], output: [(text: String, number: String?)], into tally: inout Tally,
        fields: (Int, Int, inout Tally) -> Void, unmatchedGold: (Int, inout Tally) -> Void
    ) {
        let pairs = matcher.match(
            gold: gold.map(\.text), output: output.map(\.text), goldNumbers: gold.map(\.number), outputNumbers: output.map(\.number))
        let outputByGold = Dictionary(uniqueKeysWithValues: pairs.map { ($0.gold, $0.output) })
        let pairedOutputs = Set(pairs.map(\.output))
        for g in gold.indices {
            guard let o = outputByGold[g] else {
                tally.add("\(kind).item", FieldCount(falseNegatives: 1))
                unmatchedGold(g, &tally)
                continue
            }
            let same = TextMatcher.normalised(gold[g].text) == TextMatcher.normalised(output[o].text)
            tally.add("\(kind).item", same ? FieldCount(truePositives: 1) : FieldCount(falsePositives: 1, falseNegatives: 1, mismatches: 1))
            tally.similarity = tally.similarity + SimilarityTally(sum: TextMatcher.characterSimilarity(gold[g].text, output[o].text), pairs: 1)
            fields(g, o, &tally)
        }
        for o in output.indices where !pairedOutputs.contains(o) {
            tally.add("\(kind).item", FieldCount(falsePositives: 1))
        }
    }

    static func visible(_ formats: [String]?, _ format: String) -> Bool {
        formats.map { $0.contains(format) } ?? true
    }
}

/// The kinds of value whose invention is counted.
public enum InventedKind: String, Codable, Hashable, Sendable, CaseIterable {
    case owner, date, status, rating
}

/// The running counts of one document's score.
private struct Tally {
    /// How two values are compared.
    enum Comparison {
        /// As written.
        case exact
        /// Case-folded words only (punctuation and quotes ignored).
        case words
        /// Case-folded, whitespace collapsed, quote style folded.
        case name
    }

    var fields: [String: FieldCount] = [:]
    var tagging = TaggingCount()
    var similarity = SimilarityTally()
    var invented: [String: Int] = [:]

    mutating func add(_ field: String, _ count: FieldCount) {
        fields[field, default: FieldCount()] = fields[field, default: FieldCount()] + count
    }

    /// Counts one value, and an invention when the gold says null and `invented` names the kind.
    mutating func value(_ field: String, _ gold: String?, _ output: String?, as comparison: Comparison = .exact, invented kind: InventedKind? = nil) {
        let g = gold.map { Self.normalise($0, comparison) }
        let o = output.map { Self.normalise($0, comparison) }
        switch (g, o) {
        case (nil, nil): return
        case (let g?, let o?) where g == o: add(field, FieldCount(truePositives: 1))
        case (_?, nil): add(field, FieldCount(falseNegatives: 1))
        case (nil, _?):
            add(field, FieldCount(falsePositives: 1))
            if let kind { invented[kind.rawValue, default: 0] += 1 }
        default: add(field, FieldCount(falsePositives: 1, falseNegatives: 1, mismatches: 1))
        }
    }

    /// Counts an item's owners as one value: right only when the whole set is right. Each
    /// owner given where the gold names none counts as invented.
    mutating func owners(_ field: String, _ gold: [String], _ output: [String]) {
        let g = Set(gold.map(TextMatcher.normalised))
        let o = Set(output.map(TextMatcher.normalised))
        switch (g.isEmpty, o.isEmpty) {
        case (true, true): return
        case (false, false) where g == o: add(field, FieldCount(truePositives: 1))
        case (false, true): add(field, FieldCount(falseNegatives: 1))
        case (true, false):
            add(field, FieldCount(falsePositives: 1))
            invented[InventedKind.owner.rawValue, default: 0] += o.count
        default: add(field, FieldCount(falsePositives: 1, falseNegatives: 1, mismatches: 1))
        }
    }

    /// Counts top-1 tagging for a paired gold item labelled with `tags`.
    mutating func tags(_ gold: [String]?, _ output: [String]) {
        guard let gold else { return }
        tagging.total += 1
        let first = output.first
        if (gold.isEmpty && first == nil) || (first.map { gold.contains($0) } ?? false) { tagging.correct += 1 }
    }

    /// Notes a gold item labelled with `tags` that nothing paired with.
    mutating func unmatchedTags(_ gold: [String]?) {
        if gold != nil { tagging.unmatched += 1 }
    }

    static func normalise(_ text: String, _ comparison: Comparison) -> String {
        switch comparison {
        case .exact: text
        case .words: TextMatcher.normalised(text)
        case .name: TextMatcher.normalisedName(text)
        }
    }
}
