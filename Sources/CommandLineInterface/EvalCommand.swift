import ArgumentParser
import Configuration
import Evaluation
import Foundation
import Pipeline
import PipelineCore

/// `scrutineer eval [--gold DIR] [--split tune|unseen|all] [--json]`: runs the pipeline, as
/// `ingest` does but without a store, over each seed rendition (the corpus folders and the
/// renditions manifest), each real paper and each genre paper with gold, and prints one row
/// per document × chain with the summary by chain, by split of the real and genre papers and
/// overall.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the pipeline against the hand-labelled gold answers.",
        discussion: """
            Every other path defaults from the gold folder, so the command works from any folder: \
            the corpus is the gold folder's parent, the manifest <corpus>/renditions/manifest.tsv, \
            the pipeline <repository>/Pipelines/default.yml, the genre papers under the repository and \
            the shared folder holding the real papers <repository>/../shared.
            """
    )

    @Option(help: "The gold folder (seed files at its top, real papers in real/, genre papers in genres/).")
    var gold: String = "Corpus/gold"

    @Option(help: "The corpus folder holding docx/, pdf/ and text/ (default: the gold folder's parent).")
    var corpus: String?

    @Option(help: "The renditions manifest (default: <corpus>/renditions/manifest.tsv, when present).")
    var manifest: String?

    @Option(help: "The folder real papers' sources are relative to (default: <repository>/../shared).")
    var shared: String?

    @Option(help: "The pipeline definition to evaluate (default: <repository>/Pipelines/default.yml).")
    var pipeline: String?

    @Option(help: "The real and genre papers to score: tune, unseen, fresh or all.")
    var split: String = "all"

    @Option(help: "Score only this chain (docx-corpus, pdf-corpus, text-corpus, real, genres, a manifest chain); repeatable.")
    var chain: [String] = []

    @Flag(help: "Print the whole report as JSON.")
    var json = false

    func validate() throws {
        guard GoldSet.splits.contains(split) || split == "all" else {
            throw ValidationError("--split must be \(GoldSet.splits.joined(separator: ", ")) or all, not '\(split)'")
        }
    }

    func run() async throws {
        let console = Console.standard
        let sources = EvaluationSources(
            gold: URL(fileURLWithPath: gold), corpus: corpus.map { URL(fileURLWithPath: $0) },
            manifest: manifest.map { URL(fileURLWithPath: $0) }, shared: shared.map { URL(fileURLWithPath: $0) })
        let answers = GoldSet.load(folder: sources.gold)
        for problem in answers.problems { console.error("scrutineer: \(problem)") }
        guard !answers.seeds.isEmpty || !answers.real.isEmpty else {
            if answers.problems.isEmpty { console.error("scrutineer: \(sources.gold.path): no gold files") }
            throw ExitCode.failure
        }
        // The repository's own pipeline when the gold sits in a checkout, else $SCRUTINEER_PIPELINE
        // or the one shipped with scrutineer.
        let checkoutPipeline = sources.repository.appendingPathComponent("Pipelines/default.yml")
        let pipelineFile = pipeline.map { URL(fileURLWithPath: $0) }
            ?? (FileManager.default.fileExists(atPath: checkoutPipeline.path) ? checkoutPipeline : DefaultFiles.pipeline(named: nil))
        do {
            let loaded = try LoadedPipeline(contentsOf: pipelineFile)
            let plan = Evaluator.inputs(
                gold: answers, sources: sources, split: split == "all" ? nil : split, chains: chain.isEmpty ? nil : Set(chain))
            for note in plan.notes { console.error("scrutineer: \(note)") }
            let report = await Evaluator(pipeline: loaded).evaluate(plan.inputs, notes: plan.notes)
            if json {
                console.output(String(decoding: try JSONOutput.encode(EvaluationJSON(report)), as: UTF8.self))
            } else {
                console.output(report.table)
            }
        } catch let error as PipelineError {
            console.error("scrutineer: \(error.description)")
            throw ExitCode.failure
        }
        if !answers.problems.isEmpty { throw ExitCode.failure }
    }
}
