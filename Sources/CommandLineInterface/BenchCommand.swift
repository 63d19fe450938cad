import ArgumentParser
import Foundation
import Benchmark
import Pipeline
import PipelineCore
import Storage

/// `scrutineer bench`: times the whole ingest against pdftotext and pandoc (or, with
/// `--extraction-only`, extraction alone).
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time the whole ingest over a scaled corpus, beside pdftotext and pandoc given the same parallel jobs.",
        discussion: """
            The corpus PDF and DOCX files (and those in each --with folder) are copied, each copy with \
            different bytes, until there are --pdf-pages PDF pages and --docx-files DOCX files. \
            `scrutineer ingest` (extract, segment, tag, JSON, SQLite store) then runs as --jobs \
            processes over as many shards; pdftotext and pandoc -t plain convert the same copies \
            --jobs at a time. Then one long PDF (--long-pages) is timed against the same pages as \
            short copies, and one ingest process over --memory-documents documents gives the peak \
            memory. --extraction-only times in-process extraction of --scale copies instead. \
            --stages shows where the time goes: each seed file through every stage, the worker's \
            hand-off, the review JSON and the store, in this process, --repetitions times.
            """
    )

    @Option(help: "Parallel jobs for every tool (default: the number of cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Fewest PDF pages in the scaled corpus.")
    var pdfPages = 2_000

    @Option(help: "Fewest DOCX files in the scaled corpus.")
    var docxFiles = 300

    @Option(name: .customLong("with"), help: ArgumentHelp("A further folder of seed PDF and DOCX files (repeatable).", valueName: "folder"))
    var extraFolders: [String] = []

    @Option(help: "Pages of the long PDF timed against short copies (0 skips it).")
    var longPages = 500

    @Option(help: "Documents for the one-process memory run (0 skips it).")
    var memoryDocuments = 1_000

    @Option(help: "The pipeline definition handed to ingest.")
    var pipeline = "Pipelines/default.yml"

    @Flag(help: "Time in-process extraction only, as earlier versions did.")
    var extractionOnly = false

    @Option(help: "With --extraction-only: copies of each corpus file.")
    var scale = 10

    @Flag(help: "Time each part of the ingest (stages, hand-off, JSON, store) per file and per page, in process.")
    var stages = false

    @Option(help: "With --stages: rounds over the seed files.")
    var repetitions = 5

    @Option(help: "Also write the report (Markdown) to this file.")
    var out: String?

    @Option(help: "The corpus folder holding docx/ and pdf/.")
    var corpus = "Corpus"

    init() {}

    func validate() throws {
        guard scale >= 1 else { throw ValidationError("--scale must be at least 1") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard repetitions >= 1 else { throw ValidationError("--repetitions must be at least 1") }
        guard !(stages && extractionOnly) else { throw ValidationError("--stages and --extraction-only are separate measurements; give one") }
    }

    func run() async throws {
        do {
            let report: String
            if stages {
                report = try await stageProfile().markdown()
            } else if extractionOnly {
                let benchmark = ExtractionBenchmark(corpus: URL(fileURLWithPath: corpus), scale: scale, width: jobs)
                report = try await benchmark.run().markdown()
            } else {
                let benchmark = IngestBenchmark(
                    executable: Self.executablePath(), seeds: seedFiles(), minimumPDFPages: pdfPages,
                    minimumDOCXFiles: docxFiles, jobs: jobs, pipeline: pipeline, memoryDocuments: memoryDocuments,
                    longPages: longPages)
                report = try await benchmark.run().markdown()
            }
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

    /// Profiles the seeds through the pipeline, loading each round into a fresh SQLite store in
    /// a scratch folder.
    func stageProfile() async throws -> StageProfileReport {
        let loaded = try FileWorker.loadPipeline(pipeline, password: nil)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("scrutineer-stage-profile-\(getpid())")
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let glossary = loaded.glossary
        let profile = StageProfile(seeds: seedFiles(), pipeline: loaded, repetitions: repetitions) { round in
            let path = scratch.appendingPathComponent("round-\(round).sqlite").path
            return StoreSink(store: try await StoreLocation.resolve(path).open(glossary: glossary))
        }
        return try await profile.run()
    }

    /// The corpus's pdf/ and docx/ files, then each --with folder's, sorted by path.
    func seedFiles() -> [URL] {
        var urls: [URL] = []
        let folders = [corpus + "/pdf", corpus + "/docx"] + extraFolders
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names.sorted() where name.lowercased().hasSuffix(".pdf") || name.lowercased().hasSuffix(".docx") {
                urls.append(URL(fileURLWithPath: folder).appendingPathComponent(name))
            }
        }
        return urls
    }

    /// This program's own executable, so the benchmark runs the same build.
    static func executablePath() -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }
}
