public import PipelineCore

/// One item found by a search, with where it came from.
public struct SearchHit: Codable, Hashable, Sendable {
    /// What kind of item it is.
    public var kind: ItemKind
    /// The item's id within its document (`e3`, `r12`).
    public var itemId: String
    /// The content hash of the document it is in.
    public var documentId: String
    /// The path the document was read from.
    public var source: String
    /// The document's title, or nil.
    public var title: String?
    /// The authority the document is about, or nil.
    public var authority: String?
    /// The document's date, or nil.
    public var documentDate: String?
    /// The domain section the item sits in, or nil.
    public var domain: String?
    /// SET questions the item is tagged with (or matched to, for a question).
    public var setQuestions: [String]
    /// The tracker id, for a recommendation or action.
    public var trackedId: String?
    /// The item's full text.
    public var text: String
    /// A window of the text with matched words wrapped in `**`.
    public var snippet: String
    /// Where the item is in its document.
    public var location: SourceLocation
    /// The store's relevance score (higher is better; bm25 on SQLite, ts_rank on PostgreSQL).
    public var score: Double

    /// Creates a hit.
    public init(
        kind: ItemKind, itemId: String, documentId: String, source: String, title: String?, authority: String?,
        documentDate: String?, domain: String?, setQuestions: [String], trackedId: String?, text: String,
        snippet: String, location: SourceLocation, score: Double
    ) {
        self.kind = kind
        self.itemId = itemId
        self.documentId = documentId
        self.source = source
        self.title = title
        self.authority = authority
        self.documentDate = documentDate
        self.domain = domain
        self.setQuestions = setQuestions
        self.trackedId = trackedId
        self.text = text
        self.snippet = snippet
        self.location = location
        self.score = score
    }
}
