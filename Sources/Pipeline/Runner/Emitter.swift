import PipelineCore

/// The `emit` stage, the one place diagnostics become the review's `warnings`: it sets them
/// from the run's warning-level diagnostics (each finding once) and approves the document
/// for the outputs, unless a diagnostic is an error; then nothing is emitted.
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
        review.warnings = diagnostics.warnings
        work.review = review
        work.isReadyToEmit = true
    }
}
