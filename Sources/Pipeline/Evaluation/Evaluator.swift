public import Foundation
import PipelineCore

/// Runs a pipeline over every rendition (`docx/`, `pdf/`, `text/`) of each seed that has a
/// gold file and scores each output against it.
public struct Evaluator: Sendable {
    /// The rendition folders and file extensions evaluated, with the format name each scores as.
    public static let renditions: [(folder: String, extension: String, format: String)] = [
        ("docx", "docx", "docx"), ("pdf", "pdf", "pdf"), ("text", "txt", "text"),
    ]

    /// The pipeline to evaluate.
    public let pipeline: LoadedPipeline
    /// The scorer.
    public let scorer: Scorer

    /// Creates an evaluator.
    public init(pipeline: LoadedPipeline, scorer: Scorer = Scorer()) {
        self.pipeline = pipeline
        self.scorer = scorer
    }

    /// Reads every `*.json` gold file of a folder, sorted by name.
    /// - Throws: `PipelineError(.invalidConfiguration)` naming a gold file that cannot be read.
    public static func goldFiles(in folder: URL) throws -> [GoldDocument] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return try names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map { name in
            let url = folder.appendingPathComponent(name)
            do {
                return try JSONDecoder().decode(GoldDocument.self, from: Data(contentsOf: url))
            } catch {
                throw PipelineError(stage: "eval", file: url.path, reason: .invalidConfiguration, message: "the gold file cannot be read", underlying: "\(error)")
            }
        }
    }

    /// Evaluates the pipeline.
    /// - Parameters:
    ///   - gold: The gold answers.
    ///   - corpus: The corpus folder holding `docx/`, `pdf/` and `text/`.
    /// - Returns: One score per seed and existing rendition.
    public func evaluate(gold: [GoldDocument], corpus: URL) async throws -> EvaluationReport {
        let runner = PipelineRunner(pipeline: pipeline, consumers: [])
        var scores: [DocumentScore] = []
        for answers in gold {
            for rendition in Self.renditions {
                let path = corpus.appendingPathComponent(rendition.folder).appendingPathComponent("\(answers.name).\(rendition.extension)").path
                guard FileManager.default.fileExists(atPath: path) else { continue }
                let outcome = await runner.run(paths: [path]).outcomes[0]
                var score = try scorer.score(gold: answers, output: outcome.error == nil ? outcome.review : nil, format: rendition.format)
                score.error = outcome.error?.description
                scores.append(score)
            }
        }
        return EvaluationReport(documents: scores)
    }
}
