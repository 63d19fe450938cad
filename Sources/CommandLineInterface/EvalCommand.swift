import ArgumentParser
import Configuration
import Foundation
import Pipeline
import PipelineCore

/// `scrutineer eval [--gold DIR] [--corpus DIR] [--json]`: runs the pipeline over every
/// rendition of each seed with a gold file and prints precision, recall and F1 per field
/// and per document, and tagging top-1 accuracy.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the pipeline against the hand-labelled gold answers."
    )

    @Option(help: "The folder of gold answer files.")
    var gold: String = "Corpus/gold"

    @Option(help: "The corpus folder holding docx/, pdf/ and text/ (default: the gold folder's parent).")
    var corpus: String?

    @Option(help: ArgumentHelp(
        "The pipeline definition to evaluate (default: $SCRUTINEER_PIPELINE, else the one shipped with scrutineer).",
        valueName: "path"))
    var pipeline: String?

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() async throws {
        let console = Console.standard
        do {
            let loaded = try LoadedPipeline(contentsOf: DefaultFiles.pipeline(named: pipeline))
            let answers = try Evaluator.goldFiles(in: URL(fileURLWithPath: gold))
            guard !answers.isEmpty else {
                console.error("scrutineer: \(gold): no gold files")
                throw ExitCode.failure
            }
            let goldFolder = URL(fileURLWithPath: gold)
            let corpusFolder = corpus.map { URL(fileURLWithPath: $0) } ?? goldFolder.standardizedFileURL.deletingLastPathComponent()
            let report = try await Evaluator(pipeline: loaded).evaluate(gold: answers, corpus: corpusFolder)
            if json {
                console.output(String(decoding: try JSONOutput.encode(EvaluationSummary(report)), as: UTF8.self))
            } else {
                console.output(report.table)
            }
        } catch let error as PipelineError {
            console.error("scrutineer: \(error.description)")
            throw ExitCode.failure
        }
    }
}

/// The JSON form of an evaluation: the per-document scores plus the totals.
struct EvaluationSummary: Encodable {
    struct Rates: Encodable {
        var truePositives: Int
        var falsePositives: Int
        var falseNegatives: Int
        var precision: Double
        var recall: Double
        var f1: Double

        init(_ count: FieldCount) {
            truePositives = count.truePositives
            falsePositives = count.falsePositives
            falseNegatives = count.falseNegatives
            precision = count.precision
            recall = count.recall
            f1 = count.f1
        }
    }
    struct DocumentRates: Encodable {
        var name: String
        var format: String
        var total: Rates
        var fields: [String: Rates]
        var taggingTop1: Double?
        var error: String?
    }

    var documents: [DocumentRates]
    var fields: [String: Rates]
    var total: Rates
    var taggingTop1: Double
    var tagging: TaggingCount

    init(_ report: EvaluationReport) {
        documents = report.documents.map {
            DocumentRates(
                name: $0.name, format: $0.format, total: Rates($0.total), fields: $0.fields.mapValues(Rates.init),
                taggingTop1: $0.tagging.total == 0 ? nil : $0.tagging.accuracy, error: $0.error)
        }
        fields = report.fields.mapValues(Rates.init)
        total = Rates(report.total)
        taggingTop1 = report.tagging.accuracy
        tagging = report.tagging
    }
}
