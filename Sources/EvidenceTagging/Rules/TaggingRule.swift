/// One way of scoring an item against the framework's questions; the tagger combines the
/// scores of all its rules, each weighted by the pipeline file.
public protocol TaggingRule: Sendable {
    /// The rule's name, as used for its weight in the pipeline file (`keywords`).
    var name: String { get }
    /// True when the rule only boosts questions other rules already found (a prior), and
    /// never creates a tag by itself.
    var isPrior: Bool { get }
    /// Scores the item against each question it finds something for.
    func evaluate(_ item: TaggableItem) -> [RuleMatch]
}

extension TaggingRule {
    /// Default: the rule finds evidence of its own.
    public var isPrior: Bool { false }
}

/// An item to tag, analysed once and shared by every rule.
public struct TaggableItem: Sendable {
    /// The item's own text.
    public var text: String
    /// The domain section the item sits in, if any.
    public var domain: String?
    /// The text's terms in reading order.
    public var terms: [Term]

    /// Creates an analysed item.
    public init(text: String, domain: String?, terms: [Term]) {
        self.text = text
        self.domain = domain
        self.terms = terms
    }
}

/// What one rule found for one question: a score and the item's terms that earned it.
public struct RuleMatch: Hashable, Sendable {
    /// The SET question id.
    public var question: String
    /// The rule's unweighted score (higher is surer).
    public var score: Double
    /// The item's terms that matched.
    public var terms: [Term]

    /// Creates a match.
    public init(question: String, score: Double, terms: [Term]) {
        self.question = question
        self.score = score
        self.terms = terms
    }
}
