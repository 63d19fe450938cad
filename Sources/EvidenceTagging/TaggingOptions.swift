/// The tagger's tunable numbers and word lists, read from a pipeline file's `options.tagging`
/// so they can change without recompiling.
public struct TaggingOptions: Codable, Hashable, Sendable {
    /// The lowest combined score a tag may have; below it the item gets no tag rather than a wrong one.
    public var threshold: Double
    /// The most tags an item keeps.
    public var maxTags: Int
    /// Tags scoring below this fraction of the item's best tag are dropped.
    public var relativeCutoff: Double
    /// Weight of each rule by its name (`question-text`, `keywords`, `domain-prior`); a rule
    /// with weight 0 or no entry is not run.
    public var weights: [String: Double]
    /// Words too common in these documents to signal a topic ("children", "sector").
    public var stopWords: [String]

    /// The defaults used when a pipeline file leaves a value out.
    public static let defaults = TaggingOptions(
        threshold: 1.0, maxTags: 3, relativeCutoff: 0.5,
        weights: ["question-text": 1.0, "keywords": 1.0, "domain-prior": 0.5], stopWords: [])

    /// Creates options.
    public init(threshold: Double, maxTags: Int, relativeCutoff: Double, weights: [String: Double], stopWords: [String]) {
        self.threshold = threshold
        self.maxTags = maxTags
        self.relativeCutoff = relativeCutoff
        self.weights = weights
        self.stopWords = stopWords
    }

    enum CodingKeys: String, CodingKey { case threshold, maxTags, relativeCutoff, weights, stopWords }

    /// Decodes options; every key may be omitted and then takes its default.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        threshold = try c.decodeIfPresent(Double.self, forKey: .threshold) ?? d.threshold
        maxTags = try c.decodeIfPresent(Int.self, forKey: .maxTags) ?? d.maxTags
        relativeCutoff = try c.decodeIfPresent(Double.self, forKey: .relativeCutoff) ?? d.relativeCutoff
        weights = try c.decodeIfPresent([String: Double].self, forKey: .weights) ?? d.weights
        stopWords = try c.decodeIfPresent([String].self, forKey: .stopWords) ?? d.stopWords
    }
}
