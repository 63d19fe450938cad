import Foundation
public import PipelineCore

/// Scores one run's output against the gold answers of its seed: gold items are paired
/// with output items by text, then every field is counted as a true positive, false
/// positive or false negative, and tagging is scored top-1.
///
/// Counting rules: a field both sides leave null counts nothing; equal values are a TP;
/// a value only the output has is a FP, only the gold has a FN, and differing values are
/// both. An unmatched gold item is a FN for its item and each of its non-null fields; an
/// extra output item is a FP likewise. Owners count per owner. A field with a
/// `…VisibleIn` list is scored only in those formats. Warning codes count TP or FN only
/// (a run may rightly warn about more than the gold lists).
public struct Scorer: Sendable {
    /// How gold and output items are paired.
    public var matcher: TextMatcher

    /// Creates a scorer.
    public init(matcher: TextMatcher = TextMatcher()) {
        self.matcher = matcher
    }

    /// Scores a run's output.
    /// - Parameters:
    ///   - gold: The seed's gold answers.
    ///   - output: The review document the run produced, or nil when the run failed.
    ///   - format: The rendition's format (`docx`, `pdf`, `text`).
    public func score(gold: GoldDocument, output: ReviewDocument?, format: String) throws -> DocumentScore {
        let scored: ScoredOutput? = try output.map { try JSONDecoder().decode(ScoredOutput.self, from: JSONOutput.encode($0)) }
        var tally = Tally()
        let info = scored?.document
        tally.value("document.kind", gold.document.kind, info?.kind)
        tally.value("document.authority", gold.document.authority, info?.authority)
        tally.value("document.date", gold.document.date, info?.date)

        scoreDomains(gold.domains ?? [], scored?.domains ?? [], format: format, into: &tally)
        scoreQuestions(gold.questions ?? [], scored?.questions ?? [], format: format, into: &tally)
        scoreEvidence(gold.evidence ?? [], scored?.evidence ?? [], into: &tally)
        scoreActions(gold.actions ?? [], scored?.actions ?? [], into: &tally)
        scoreRecommendations(gold.recommendations ?? [], scored?.recommendations ?? [], into: &tally)

        let emitted = Set((scored?.warnings ?? []).map(\.code))
        for code in gold.warnings ?? [] {
            tally.add("warnings", emitted.contains(code) ? FieldCount(truePositives: 1) : FieldCount(falseNegatives: 1))
        }
        return DocumentScore(name: gold.name, format: format, fields: tally.fields, tagging: tally.tagging)
    }

    // MARK: Item kinds

    private func scoreDomains(_ gold: [GoldDomain], _ output: [ScoredOutput.Domain], format: String, into tally: inout Tally) {
        // Domains carry ids on both sides: pair by id, in order.
        var remaining = Array(output.indices)
        for item in gold {
            let visible = item.ratingVisibleIn.map { $0.contains(format) } ?? true
            guard let position = remaining.firstIndex(where: { output[$0].id == item.id }) else {
                tally.add("domain.item", FieldCount(falseNegatives: 1))
                tally.value("domain.heading", item.heading, nil, text: true)
                if visible { tally.value("domain.rating", item.rating, nil) }
                continue
            }
            let match = output[remaining.remove(at: position)]
            tally.add("domain.item", FieldCount(truePositives: 1))
            tally.value("domain.heading", item.heading, match.heading, text: true)
            if visible { tally.value("domain.rating", item.rating, match.rating?.level) }
        }
        for index in remaining {
            tally.add("domain.item", FieldCount(falsePositives: 1))
            tally.value("domain.heading", nil, output[index].heading, text: true)
            tally.value("domain.rating", nil, output[index].rating?.level)
        }
    }

    private func scoreQuestions(_ gold: [GoldQuestion], _ output: [ScoredOutput.Question], format: String, into tally: inout Tally) {
        pair(gold.map(\.text), output.map(\.text), kind: "question", into: &tally) { g, o, tally in
            let item = g.map { gold[$0] }
            let out = o.map { output[$0] }
            tally.value("question.setQuestion", item?.setQuestion, out?.setQuestion)
            tally.value("question.label", item?.label, out?.label, text: true)
            tally.value("question.domain", item?.domain, out?.domain)
            let visible = item?.ratingVisibleIn.map { $0.contains(format) } ?? true
            if visible { tally.value("question.rating", item?.rating, out?.rating?.level) }
        }
    }

    private func scoreEvidence(_ gold: [GoldEvidence], _ output: [ScoredOutput.Evidence], into tally: inout Tally) {
        pair(gold.map(\.text), output.map(\.text), kind: "evidence", into: &tally) { g, o, tally in
            let item = g.map { gold[$0] }
            let out = o.map { output[$0] }
            tally.value("evidence.domain", item?.domain, out?.domain)
            tally.tags(item?.tags, out?.tags?.map(\.setQuestion), matched: out != nil)
        }
    }

