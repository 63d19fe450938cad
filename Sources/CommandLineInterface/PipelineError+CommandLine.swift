import Foundation
import PipelineCore

extension PipelineError {
    /// The one line the command prints on failure: `scrutineer: <file>: <problem>`.
    var commandLineMessage: String { "scrutineer: \(description)" }

    /// Prints `commandLineMessage` to standard error.
    func printToStandardError() {
        FileHandle.standardError.write(Data((commandLineMessage + "\n").utf8))
    }
}
