/// The one error a stage throws when it cannot continue: which stage, which file, and what
/// went wrong in words a user can act on.
///
/// Printed by the CLI as `file: problem` with no stack trace.
public struct PipelineError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Why the stage stopped.
    public enum Reason: String, Codable, Hashable, Sendable {
        case unreadableFile = "unreadable-file"
        case emptyFile = "empty-file"
        case unsupportedFormat = "unsupported-format"
        case corruptArchive = "corrupt-archive"
        case missingPart = "missing-part"
        case tooLarge = "too-large"
        case forbiddenMarkup = "forbidden-markup"
        case malformedMarkup = "malformed-markup"
        case encrypted
        case damaged
        case invalidConfiguration = "invalid-configuration"
        case storeFailure = "store-failure"
        case invalidQuery = "invalid-query"
    }

    /// The stage that stopped (`extract`, `segment`, `store`, …).
    public var stage: String
    /// The file being worked on.
    public var file: String
    /// The kind of failure.
    public var reason: Reason
    /// What went wrong, in a sentence.
    public var message: String
    /// The underlying library's own message, kept verbatim (libxml2, poppler, SQLite).
    public var underlying: String?

    /// Creates an error.
    public init(stage: String, file: String, reason: Reason, message: String, underlying: String? = nil) {
        self.stage = stage
        self.file = file
        self.reason = reason
        self.message = message
        self.underlying = underlying
    }

    /// `file: message (underlying)` on one line.
    public var description: String {
        var line = "\(file): \(message)"
        if let underlying, !underlying.isEmpty { line += " (\(underlying))" }
        return line
    }
}