    private func scoreActions(_ gold: [GoldAction], _ output: [ScoredOutput.Action], into tally: inout Tally) {
        pair(gold.map(\.text), output.map(\.text), kind: "action", into: &tally) { g, o, tally in
            let item = g.map { gold[$0] }
            let out = o.map { output[$0] }
            tally.value("action.kind", item?.kind, out?.kind)
            tally.value("action.domain", item?.domain, out?.domain)
            tally.value("action.label", item?.label, out?.label, text: true)
            tally.set("action.owners", item?.owners ?? [], out?.owners ?? [])
            tally.value("action.timeframe", item?.timeframe, out?.timeframe, text: true)
            tally.value("action.due", item?.due, out?.due)
            tally.value("action.status", item?.status, out?.status)
            tally.tags(item?.tags, out?.tags?.map(\.setQuestion), matched: out != nil)
        }
    }

    private func scoreRecommendations(_ gold: [GoldRecommendation], _ output: [ScoredOutput.Recommendation], into tally: inout Tally) {
        pair(gold.map(\.text), output.map(\.text), kind: "recommendation", into: &tally) { g, o, tally in
            let item = g.map { gold[$0] }
            let out = o.map { output[$0] }
            tally.value("recommendation.number", item?.number, out?.number, text: true)
            tally.value("recommendation.theme", item?.theme, out?.theme, text: true)
            tally.set("recommendation.owners", item?.owners ?? [], out?.owners ?? [])
            tally.value("recommendation.due", item?.due, out?.due)
            tally.value("recommendation.timeframe", item?.timeframe, out?.timeframe, text: true)
            tally.value("recommendation.status", item?.status, out?.status)
            tally.value("recommendation.progress", item?.progress, out?.progress, text: true)
            tally.value("recommendation.planNumber", item?.planNumber, out?.planNumber, text: true)
            tally.tags(item?.tags, out?.tags?.map(\.setQuestion), matched: out != nil)
        }
    }

    /// Pairs items by text and calls `fields` for each matched pair, unmatched gold item
    /// (output nil) and extra output item (gold nil).
    private func pair(
        _ gold: [String], _ output: [String], kind: String, into tally: inout Tally,
        fields: (Int?, Int?, inout Tally) -> Void
    ) {
        let pairs = matcher.match(gold: gold, output: output)
        let outputByGold = Dictionary(uniqueKeysWithValues: pairs.map { ($0.gold, $0.output) })
        let matchedOutputs = Set(pairs.map(\.output))
        for g in gold.indices {
            let o = outputByGold[g]
            tally.add("\(kind).item", o == nil ? FieldCount(falseNegatives: 1) : FieldCount(truePositives: 1))
            fields(g, o, &tally)
        }
        for o in output.indices where !matchedOutputs.contains(o) {
            tally.add("\(kind).item", FieldCount(falsePositives: 1))
            fields(nil, o, &tally)
        }
    }
}

/// The running counts of one document's score.
private struct Tally {
    var fields: [String: FieldCount] = [:]
    var tagging = TaggingCount()

    mutating func add(_ field: String, _ count: FieldCount) {
        fields[field, default: FieldCount()] = fields[field, default: FieldCount()] + count
    }

    /// Counts one value; `text` compares case-folded words only.
    mutating func value(_ field: String, _ gold: String?, _ output: String?, text: Bool = false) {
        let g = gold.map { text ? Self.normalised($0) : $0 }
        let o = output.map { text ? Self.normalised($0) : $0 }
        switch (g, o) {
        case (nil, nil): return
        case (let g?, let o?) where g == o: add(field, FieldCount(truePositives: 1))
        case (_?, nil): add(field, FieldCount(falseNegatives: 1))
        case (nil, _?): add(field, FieldCount(falsePositives: 1))
        default: add(field, FieldCount(falsePositives: 1, falseNegatives: 1))
        }
    }

    /// Counts a set of values element by element.
    mutating func set(_ field: String, _ gold: [String], _ output: [String]) {
        let g = Set(gold.map(Self.normalised))
        let o = Set(output.map(Self.normalised))
        let count = FieldCount(
            truePositives: g.intersection(o).count, falsePositives: o.subtracting(g).count, falseNegatives: g.subtracting(o).count)
        if count != FieldCount() { add(field, count) }
    }

    /// Counts top-1 tagging for a gold item labelled with `tags`.
    mutating func tags(_ gold: [String]?, _ output: [String]?, matched: Bool) {
        guard let gold else { return }
        guard matched else {
            tagging.unmatched += 1
            return
        }
        tagging.total += 1
        let first = output?.first
        if (gold.isEmpty && first == nil) || (first.map { gold.contains($0) } ?? false) { tagging.correct += 1 }
    }

    static func normalised(_ text: String) -> String {
        TextMatcher.tokens(text).joined(separator: " ")
    }
}
