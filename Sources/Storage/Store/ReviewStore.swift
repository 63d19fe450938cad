public import PipelineCore

/// Where review documents are kept, searched and tracked: one protocol, implemented over
/// SQLite (``SQLiteStore``) and PostgreSQL (``PostgresStore``), checked by one test suite.
public protocol ReviewStore: Sendable {
    /// Brings the schema up to the current version; safe to call on every start.
    /// - Throws: `PipelineError(.storeFailure)` when the store cannot be reached or upgraded.
    func migrate() async throws

    /// Loads one review document in a single transaction: unchanged when its content hash is
    /// stored; replacing an older version from the same source; otherwise inserted.
    /// - Throws: `PipelineError(.storeFailure)`; the store is then as it was before the call.
    func ingest(_ review: ReviewDocument) async throws -> IngestOutcome

    /// Ranked keyword search over evidence, actions, recommendations and questions.
    /// - Throws: `PipelineError(.invalidQuery)` for a malformed query or filter.
    func search(_ query: SearchQuery) async throws -> SearchResults

    /// Tracked recommendations and actions passing `filter`, by authority, kind and label.
    func trackedItems(filter: TrackerFilter) async throws -> [TrackedItem]

    /// One tracked item and its history, or nil when no item has that id.
    func history(id: String) async throws -> TrackedItemHistory?

    /// Records a manual status update in an item's history and returns the new state.
    /// - Throws: `PipelineError(.storeFailure)` when no item has that id.
    func recordUpdate(_ update: ManualUpdate) async throws -> TrackedItemHistory

    /// Row counts of every table.
    func counts() async throws -> StoreCounts

    /// Releases connections; the store is unusable afterwards.
    func close() async throws
}
