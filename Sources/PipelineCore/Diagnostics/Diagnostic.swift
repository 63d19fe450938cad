/// A non-fatal finding of a stage: something a reviewer should know, with where it is.
///
/// Stages throw only when they cannot continue; everything else becomes a `Diagnostic`.
public struct Diagnostic: Codable, Hashable, Sendable {
    /// How serious the finding is.
    public enum Severity: String, Codable, Hashable, Sendable, Comparable {
        case note, warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            let order: [Severity] = [.note, .warning, .error]
            return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        }
    }
    /// How serious it is.
    public var severity: Severity
    /// Stable identifier of the kind of finding (`docx.unreadable-table-row`).
    public var code: String
    /// One-sentence summary.
    public var message: String
    /// The file it concerns.
    public var file: String?
    /// Where in the document.
    public var location: SourceLocation?

    /// Creates a diagnostic.
    public init(severity: Severity, code: String, message: String, file: String? = nil, location: SourceLocation? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.file = file
        self.location = location
    }
}

/// Collects the diagnostics of a run; passed `inout` through stages.
public struct Diagnostics: Codable, Hashable, Sendable {
    /// Everything recorded so far, in order.
    public private(set) var all: [Diagnostic] = []

    /// Creates an empty collection.
    public init() {}

    /// Records a finding.
    public mutating func append(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    /// Records a warning.
    public mutating func warn(_ code: String, _ message: String, file: String? = nil, location: SourceLocation? = nil) {
        append(Diagnostic(severity: .warning, code: code, message: message, file: file, location: location))
    }

    /// True when any recorded finding is an error.
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// The warning-level findings as review warnings, in the order recorded, each finding
    /// once: two with the same code and place (or, without a place, the same code and
    /// message) are one. The emit stage alone puts these into the review.
    public var warnings: [Warning] {
        struct Key: Hashable {
            var code: String
            var location: SourceLocation?
            var message: String?
        }
        var seen = Set<Key>()
        var out: [Warning] = []
        for diagnostic in all where diagnostic.severity == .warning {
            let key = Key(code: diagnostic.code, location: diagnostic.location, message: diagnostic.location == nil ? diagnostic.message : nil)
            guard seen.insert(key).inserted else { continue }
            out.append(Warning(code: diagnostic.code, message: diagnostic.message, location: diagnostic.location))
        }
        return out
    }
}
