import Foundation
import PipelineCore

/// Where commands print, the one way they do: standard output for results, standard error
/// for progress and problems. Tests swap in a capture.
struct Console: Sendable {
    /// Receives one line of results, without its newline.
    let output: @Sendable (String) -> Void
    /// Receives one line of progress or a problem, without its newline.
    let error: @Sendable (String) -> Void

    /// The process's own standard output and standard error.
    static let standard = Console(
        output: { line in FileHandle.standardOutput.write(Data((line + "\n").utf8)) },
        error: { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
    )

    /// Prints a result that may span lines (a table, JSON, CSV), ended by one newline.
    func write(_ text: String) {
        output(text.hasSuffix("\n") ? String(text.dropLast()) : text)
    }

    /// Prints encoded bytes (JSON) as a result.
    func write(_ bytes: Data) {
        write(String(decoding: bytes, as: UTF8.self))
    }

    /// Prints a failure as `scrutineer: <file>: <problem>`.
    func report(_ failure: PipelineError) {
        error(failure.commandLineMessage)
    }
}
