public import PipelineCore

/// Keeps every document it is given in memory, in arrival order: for evaluation and tests.
public actor CollectingConsumer: OutputConsumer {
    /// The documents received so far.
    public private(set) var reviews: [ReviewDocument] = []

    /// Creates an empty collector.
    public init() {}

    /// Keeps the document.
    public func consume(_ review: ReviewDocument, extracted: Document) async throws {
        reviews.append(review)
    }
}
