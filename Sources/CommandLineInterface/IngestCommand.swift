import ArgumentParser
import Configuration
import Foundation
import Pipeline
import PipelineCore

/// `scrutineer ingest PATH… [--pipeline FILE] [--out DIR]`: runs a pipeline over files and
/// folders, writes one review JSON per document and loads each into the store
/// (`--store`, `SCRUTINEER_STORE`, default Output/scrutineer.sqlite).
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read documents, write their review JSON and load them into the store.",
        discussion: """
            Folders are walked recursively in sorted order; hidden files are skipped. A file that \
            cannot be read gets one line on standard error and the rest continue; the exit code is \
            non-zero when any file failed.
            """
    )

    @Argument(help: "Files or folders to read (DOCX, PDF, text).")
    var paths: [String]

    @Option(help: ArgumentHelp(
        "The pipeline definition to run (default: $SCRUTINEER_PIPELINE, else the one shipped with scrutineer).",
        valueName: "path"))
    var pipeline: String?

    @Option(help: "The folder the review JSON files are written to, relative to the working directory.")
    var out: String = "Output"

    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "Write the review JSON only; do not load the store.")
    var noStore = false

    @Flag(help: "Do not print a progress line per stage.")
    var quiet = false

    func run() async throws {
        let outputs: IngestAction.Outputs
        do {
            outputs = IngestAction.Outputs(
                jsonDirectory: out,
                store: noStore ? nil : try storeOptions.location(),
                glossary: try storeOptions.loadGlossary())
        } catch let error as PipelineError {
            Console.standard.error("scrutineer: \(error.description)")
            throw ExitCode.failure
        }
        let action = IngestAction(paths: paths, pipelineFile: DefaultFiles.pipeline(named: pipeline), outputs: outputs, showProgress: !quiet)
        let result = try await action.perform(console: .standard)
        if result.failures > 0 { throw ExitCode.failure }
    }
}
