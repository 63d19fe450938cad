import Foundation
import Pipeline
import PipelineCore
import Storage

/// The work of `scrutineer ingest`, apart from argument parsing: collect the inputs, load
/// the pipeline, build the outputs, run, and report.
struct IngestAction {
    /// Which outputs a run writes. The store adds its option here and its consumer in
    /// `makeConsumers`.
    struct Outputs {
        /// Folder for one review JSON per document, or nil for none.
        var jsonDirectory: String?
        /// The store each document is loaded into, or nil for none.
        var store: StoreLocation?
        /// The glossary the store widens searches with.
        var glossary: Glossary = Glossary(entries: [])
    }

    var paths: [String]
    var pipelineFile: URL
    var outputs: Outputs
    var showProgress: Bool

    /// The consumers the options ask for, in the order they receive each document.
    static func makeConsumers(_ outputs: Outputs, inputs: [String]) async throws -> [any OutputConsumer] {
        var consumers: [any OutputConsumer] = []
        if let directory = outputs.jsonDirectory {
            consumers.append(JSONFileConsumer(directory: URL(fileURLWithPath: directory), inputs: inputs))
        }
        if let location = outputs.store {
            consumers.append(StoreConsumer(store: try await location.open(glossary: outputs.glossary)))
        }
        return consumers
    }

    /// Runs the pipeline and prints one line per failed file and a summary.
    /// - Returns: The run's report.
    /// - Throws: `PipelineError` when the pipeline file itself is unusable.
    func perform(console: Console) async throws -> RunReport {
        let pipeline: LoadedPipeline
        do {
            pipeline = try LoadedPipeline(contentsOf: pipelineFile)
        } catch let error as PipelineError {
            console.error("scrutineer: \(error.description)")
            throw error
        }
        let collection = InputFiles.collect(paths)
        for path in collection.skipped { console.error("scrutineer: \(path): skipped: hidden file") }
        let consumers = try await Self.makeConsumers(outputs, inputs: collection.files)
        let progress: (@Sendable (String) -> Void)? = showProgress ? console.error : nil
        let runner = PipelineRunner(pipeline: pipeline, consumers: consumers, progress: progress)
        var report = await runner.run(paths: collection.files) { outcome in
            if let error = outcome.error { console.error("scrutineer: \(error.description)") }
        }
        for path in collection.missing {
            let error = PipelineError(stage: "read", file: path, reason: .unreadableFile, message: "no such file or folder")
            console.error("scrutineer: \(error.description)")
            report.outcomes.append(DocumentOutcome(path: path, error: error))
        }
        if let error = report.finishError { console.error("scrutineer: \(error.description)") }
        console.output(report.summary)
        return report
    }
}
