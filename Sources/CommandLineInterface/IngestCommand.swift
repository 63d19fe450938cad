import ArgumentParser
import Foundation
import Pipeline
import PipelineCore

/// `scrutineer ingest PATH… [--pipeline FILE] [--out DIR]`: runs a pipeline over files and
/// folders and writes one review JSON per document.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read documents and write their review JSON.",
        discussion: """
            Folders are walked recursively in sorted order; hidden files are skipped. A file that \
            cannot be read gets one line on standard error and the rest continue; the exit code is \
            non-zero when any file failed.
            """
    )

    @Argument(help: "Files or folders to read (DOCX, PDF, text).")
    var paths: [String]

    @Option(help: "The pipeline definition to run.")
    var pipeline: String = "Pipelines/default.yml"

    @Option(help: "The folder the review JSON files are written to.")
    var out: String = "Output"

    @Flag(help: "Do not print a progress line per stage.")
    var quiet = false

    func run() async throws {
        let action = IngestAction(paths: paths, pipelineFile: pipeline, outputs: .init(jsonDirectory: out), showProgress: !quiet)
        let result = try await action.perform(console: .standard)
        if result.failures > 0 { throw ExitCode.failure }
    }
}
