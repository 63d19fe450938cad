import EvidenceTagging
import Foundation
import Evaluation
import TestSupport
import Testing

/// The tagger against the hand-labelled tags of the gold files, item texts and domains
/// taken from the gold itself, so tagging is measured apart from segmentation.
struct GoldTaggingTests {
    struct Labelled {
        var text: String
        var domain: String?
        var tags: [String]
    }

    static func labelledItems() throws -> [Labelled] {
        let gold = try Evaluator.goldFiles(in: Corpus.root.appendingPathComponent("gold"))
        var items: [Labelled] = []
        for document in gold {
            items += (document.evidence ?? []).compactMap { e in e.tags.map { Labelled(text: e.text, domain: e.domain, tags: $0) } }
            items += (document.actions ?? []).compactMap { a in a.tags.map { Labelled(text: a.text, domain: a.domain, tags: $0) } }
            items += (document.recommendations ?? []).compactMap { r in r.tags.map { Labelled(text: r.text, domain: nil, tags: $0) } }
        }
        return items
    }

    @Test func firstTagAgreesWithTheGoldOnMostLabelledItems() throws {
        let tagger = try ShippedTagger.make()
        let items = try Self.labelledItems()
        try #require(items.count >= 40)
        var correct = 0
        var misses: [String] = []
        for item in items {
            let first = tagger.tags(for: item.text, domain: item.domain).first
            if (item.tags.isEmpty && first == nil) || (first.map { item.tags.contains($0.setQuestion) } ?? false) {
                correct += 1
            } else {
                misses.append("gold \(item.tags) got \(first.map { "\($0.setQuestion) \($0.score) \($0.terms)" } ?? "none"): \(item.text.prefix(110))")
            }
        }
        let accuracy = Double(correct) / Double(items.count)
        if ProcessInfo.processInfo.environment["SCRUTINEER_VERBOSE"] == "1" {
            print("tagging top-1 on gold texts: \(correct)/\(items.count) = \(accuracy)")
            misses.forEach { print($0) }
        }
        #expect(accuracy >= 0.85, "\(correct)/\(items.count)")
    }
}
