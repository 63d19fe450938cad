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
    /// For each stem, the questions holding it (by index) and how often, in question order.
    private let postings: [String: [(document: Int, count: Double)]]
    /// Each question's BM25 length normalisation.
    private let norms: [Double]

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
        var postings: [String: [(document: Int, count: Double)]] = [:]
        for (index, document) in documents.enumerated() {
            for (stem, count) in document.counts { postings[stem, default: []].append((index, Double(count))) }
        }
        self.postings = postings
        let averageLength = self.averageLength
        norms = documents.map { Self.k1 * (1 - Self.b + Self.b * Double($0.length) / averageLength) }
    }

    /// Scores the item by BM25 against each question that shares a word with it.
    public func evaluate(_ item: TaggableItem) -> [RuleMatch] {
        // Each stem counts once per question, by its first term; each written word (an acronym
        // with its expansion) counts once per question, by its best-scoring term. The item's
        // stems are looked up once, reaching only the questions that hold them.
        var best = [[Int: (stem: String, score: Double)]](repeating: [:], count: documents.count)
        var seen = Set<String>()
        for term in item.terms where seen.insert(term.stem).inserted {
            guard let holders = postings[term.stem], let weight = idf[term.stem] else { continue }
            for (index, tf) in holders {
                let score = weight * tf * (Self.k1 + 1) / (tf + norms[index])
                if score > best[index][term.origin]?.score ?? 0 { best[index][term.origin] = (term.stem, score) }
            }
        }
        var matches: [RuleMatch] = []
        for (index, document) in documents.enumerated() where !best[index].isEmpty {
            let found = best[index]
            // Summed in word order, so the total is the same in every process.
            let score = found.keys.sorted().reduce(0) { $0 + (found[$1]?.score ?? 0) }
            if score > 0 {
                let matched = Set(found.values.map(\.stem))
                matches.append(RuleMatch(question: document.id, score: score, terms: item.terms.filter { matched.contains($0.stem) }))
            }
        }
        return matches
    }
}
