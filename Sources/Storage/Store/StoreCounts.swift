/// Row counts of every table, for checking that a reload changed nothing.
public struct StoreCounts: Codable, Hashable, Sendable {
    /// Stored documents.
    public var documents: Int
    /// Searchable items (evidence, actions, recommendations, questions).
    public var items: Int
    /// Entries in the full-text index.
    public var indexed: Int
    /// SET tags on items.
    public var tags: Int
    /// Tracked recommendations and actions.
    public var trackedItems: Int
    /// Status observations in the tracker's history.
    public var observations: Int

    /// Creates counts.
    public init(documents: Int, items: Int, indexed: Int, tags: Int, trackedItems: Int, observations: Int) {
        self.documents = documents
        self.items = items
        self.indexed = indexed
        self.tags = tags
        self.trackedItems = trackedItems
        self.observations = observations
    }
}
