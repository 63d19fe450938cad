import Foundation
public import PipelineCore

/// Scores an item by BM25 against each question's own words (its text and variant
/// wordings), so an item that uses a question's rarer words ranks that question first.
public struct QuestionTextRule: TaggingRule {
    /// BM25 term-frequency saturation.
    static let k1 = 1.2
    /// BM25 length normalisation.
    static let b = 0.75

    private struct QuestionDocument: Sendable {
        var id: String
        var counts: [String: Int]
        var length: Int
    }

    /// The rule's name in the pipeline file's weights.
    public let name = "question-text"
    private let documents: [QuestionDocument]
    private let idf: [String: Double]
    private let averageLength: Double

    /// Builds the question index.
    /// - Parameters:
    ///   - framework: The questions to score against.
    ///   - analyzer: How question texts are turned into terms.
    public init(framework: Framework, analyzer: TextAnalyzer) {
        var documents: [QuestionDocument] = []
        for question in framework.questions {
            var counts: [String: Int] = [:]
            for term in analyzer.terms(in: question.text) { counts[term.stem, default: 0] += 1 }
            // Variants add the words they bring, without re-counting the shared ones.
            for variant in question.variants {
                for term in analyzer.terms(in: variant) where counts[term.stem] == nil { counts[term.stem] = 1 }
            }
            documents.append(QuestionDocument(id: question.id, counts: counts, length: counts.values.reduce(0, +)))
        }
        var frequency: [String: Int] = [:]
        for document in documents { for stem in document.counts.keys { frequency[stem, default: 0] += 1 } }
        let n = Double(documents.count)
        idf = frequency.mapValues { df in
            let d = Double(df)
            return Foundation.log(1 + (n - d + 0.5) / (d + 0.5))
        }
        self.documents = documents
        averageLength = documents.isEmpty ? 1 : Double(documents.map(\.length).reduce(0, +)) / n
    }

    /// Scores the item by BM25 against each question that shares a word with it.
    public func evaluate(_ item: TaggableItem) -> [RuleMatch] {
        var matches: [RuleMatch] = []
        for document in documents {
            // Each stem counts once, and each written word (an acronym with its expansion)
            // counts once, by its best-scoring term.
            var best: [Int: (stem: String, score: Double)] = [:]
            var counted = Set<String>()
            for term in item.terms where !counted.contains(term.stem) {
                guard let tf = document.counts[term.stem].map(Double.init), let weight = idf[term.stem] else { continue }
                counted.insert(term.stem)
                let norm = Self.k1 * (1 - Self.b + Self.b * Double(document.length) / averageLength)
                let score = weight * tf * (Self.k1 + 1) / (tf + norm)
                if score > best[term.origin]?.score ?? 0 { best[term.origin] = (term.stem, score) }
            }
            // Summed in word order, so the total is the same in every process.
            let score = best.keys.sorted().reduce(0) { $0 + (best[$1]?.score ?? 0) }
            if score > 0 {
                let matched = Set(best.values.map(\.stem))
                matches.append(RuleMatch(question: document.id, score: score, terms: item.terms.filter { matched.contains($0.stem) }))
            }
        }
        return matches
    }
}
