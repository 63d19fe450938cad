public import PipelineCore

/// The tag stage: gives each evidence item, action and recommendation ranked SET-question
/// tags, each with its score and the item's own words that matched, by combining weighted
/// rules. An item whose best score stays under the threshold gets no tag rather than a wrong one.
public struct Tagger: Stage {
    /// The stage name.
    public let name = "tag"
    /// A segmented review.
    public let consumes: [Artifact] = [.review]
    /// The same review, tagged.
    public let produces: [Artifact] = [.review]
    /// The rules combined, in the order they run.
    public let rules: [any TaggingRule]
    /// Threshold, weights and limits.
    public let options: TaggingOptions
    private let analyzer: TextAnalyzer
    private let questionOrder: [String: Int]

    /// Creates a tagger with the standard rules: question text (BM25), keywords and the
    /// domain prior, each weighted by `options.weights`.
    /// - Parameters:
    ///   - framework: The questions to tag with.
    ///   - glossary: Acronyms to expand in items and questions alike.
    ///   - options: Threshold, weights, limits and extra stop words.
    public init(framework: Framework, glossary: Glossary, options: TaggingOptions = .defaults) {
        let analyzer = TextAnalyzer(glossary: glossary, extraStopWords: options.stopWords)
        self.init(
            framework: framework, analyzer: analyzer, options: options,
            rules: [
                QuestionTextRule(framework: framework, analyzer: analyzer),
                KeywordRule(framework: framework, analyzer: analyzer),
                DomainPriorRule(framework: framework),
            ])
    }

    /// Creates a tagger from any rules.
    public init(framework: Framework, analyzer: TextAnalyzer, options: TaggingOptions, rules: [any TaggingRule]) {
        self.analyzer = analyzer
        self.options = options
        self.rules = rules.filter { (options.weights[$0.name] ?? 0) > 0 }
        var order: [String: Int] = [:]
        for (index, question) in framework.questions.enumerated() { order[question.id] = index }
        questionOrder = order
    }

    /// Tags one text.
    /// - Parameters:
    ///   - text: The item's text.
    ///   - domain: The domain section it sits in, or nil.
    /// - Returns: Up to `maxTags` tags, best first; empty when nothing reaches the threshold.
    public func tags(for text: String, domain: String?) -> [Tag] {
        let item = TaggableItem(text: text, domain: domain, terms: analyzer.terms(in: text))
        var content: [String: Double] = [:]
        var prior: [String: Double] = [:]
        var terms: [String: Set<Term>] = [:]
        for rule in rules {
            let weight = options.weights[rule.name] ?? 0
            for match in rule.evaluate(item) {
                if rule.isPrior {
                    prior[match.question, default: 0] += weight * match.score
                } else {
                    content[match.question, default: 0] += weight * match.score
                    terms[match.question, default: []].formUnion(match.terms)
                }
            }
        }
        let ranked = content.filter { $0.value > 0 }
            .map { (question: $0.key, score: $0.value * (1 + (prior[$0.key] ?? 0))) }
            .sorted { ($1.score, questionOrder[$0.question] ?? .max) < ($0.score, questionOrder[$1.question] ?? .max) }
        guard let best = ranked.first?.score, best >= options.threshold else { return [] }
        return ranked
            .filter { $0.score >= options.threshold && $0.score >= best * options.relativeCutoff }
            .prefix(max(options.maxTags, 0))
            .map { entry in
                let matched = terms[entry.question] ?? []
                return Tag(
                    setQuestion: entry.question, score: Self.rounded(entry.score),
                    terms: Self.surfaces(item.terms.filter { matched.contains($0) }))
            }
    }

    /// Tags every evidence item, action and recommendation of the work's review.
    /// - Throws: `PipelineError` when the work has no review.
    public func run(_ work: inout PipelineWork, diagnostics: inout Diagnostics) async throws {
        work.review = tag(try work.requireReview(for: name))
    }

    /// The document with tags set on its evidence, actions and recommendations.
    public func tag(_ review: ReviewDocument) -> ReviewDocument {
        var out = review
        for index in out.evidence.indices {
            out.evidence[index].tags = tags(for: out.evidence[index].text, domain: out.evidence[index].domain)
        }
        for index in out.actions.indices {
            out.actions[index].tags = tags(for: out.actions[index].text, domain: out.actions[index].domain)
        }
        for index in out.recommendations.indices {
            out.recommendations[index].tags = tags(for: out.recommendations[index].text, domain: nil)
        }
        return out
    }

    /// The distinct words as written, in the order they occur.
    private static func surfaces(_ terms: [Term]) -> [String] {
        var seen = Set<String>()
        return terms.map(\.surface).filter { seen.insert($0.lowercased()).inserted }
    }

    /// Scores rounded to three decimals so output stays readable and stable.
    private static func rounded(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }
}
