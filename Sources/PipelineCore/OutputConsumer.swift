/// Receives what a pipeline run produces, one document at a time: the JSON writer, the
/// store and in-memory test capture all implement it.
public protocol OutputConsumer: Sendable {
    /// Takes one finished document: its extracted blocks and its review data.
    /// - Throws: when the output cannot be written; the run reports it against that file.
    func consume(_ review: ReviewDocument, extracted: Document) async throws

    /// Called once after the last document, to flush and close.
    func finish() async throws
}

extension OutputConsumer {
    /// Default: nothing to flush.
    public func finish() async throws {}
}
