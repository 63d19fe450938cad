public import PipelineCore

/// Boosts the questions of the domain section an item sits in: evidence under "Integrated
/// strategy" more likely answers a strategy question. A prior only: it never tags alone; the
/// tagger multiplies a question's score by (1 + weight).
public struct DomainPriorRule: TaggingRule {
    /// The rule's name in the pipeline file's weights.
    public let name = "domain-prior"
    /// A prior: it boosts, never tags alone.
    public var isPrior: Bool { true }
    private let questionsByDomain: [String: [String]]

    /// Builds the domain → questions table.
    public init(framework: Framework) {
        var table: [String: [String]] = [:]
        for domain in framework.domains { table[domain.id] = domain.questions.map(\.id) }
        questionsByDomain = table
    }

    /// Scores 1 for every question of the item's domain.
    public func evaluate(_ item: TaggableItem) -> [RuleMatch] {
        guard let domain = item.domain, let questions = questionsByDomain[domain] else { return [] }
        return questions.map { RuleMatch(question: $0, score: 1, terms: []) }
    }
}
