/// A keyword search: the user's query text and the filters that narrow it.
public struct SearchQuery: Hashable, Sendable {
    /// The query in the search language (words, "phrases", prefix*, AND/OR/NOT, parentheses).
    public var text: String
    /// Only items in this domain section (`governance`, …).
    public var domain: String?
    /// Only items tagged with, or questions matched to, this SET question (`GOV-1`).
    public var setQuestion: String?
    /// Only documents about this authority (case-insensitive).
    public var authority: String?
    /// Only items of this kind.
    public var kind: ItemKind?
    /// Only documents dated on or after this ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    public var from: String?
    /// Only documents dated on or before this ISO date.
    public var to: String?
    /// The most hits to return.
    public var limit: Int

    /// Creates a search.
    public init(
        text: String, domain: String? = nil, setQuestion: String? = nil, authority: String? = nil,
        kind: ItemKind? = nil, from: String? = nil, to: String? = nil, limit: Int = 20
    ) {
        self.text = text
        self.domain = domain
        self.setQuestion = setQuestion
        self.authority = authority
        self.kind = kind
        self.from = from
        self.to = to
        self.limit = limit
    }
}
