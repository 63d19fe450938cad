import PipelineCore

/// The `emit` stage: folds the run's warnings into the review's `warnings` and approves the
/// document for the outputs, unless a diagnostic is an error; then nothing is emitted.
struct Emitter: Stage {
    let name = "emit"
    let consumes: [Artifact] = [.review]
    let produces: [Artifact] = [.approval]

    func run(_ work: inout PipelineWork, diagnostics: inout Diagnostics) async throws {
        var review = try work.requireReview(for: name)
        let errors = diagnostics.all.filter { $0.severity == .error }
        if let first = errors.first {
            throw PipelineError(
                stage: name, file: work.file.path, reason: .damaged,
                message: "not emitted: \(errors.count) error\(errors.count == 1 ? "" : "s") found while reading it",
                underlying: "\(first.code): \(first.message)")
        }
        review.warnings = Self.merging(diagnostics, into: review.warnings)
        work.review = review
        work.isReadyToEmit = true
    }

    /// The warnings with every warning-level diagnostic not already among them added, in the order recorded.
    static func merging(_ diagnostics: Diagnostics, into warnings: [Warning]) -> [Warning] {
        var out = warnings
        var seen = Set(warnings.map(WarningKey.init))
        for diagnostic in diagnostics.all where diagnostic.severity == .warning {
            let warning = Warning(code: diagnostic.code, message: diagnostic.message, location: diagnostic.location)
            if seen.insert(WarningKey(warning)).inserted {
                out.append(warning)
            }
        }
        return out
    }

    /// Two warnings are the same finding when they share a code and a place (or, without a
    /// place, a code and a message): stages that also write `review.warnings` are not doubled.
    private struct WarningKey: Hashable {
        var code: String
        var message: String?
        var location: SourceLocation?

        init(_ warning: Warning) {
            code = warning.code
            location = warning.location
            message = warning.location == nil ? warning.message : nil
        }
    }
}
