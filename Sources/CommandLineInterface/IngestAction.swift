import Foundation
import Pipeline
import PipelineCore
import Storage

/// The work of `scrutineer ingest`, apart from argument parsing: collect the inputs, check
/// the pipeline, open the store, run the bulk ingest, and report.
struct IngestAction {
    /// Which outputs a run writes.
    struct Outputs {
        /// Folder for one review JSON per document and the ingest report (nil: `Output`).
        var jsonDirectory: String?
        /// The store each document is loaded into, or nil for none.
        var store: StoreLocation?
        /// The glossary the store widens searches with.
        var glossary: Glossary = Glossary(entries: [])
    }

    var paths: [String]
    var pipelineFile: String
    var outputs: Outputs
    var showProgress: Bool
    /// Jobs, time budget, memory cap, password and the worker program.
    var options = BatchOptions(workerExecutable: nil)
    /// Print each warning, not only the count.
    var verbose = false
    /// Where the live progress line goes (raw text, no newline added), or nil for plain lines.
    var liveProgress: (@Sendable (String) -> Void)?

    /// Runs the ingest and prints one line per failed file and the summary.
    /// - Returns: The run's report.
    /// - Throws: `PipelineError` when the pipeline file itself is unusable or the store cannot be opened.
    func perform(console: Console) async throws -> BatchReport {
        do {
            _ = try LoadedPipeline(contentsOf: URL(fileURLWithPath: pipelineFile))
        } catch let error as PipelineError {
            console.error("scrutineer: \(error.description)")
            throw error
        }
        let collection = InputFiles.collect(paths)
        for path in collection.skipped { console.error("scrutineer: \(path): skipped: hidden file") }
        var sink: (any DocumentSink)?
        if let location = outputs.store {
            do {
                sink = StoreSink(store: try await location.open(glossary: outputs.glossary))
            } catch let error as PipelineError {
                console.error("scrutineer: \(error.description)")
                throw error
            }
        }
        let missing = collection.missing.map { path in
            BatchEntry(path: path, outcome: .failed, code: "unreadable", message: "no such file or folder")
        }
        let display = IngestProgress(console: console, enabled: showProgress, verbose: verbose, live: liveProgress)
        let ingest = BatchIngest(
            pipelineFile: pipelineFile, outputDirectory: URL(fileURLWithPath: outputs.jsonDirectory ?? "Output"),
            sink: sink, options: options)
        let report = try await ingest.run(paths: collection.files, extraEntries: missing) { event in display.handle(event) }
        display.finish()
        if let error = report.finishError { console.error("scrutineer: \(error.description)") }
        for line in report.summary { console.output(line) }
        return report
    }
}

/// Loads documents into a `ReviewStore`, one transaction each.
struct StoreSink: DocumentSink {
    let store: any ReviewStore

    func load(_ review: ReviewDocument) async throws -> Bool {
        try await store.ingest(review) == .unchanged
    }

    func finish() async throws {
        try await store.close()
    }
}
