public import Foundation
public import Pipeline
public import PipelineCore

/// Where the ingest's time goes, on one core and in this process: every seed file read through
/// each stage of the pipeline `repetitions` times, then its review handed over as a worker
/// hands it to the writer (encoded and decoded), written as the review JSON, and loaded into a
/// store. The figures are milliseconds of wall time per file and per PDF page, so a slow stage
/// shows itself beside the others and the speed work can aim at it.
public struct StageProfile: Sendable {
    /// Opens a fresh, empty store for one round of loads; nil measures no store.
    public typealias StoreOpener = @Sendable (_ round: Int) async throws -> any DocumentSink

    /// Seed PDF and DOCX files.
    public var seeds: [URL]
    /// The pipeline to run, as `ingest` loads it.
    public var pipeline: LoadedPipeline
    /// Times each file goes through every part.
    public var repetitions: Int
    /// The store each round loads into.
    public var openStore: StoreOpener?

    /// Creates a profile.
    public init(seeds: [URL], pipeline: LoadedPipeline, repetitions: Int = 5, openStore: StoreOpener? = nil) {
        self.seeds = seeds
        self.pipeline = pipeline
        self.repetitions = max(1, repetitions)
        self.openStore = openStore
    }

    /// The parts timed besides the pipeline's own stages.
    static let handOff = "worker hand-off (reply JSON)"
    static let reviewJSON = "review JSON"
    static let store = "store"

    /// Runs every file through every part.
    /// - Throws: `PipelineError` when there are no seeds or a store cannot be opened.
    public func run() async throws -> StageProfileReport {
        let clock = ContinuousClock()
        var files: [(format: DocumentFormat, file: SourceFile)] = []
        for url in seeds {
            let file = try SourceFile.read(path: url.path)
            switch FormatSniffer.sniff(file.data) {
            case .pdf: files.append((.pdf, file))
            case .zip: files.append((.docx, file))
            default: continue
            }
        }
        guard !files.isEmpty else {
            throw PipelineError(stage: "bench", file: seeds.first?.path ?? ".", reason: .unreadableFile, message: "no PDF or DOCX seed files to profile")
        }
        var report = StageProfileReport(repetitions: repetitions, machine: MachineDescription.current())
        report.parts = pipeline.stages.map(\.name) + [Self.handOff, Self.reviewJSON] + (openStore == nil ? [] : [Self.store])
        var reviews: [(DocumentFormat, ReviewDocument)] = []
        for round in 0..<repetitions {
            let sink = try await openStore?(round)
            for (format, file) in files {
                var work = PipelineWork(file: file)
                var diagnostics = Diagnostics()
                for stage in pipeline.stages {
                    let started = clock.now
                    do { try await stage.run(&work, diagnostics: &diagnostics) } catch { break }
                    report.add(format, stage.name, seconds: (clock.now - started).inSeconds)
                }
                guard let review = work.review else { continue }
                if round == 0 {
                    report.count(format, pages: review.document.pageCount ?? 0)
                    reviews.append((format, review))
                }
                var started = clock.now
                let reply = try? FileWorker.replyEncoder().encode(WorkerReply(path: file.path, review: review))
                _ = reply.flatMap { try? JSONDecoder().decode(WorkerReply.self, from: $0) }
                report.add(format, Self.handOff, seconds: (clock.now - started).inSeconds)
                started = clock.now
                _ = try? JSONOutput.encode(review)
                report.add(format, Self.reviewJSON, seconds: (clock.now - started).inSeconds)
                if let sink {
                    started = clock.now
                    _ = try await sink.load(review)
                    report.add(format, Self.store, seconds: (clock.now - started).inSeconds)
                }
            }
            if let sink {
                let started = clock.now
                try await sink.finish()
                report.shareUnattributed(Self.store, seconds: (clock.now - started).inSeconds)
            }
        }
        return report
    }

}

/// The figures of a stage profile: seconds per part and format, over every round.
public struct StageProfileReport: Sendable {
    /// Rounds over the seed files.
    public var repetitions: Int
    /// The machine the run happened on.
    public var machine: String
    /// The parts in pipeline order.
    public var parts: [String] = []
    /// Total seconds per format and part, over every round.
    public var seconds: [DocumentFormat: [String: Double]] = [:]
    /// Files per format (one round).
    public var files: [DocumentFormat: Int] = [:]
    /// Pages per format (one round).
    public var pages: [DocumentFormat: Int] = [:]

    /// Creates an empty report.
    public init(repetitions: Int, machine: String) {
        self.repetitions = repetitions
        self.machine = machine
    }

    mutating func add(_ format: DocumentFormat, _ part: String, seconds value: Double) {
        seconds[format, default: [:]][part, default: 0] += value
    }

    mutating func count(_ format: DocumentFormat, pages value: Int) {
        files[format, default: 0] += 1
        pages[format, default: 0] += value
    }

    /// Spreads time no single file caused (closing a store) over the formats by file count.
    mutating func shareUnattributed(_ part: String, seconds value: Double) {
        let total = files.values.reduce(0, +)
        guard total > 0 else { return }
        for (format, count) in files { add(format, part, seconds: value * Double(count) / Double(total)) }
    }

    /// Milliseconds per file of one part for one format.
    public func millisecondsPerFile(_ format: DocumentFormat, _ part: String) -> Double? {
        guard let count = files[format], count > 0, let total = seconds[format]?[part] else { return nil }
        return total * 1000 / Double(count * repetitions)
    }

    /// The report as Markdown: one row per part, DOCX and PDF side by side.
    public func markdown() -> String {
        let formats: [DocumentFormat] = [.docx, .pdf].filter { (files[$0] ?? 0) > 0 }
        var header = "| part |"
        var rule = "|---|"
        for format in formats {
            let name = format.rawValue.uppercased()
            header += " \(name) ms/file | \(name) share |"
            rule += "---:|---:|"
            if format == .pdf { header += " PDF ms/page |"; rule += "---:|" }
        }
        var lines = [
            "Machine: \(machine)",
            "Files: " + formats.map { "\(files[$0] ?? 0) \($0.rawValue.uppercased())" + ($0 == .pdf ? " (\(pages[.pdf] ?? 0) pages)" : "") }
                .joined(separator: ", ") + "; each run \(repetitions) times through every part, one at a time.",
            "",
            header,
            rule,
        ]
        for part in parts + ["total"] {
            var line = "| \(part) |"
            for format in formats {
                let total = (seconds[format] ?? [:]).values.reduce(0, +)
                let value = part == "total" ? total : (seconds[format]?[part] ?? 0)
                let perFile = value * 1000 / Double((files[format] ?? 1) * repetitions)
                let share = total > 0 ? value / total * 100 : 0
                line += " \(IngestBenchmarkReport.format(perFile, digits: 2)) | \(IngestBenchmarkReport.format(share, digits: 0)) % |"
                if format == .pdf {
                    let perPage = value * 1000 / Double(max(1, (pages[.pdf] ?? 0) * repetitions))
                    line += " \(IngestBenchmarkReport.format(perPage, digits: 2)) |"
                }
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
