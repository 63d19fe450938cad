public import PipelineCore

/// Loads each review document into a store as the pipeline emits it, and keeps a tally.
public actor StoreConsumer: OutputConsumer {
    private let store: any ReviewStore
    /// How many documents were inserted, left unchanged and replaced so far.
    public private(set) var outcomes: [IngestOutcome: Int] = [:]

    /// Creates a consumer writing into `store` (already migrated).
    public init(store: any ReviewStore) {
        self.store = store
    }

    /// Loads one document.
    /// - Throws: `PipelineError(.storeFailure)`; the store keeps its state from before this document.
    public func consume(_ review: ReviewDocument, extracted: Document) async throws {
        let outcome = try await store.ingest(review)
        outcomes[outcome, default: 0] += 1
    }

    /// Closes the store.
    public func finish() async throws {
        try await store.close()
    }
}
