public import PipelineCore

/// One named step of a pipeline run: reads and extends the work on one input file.
///
/// Steps wrap the typed stages (`Extractor`, `Segmenter`, `Tagger`) so that a pipeline file
/// can list them by name; each step checks that what it needs is already there.
public protocol PipelineStep: Sendable {
    /// The name a pipeline file uses for it (`tag`).
    var name: String { get }

    /// Runs the step on one file's work.
    /// - Throws: `PipelineError` when the file cannot go on; the runner adds the step name.
    func run(_ work: inout PipelineWork, diagnostics: inout Diagnostics) async throws
}

/// What a run has made of one input file so far.
public struct PipelineWork: Sendable {
    /// The input's bytes and name.
    public var file: SourceFile
    /// The extracted document, once `extract` has run.
    public var document: Document?
    /// The review data, once `segment` has run.
    public var review: ReviewDocument?
    /// True once `emit` has approved the document for the outputs.
    public var isReadyToEmit: Bool

    /// Starts the work on a file.
    public init(file: SourceFile, document: Document? = nil, review: ReviewDocument? = nil) {
        self.file = file
        self.document = document
        self.review = review
        self.isReadyToEmit = false
    }

    /// The review data, or an error saying which earlier stage the step needs.
    /// - Throws: `PipelineError(.invalidConfiguration)` when no stage has segmented the file.
    public func requireReview(for step: String) throws -> ReviewDocument {
        guard let review else {
            throw PipelineError(
                stage: step, file: file.path, reason: .invalidConfiguration,
                message: "the \(step) stage needs a segmented document; list segment before it in the pipeline")
        }
        return review
    }

    /// The extracted document, or an error saying the step needs extraction first.
    /// - Throws: `PipelineError(.invalidConfiguration)` when no stage has extracted the file.
    public func requireDocument(for step: String) throws -> Document {
        guard let document else {
            throw PipelineError(
                stage: step, file: file.path, reason: .invalidConfiguration,
                message: "the \(step) stage needs an extracted document; list extract before it in the pipeline")
        }
        return document
    }
}
