/// A named pipeline step: a plain value in, a plain value out, findings recorded on the way.
///
/// Stages never reach back into earlier ones; their inputs and outputs are `Codable` so any
/// hand-off can be written to disk and compared against a golden file.
public protocol Stage: Sendable {
    /// What the stage reads.
    associatedtype Input: Sendable
    /// What the stage produces.
    associatedtype Output: Sendable

    /// A readable name shown in progress lines and errors (`extract`, `segment`).
    var name: String { get }

    /// Runs the stage.
    /// - Parameters:
    ///   - input: The previous stage's output.
    ///   - diagnostics: Where non-fatal findings go.
    /// - Throws: `PipelineError` when the stage cannot continue.
    func run(_ input: Input, diagnostics: inout Diagnostics) async throws -> Output
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
