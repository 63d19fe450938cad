import ArgumentParser
import Foundation
import Pipeline
import PipelineCore

/// `scrutineer bench [--scale N] [--out FILE]`: times extraction against pdftotext and pandoc.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time DOCX and PDF extraction over a scaled copy of the corpus, beside pdftotext and pandoc.",
        discussion: """
            Each corpus DOCX and PDF is copied --scale times into a temporary folder and extracted \
            in-process, as many files at a time as there are cores; pdftotext and pandoc -t plain \
            convert the same copies with the same width, when they are installed.
            """
    )

    @Option(help: "Copies of each corpus file.")
    var scale = 10

    @Option(help: "Also write the report (Markdown) to this file.")
    var out: String?

    @Option(help: "The corpus folder holding docx/ and pdf/.")
    var corpus = "Corpus"

    init() {}

    func validate() throws {
        guard scale >= 1 else { throw ValidationError("--scale must be at least 1") }
    }

    func run() async throws {
        do {
            let benchmark = ExtractionBenchmark(corpus: URL(fileURLWithPath: corpus), scale: scale)
            let report = try await benchmark.run().markdown()
            Console.standard.write(report)
            if let out {
                do {
                    try Data(report.utf8).write(to: URL(fileURLWithPath: out))
                } catch {
                    throw PipelineError(stage: "bench", file: out, reason: .unreadableFile, message: "the report cannot be written")
                }
            }
        } catch let error as PipelineError {
            Console.standard.report(error)
            throw ExitCode.failure
        }
    }
}
