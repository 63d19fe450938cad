import PipelineCore

extension PipelineError {
    /// The one line the command prints on failure: `scrutineer: <file>: <problem>`.
    var commandLineMessage: String { "scrutineer: \(description)" }
}
