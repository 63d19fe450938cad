/// What a stage reads or adds to the work on one file.
public enum Artifact: String, Sendable, CaseIterable {
    /// The input file's bytes and name (every run starts with it).
    case file
    /// The extracted `Document`.
    case document
    /// The `ReviewDocument` of domains, questions, evidence, actions and recommendations.
    case review
    /// The approval that sends the review to the outputs.
    case approval

    /// How an error message names it.
    public var description: String {
        switch self {
        case .file: return "an input file"
        case .document: return "an extracted document"
        case .review: return "a segmented review"
        case .approval: return "an approval to emit"
        }
    }
}

/// One named stage of a pipeline: reads what earlier stages made of one input file and adds
/// its own part, recording non-fatal findings as diagnostics.
///
/// Each stage declares what it consumes and produces, so a pipeline's order is checked once
/// when it loads (`[tag, segment]` is refused there, naming `tag` and the review it lacks).
/// The runner reports `[i/n] stage file` and adds the stage's name to any error it throws.
public protocol Stage: Sendable {
    /// The name a pipeline file lists it by (`extract`, `segment`, `tag`, `emit`).
    var name: String { get }
    /// What must be there before it runs.
    var consumes: [Artifact] { get }
    /// What it adds.
    var produces: [Artifact] { get }

    /// Runs the stage on one file's work.
    /// - Parameters:
    ///   - work: What the run has made of the file so far; the stage adds its product.
    ///   - diagnostics: Where non-fatal findings go.
    /// - Throws: `PipelineError` when the file cannot go on; the runner adds the stage name.
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

    /// The review data, or an error naming the stage that needed it.
    /// - Throws: `PipelineError(.invalidConfiguration)` when the stage runs outside a checked pipeline before any segmenting.
    public func requireReview(for stage: String) throws -> ReviewDocument {
        guard let review else { throw Self.missing(Artifact.review, stage: stage, file: file.path) }
        return review
    }

    /// The extracted document, or an error naming the stage that needed it.
    /// - Throws: `PipelineError(.invalidConfiguration)` when the stage runs outside a checked pipeline before any extraction.
    public func requireDocument(for stage: String) throws -> Document {
        guard let document else { throw Self.missing(Artifact.document, stage: stage, file: file.path) }
        return document
    }

    private static func missing(_ artifact: Artifact, stage: String, file: String) -> PipelineError {
        PipelineError(stage: stage, file: file, reason: .invalidConfiguration, message: "the \(stage) stage needs \(artifact.description)")
    }
}

/// The bytes of one input file and the name to report it by.
public struct SourceFile: Sendable {
    /// The path as the user gave it; used in errors and as `Document.source`.
    public var path: String
    /// The file's bytes.
    public var data: [UInt8]

    /// Creates a source file from bytes already read.
    public init(path: String, data: [UInt8]) {
        self.path = path
        self.data = data
    }
}

/// Turns one input file of a given format into a `Document`.
public protocol DocumentExtractor: Sendable {
    /// The format this extractor reads.
    var format: DocumentFormat { get }

    /// Extracts the document.
    /// - Parameters:
    ///   - file: The input's bytes and name.
    ///   - diagnostics: Where non-fatal findings go (an unreadable table row, a dropped field).
    /// - Throws: `PipelineError` naming the file and the problem when the file cannot be read.
    func extract(_ file: SourceFile, diagnostics: inout Diagnostics) throws -> Document
}
