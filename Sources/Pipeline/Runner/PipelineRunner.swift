import Foundation
public import PipelineCore

/// Runs a loaded pipeline over input files, one file at a time: each stage in order with
/// "[i/n] stage file" progress, the stage's name added to any error it throws, and every
/// document that `emit` approves handed to each output consumer.
public struct PipelineRunner: Sendable {
    /// The pipeline to run.
    public let pipeline: LoadedPipeline
    /// Where each finished document goes (JSON files, the store, an in-memory capture).
    public let consumers: [any OutputConsumer]
    /// Receives progress lines; nil for a quiet run.
    public let progress: (@Sendable (String) -> Void)?

    /// Creates a runner.
    public init(pipeline: LoadedPipeline, consumers: [any OutputConsumer], progress: (@Sendable (String) -> Void)? = nil) {
        self.pipeline = pipeline
        self.consumers = consumers
        self.progress = progress
    }

    /// Runs the pipeline over files on disk, continuing past files that fail, then lets
    /// every consumer finish.
    /// - Parameters:
    ///   - paths: Input files, in the order to run them.
    ///   - onOutcome: Called as each file finishes, so failures can be reported as they happen.
    /// - Returns: One outcome per file and the elapsed time.
    public func run(paths: [String], onOutcome: (DocumentOutcome) -> Void = { _ in }) async -> RunReport {
        let clock = ContinuousClock()
        let start = clock.now
        var outcomes: [DocumentOutcome] = []
        for path in paths {
            let outcome: DocumentOutcome
            do {
                outcome = await run(try SourceFile.read(path: path))
            } catch let error as PipelineError {
                outcome = DocumentOutcome(path: path, error: error)
            } catch {
                outcome = DocumentOutcome(
                    path: path, error: PipelineError(stage: "read", file: path, reason: .unreadableFile, message: "\(error)"))
            }
            onOutcome(outcome)
            outcomes.append(outcome)
        }
        var finishError: PipelineError?
        for consumer in consumers {
            do { try await consumer.finish() } catch {
                finishError = PipelineError(stage: "emit", file: pipeline.file.path, reason: .storeFailure, message: "an output could not be finished", underlying: "\(error)")
            }
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return RunReport(outcomes: outcomes, seconds: seconds, finishError: finishError)
    }

    /// Runs the pipeline over one file already read.
    /// - Returns: The document's outcome: its review data and diagnostics, or the error that stopped it.
    public func run(_ file: SourceFile) async -> DocumentOutcome {
        var work = PipelineWork(file: file)
        var diagnostics = Diagnostics()
        let stages = pipeline.stages
        for (index, stage) in stages.enumerated() {
            progress?("[\(index + 1)/\(stages.count)] \(stage.name) \(file.path)")
            do {
                try await stage.run(&work, diagnostics: &diagnostics)
            } catch {
                return DocumentOutcome(path: file.path, diagnostics: diagnostics, error: Self.error(error, in: stage.name, file: file.path))
            }
        }
        guard work.isReadyToEmit, let review = work.review else {
            return DocumentOutcome(path: file.path, review: work.review, diagnostics: diagnostics, emitted: false)
        }
        let extracted = work.document ?? Document(id: review.document.id, source: file.path, format: review.document.format)
        for consumer in consumers {
            do {
                try await consumer.consume(review, extracted: extracted)
            } catch {
                return DocumentOutcome(path: file.path, review: review, diagnostics: diagnostics, error: Self.error(error, in: "emit", file: file.path))
            }
        }
        return DocumentOutcome(path: file.path, review: review, diagnostics: diagnostics, emitted: true)
    }

    /// The error with the stage that raised it named in it.
    static func error(_ error: any Error, in stage: String, file: String) -> PipelineError {
        if var pipelineError = error as? PipelineError {
            pipelineError.stage = stage
            return pipelineError
        }
        return PipelineError(stage: stage, file: file, reason: .damaged, message: "the \(stage) stage failed", underlying: "\(error)")
    }
}

/// What a run made of one input file.
public struct DocumentOutcome: Sendable {
    /// The input path.
    public var path: String
    /// The review data, when the file got that far.
    public var review: ReviewDocument?
    /// Everything the stages recorded.
    public var diagnostics: Diagnostics
    /// True when the document went to the outputs.
    public var emitted: Bool
    /// What stopped the file, when something did.
    public var error: PipelineError?

    /// Creates an outcome.
    public init(path: String, review: ReviewDocument? = nil, diagnostics: Diagnostics = Diagnostics(), emitted: Bool = false, error: PipelineError? = nil) {
        self.path = path
        self.review = review
        self.diagnostics = diagnostics
        self.emitted = emitted
        self.error = error
    }
}

/// The outcome of a whole run.
public struct RunReport: Sendable {
    /// One outcome per input file, in run order.
    public var outcomes: [DocumentOutcome]
    /// Wall-clock seconds the run took.
    public var seconds: Double
    /// An output that could not be finished (flushed, closed), if any.
    public var finishError: PipelineError?

    /// Creates a report.
    public init(outcomes: [DocumentOutcome], seconds: Double, finishError: PipelineError? = nil) {
        self.outcomes = outcomes
        self.seconds = seconds
        self.finishError = finishError
    }

    /// Documents that went to the outputs.
    public var documents: Int { outcomes.filter(\.emitted).count }
    /// Files that failed.
    public var failures: Int { outcomes.filter { $0.error != nil }.count }
    /// Items emitted: domains, questions, evidence, actions and recommendations.
    public var items: Int {
        outcomes.filter(\.emitted).compactMap(\.review).reduce(0) {
            $0 + $1.domains.count + $1.questions.count + $1.evidence.count + $1.actions.count + $1.recommendations.count
        }
    }
    /// Warnings in the emitted documents.
    public var warnings: Int { outcomes.filter(\.emitted).compactMap(\.review).reduce(0) { $0 + $1.warnings.count } }

    /// The one-line summary: documents, items, warnings, failures, seconds.
    public var summary: String {
        let time = (seconds * 100).rounded() / 100
        return "\(documents) documents, \(items) items, \(warnings) warnings, \(failures) failed, \(time) s"
    }
}
