public import PipelineCore

/// Scores an item by the framework's per-question `keywords` it contains ("safeguarding",
/// "child protection"); a keyword that several questions share counts for less.
public struct KeywordRule: TaggingRule {
    private struct Keyword: Sendable {
        var question: String
        var stems: [String]
        var weight: Double
    }

    /// The rule's name in the pipeline file's weights.
    public let name = "keywords"
    private let keywords: [Keyword]

    /// Builds the keyword table.
    /// - Parameters:
    ///   - framework: The questions and their keywords.
    ///   - analyzer: How keywords are turned into terms.
    public init(framework: Framework, analyzer: TextAnalyzer) {
        var raw: [(question: String, stems: [String])] = []
        for question in framework.questions {
            var seen = Set<[String]>()
            for keyword in question.keywords {
                let key = analyzer.terms(in: keyword, expand: false).map(\.stem)
                if !key.isEmpty, seen.insert(key).inserted { raw.append((question.id, key)) }
            }
        }
        var shared: [[String]: Set<String>] = [:]
        for entry in raw { shared[entry.stems, default: []].insert(entry.question) }
        // Longer keywords first, so "child protection" is counted before "protection"; sorted
        // once here rather than for every item.
        keywords = raw.map { Keyword(question: $0.question, stems: $0.stems, weight: 1 / Double(shared[$0.stems]?.count ?? 1)) }
            .sorted(by: { $0.stems.count > $1.stems.count })
    }

    /// Sums the weights of the keywords the item contains, per question.
    public func evaluate(_ item: TaggableItem) -> [RuleMatch] {
        let stems = item.terms.map(\.stem)
        var scores: [String: Double] = [:]
        var matched: [String: Set<Int>] = [:]
        var covered: [String: Set<Int>] = [:]
        var order: [String] = []
        // Where each stem occurs, so a keyword is looked up, not searched for.
        var stemPositions: [String: [Int]] = [:]
        for (index, stem) in stems.enumerated() { stemPositions[stem, default: []].append(index) }
        // A written word already counted for a question (CAF, then its expansion) is not counted again.
        for keyword in keywords {
            for start in Self.occurrences(of: keyword.stems, in: stems, positions: stemPositions) {
                let positions = Set(start..<start + keyword.stems.count)
                let origins = Set(positions.map { item.terms[$0].origin })
                guard !origins.isSubset(of: covered[keyword.question] ?? []) else { continue }
                if scores[keyword.question] == nil { order.append(keyword.question) }
                scores[keyword.question, default: 0] += keyword.weight
                covered[keyword.question, default: []].formUnion(origins)
                matched[keyword.question, default: []].formUnion(positions)
                break
            }
        }
        return order.map { question in
            let indices = matched[question] ?? []
            let terms = item.terms.indices.filter { indices.contains($0) }.map { item.terms[$0] }
            return RuleMatch(question: question, score: scores[question] ?? 0, terms: terms)
        }
    }

    /// Where the phrase starts in `stems`, in order.
    private static func occurrences(of phrase: [String], in stems: [String], positions: [String: [Int]]) -> [Int] {
        guard let first = phrase.first, phrase.count <= stems.count, let starts = positions[first] else { return [] }
        return starts.filter { start in
            guard start + phrase.count <= stems.count else { return false }
            for offset in 1..<phrase.count where stems[start + offset] != phrase[offset] { return false }
            return true
        }
    }
}
