public import Foundation
import Pipeline
package import PipelineCore

/// Times the whole ingest (extract, segment, tag, emit JSON, load the SQLite store) as users
/// run it: `scrutineer ingest` processes, `jobs` at once, each over one shard of a scaled corpus,
/// beside `pdftotext` and `pandoc -t plain` given the same number of parallel jobs; then the
/// per-page cost of one long PDF against the same pages in short files, and the peak memory of
/// one process over many documents.
///
/// Each copy gets different bytes (a PDF comment after the last `%%EOF`, a zip comment for
/// DOCX) so that no copy is taken for another.
public struct IngestBenchmark: Sendable {
    /// The `scrutineer` executable to run (normally the running one).
    public var executable: String
    /// Seed PDF and DOCX files; they are repeated until the minimums are reached.
    public var seeds: [URL]
    /// Fewest PDF pages in the scaled corpus.
    public var minimumPDFPages: Int
    /// Fewest DOCX files in the scaled corpus.
    public var minimumDOCXFiles: Int
    /// Parallel jobs for every tool.
    public var jobs: Int
    /// The pipeline definition handed to `ingest`.
    public var pipeline: String
    /// Documents for the one-process memory run (0 skips it).
    public var memoryDocuments: Int
    /// Pages of the long PDF (made with `pdfunite` from the 10-page-nearest seed; 0 skips it).
    public var longPages: Int

    /// Creates a benchmark.
    public init(
        executable: String, seeds: [URL], minimumPDFPages: Int = 2_000, minimumDOCXFiles: Int = 300,
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, pipeline: String = "Pipelines/default.yml",
        memoryDocuments: Int = 1_000, longPages: Int = 500
    ) {
        self.executable = executable
        self.seeds = seeds
        self.minimumPDFPages = minimumPDFPages
        self.minimumDOCXFiles = minimumDOCXFiles
        self.jobs = max(1, jobs)
        self.pipeline = pipeline
        self.memoryDocuments = max(0, memoryDocuments)
        self.longPages = max(0, longPages)
    }

    /// One seed with its format and (PDF) page count.
    struct Seed: Sendable {
        var url: URL
        var format: DocumentFormat
        var pages: Int
        var bytes: [UInt8]
    }

    /// A copy on disk.
    struct Copy: Sendable {
        var url: URL
        var pages: Int
        var bytes: Int
    }

    /// Runs every measurement.
    /// - Throws: `PipelineError` when there are no seeds or the scratch folder cannot be written.
    public func run() async throws -> IngestBenchmarkReport {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("scrutineer-ingest-bench-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let seeds = try readSeeds()
        var report = IngestBenchmarkReport(jobs: jobs, machine: MachineDescription.current())
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let pdfSeeds = seeds.filter { $0.format == .pdf && $0.pages > 0 }
            let docxSeeds = seeds.filter { $0.format == .docx }
            let pdfs = try scale(pdfSeeds, until: { copies in copies.reduce(0) { $0 + $1.pages } >= minimumPDFPages },
                                 into: folder.appendingPathComponent("pdf"))
            let docxs = try scale(docxSeeds, until: { $0.count >= minimumDOCXFiles }, into: folder.appendingPathComponent("docx"))
            let pdfPages = pdfs.reduce(0) { $0 + $1.pages }
            report.corpus = "\(pdfs.count) PDF files (\(pdfPages) pages) from \(pdfSeeds.count) seeds; "
                + "\(docxs.count) DOCX files from \(docxSeeds.count) seeds"

            if !pdfs.isEmpty {
                var row = try await ingest(pdfs, format: "PDF", in: folder.appendingPathComponent("pdf-run"))
                row.pages = pdfPages
                report.rows.append(row)
                if let tool = ExternalTool.pdftotext.locate() {
                    var external = await IngestBenchmark.external(ExternalTool.pdftotext, executable: tool, on: pdfs, jobs: jobs)
                    external.pages = pdfPages
                    report.rows.append(external)
                } else {
                    report.notes.append("pdftotext is not installed; its row is missing.")
                }
            }
            if !docxs.isEmpty {
                report.rows.append(try await ingest(docxs, format: "DOCX", in: folder.appendingPathComponent("docx-run")))
                if let tool = ExternalTool.pandoc.locate() {
                    report.rows.append(await IngestBenchmark.external(ExternalTool.pandoc, executable: tool, on: docxs, jobs: jobs))
                } else {
                    report.notes.append("pandoc is not installed; its row is missing.")
                }
            }
            if longPages > 0, let short = pdfSeeds.min(by: { abs($0.pages - 10) < abs($1.pages - 10) }) {
                report.linearity = try await linearity(short, in: folder.appendingPathComponent("long"))
            }
            if memoryDocuments > 0, !(pdfs.isEmpty && docxs.isEmpty) {
                report.memory = try await memoryRun(pdfSeeds + docxSeeds, in: folder.appendingPathComponent("memory"))
            }
        } catch let error as PipelineError {
            throw error
        } catch {
            throw PipelineError(
                stage: "bench", file: folder.path, reason: .unreadableFile, message: "the scaled corpus cannot be written",
                underlying: "\(error)")
        }
        return report
    }

    // MARK: Corpus

    private func readSeeds() throws -> [Seed] {
        var found: [Seed] = []
        let extractor = Extractor()
        for url in seeds {
            guard let file = try? SourceFile.read(path: url.path) else { continue }
            let format = FormatSniffer.sniff(file.data)
            guard format == .pdf || format == .zip else { continue }
            var pages = 0
            if format == .pdf {
                var diagnostics = Diagnostics()
                guard let document = try? extractor.extract(file, diagnostics: &diagnostics) else { continue }
                pages = document.metadata.pageCount ?? 0
            }
            found.append(Seed(url: url, format: format == .pdf ? .pdf : .docx, pages: pages, bytes: file.data))
        }
        guard !found.isEmpty else {
            throw PipelineError(stage: "bench", file: seeds.first?.path ?? "(none)", reason: .invalidConfiguration,
                                message: "no readable PDF or DOCX seed files")
        }
        return found
    }

    /// Copies the seeds round-robin, each copy with unique bytes, until `enough` says so.
    private func scale(_ seeds: [Seed], until enough: ([Copy]) -> Bool, into folder: URL) throws -> [Copy] {
        guard !seeds.isEmpty else { return [] }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var copies: [Copy] = []
        var round = 0
        while !enough(copies) {
            round += 1
            for seed in seeds {
                let url = folder.appendingPathComponent("\(round)-\(seed.url.lastPathComponent)")
                let bytes = Self.unique(seed.bytes, format: seed.format, mark: "copy \(round) of \(seed.url.lastPathComponent)")
                try Data(bytes).write(to: url)
                copies.append(Copy(url: url, pages: seed.pages, bytes: bytes.count))
            }
        }
        return copies
    }

    /// The bytes with a mark that changes their hash and nothing a reader sees: a comment line
    /// after a PDF's last `%%EOF`, or the zip archive comment of a DOCX (when it has none).
    package static func unique(_ bytes: [UInt8], format: DocumentFormat, mark: String) -> [UInt8] {
        let text = Array(mark.utf8.prefix(200))
        if format == .pdf { return bytes + Array("\n%".utf8) + text + [0x0A] }
        // End of central directory: signature PK\5\6, 22 bytes, comment length at offset 20.
        guard bytes.count >= 22 else { return bytes }
        let end = bytes.count - 22
        guard bytes[end] == 0x50, bytes[end + 1] == 0x4B, bytes[end + 2] == 0x05, bytes[end + 3] == 0x06,
              bytes[end + 20] == 0, bytes[end + 21] == 0 else { return bytes }
        var out = bytes
        out[end + 20] = UInt8(text.count & 0xFF)
        out[end + 21] = UInt8(text.count >> 8)
        return out + text
    }

    /// Splits copies into `count` shards of about equal pages (DOCX: equal files).
    static func shards(_ copies: [Copy], count: Int) -> [[Copy]] {
        var shards = [[Copy]](repeating: [], count: max(1, count))
        var load = [Int](repeating: 0, count: shards.count)
        for copy in copies.sorted(by: { ($0.pages, $0.url.path) > ($1.pages, $1.url.path) }) {
            let target = load.indices.min { (load[$0], $0) < (load[$1], $1) } ?? 0
            shards[target].append(copy)
            load[target] += max(1, copy.pages)
        }
        return shards.filter { !$0.isEmpty }
    }

    // MARK: Runs

    /// `jobs` ingest processes, one per shard, each with its own output folder and store.
    private func ingest(_ copies: [Copy], format: String, in folder: URL) async throws -> BenchmarkRow {
        let shards = Self.shards(copies, count: jobs)
        var inputs: [URL] = []
        for (index, shard) in shards.enumerated() {
            let input = folder.appendingPathComponent("shard-\(index)")
            try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
            for copy in shard {
                try FileManager.default.linkItem(at: copy.url, to: input.appendingPathComponent(copy.url.lastPathComponent))
            }
            inputs.append(input)
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("out-\(index)"), withIntermediateDirectories: true)
        }
        let start = ContinuousClock.now
        let outcomes = await withTaskGroup(of: ChildOutcome.self, returning: [ChildOutcome].self) { group in
            for (index, input) in inputs.enumerated() {
                let out = folder.appendingPathComponent("out-\(index)").path
                let arguments = ["ingest", input.path, "--pipeline", pipeline, "--out", out, "--store", out + "/store.sqlite", "--quiet"]
                let executable = self.executable
                group.addTask { ChildProcess.measure(executable, arguments: arguments, scratch: out + ".rss") }
            }
            var all: [ChildOutcome] = []
            for await outcome in group { all.append(outcome) }
            return all
        }
        let seconds = (ContinuousClock.now - start).inSeconds
        let loaded = (0..<inputs.count).reduce(0) { total, index in
            let out = folder.appendingPathComponent("out-\(index)").path
            let names = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
            return total + names.filter { $0.hasSuffix(".json") && !$0.hasPrefix("ingest-report") }.count
        }
        return BenchmarkRow(
            tool: "scrutineer ingest", format: format, files: loaded, pages: nil,
            bytes: copies.reduce(0) { $0 + $1.bytes }, seconds: seconds,
            peakMemoryBytes: outcomes.map(\.peakResidentBytes).max(),
            memoryNote: "largest of \(inputs.count) ingest processes")
    }

    /// Runs an external converter over the copies, `jobs` at a time.
    static func external(_ tool: ExternalTool, executable: String, on copies: [Copy], jobs: Int) async -> BenchmarkRow {
        let run = await tool.run(executable, over: copies.map(\.url.path), jobs: jobs)
        let peak = run.peakResidentBytes
        let failures = run.failures
        return BenchmarkRow(
            tool: tool.name == "pandoc" ? "pandoc -t plain" : tool.name, format: tool.format == .pdf ? "PDF" : "DOCX",
            files: copies.count - failures, pages: nil, bytes: copies.reduce(0) { $0 + $1.bytes },
            seconds: run.seconds, peakMemoryBytes: peak, memoryNote: "largest single process")
    }

    /// One ingest process over a long PDF (the seed repeated with `pdfunite`) and one over the
    /// same pages as separate copies of the seed, each with one job: a long PDF is read on one
    /// core, so the copies must not be read on two.
    private func linearity(_ seed: Seed, in folder: URL) async throws -> IngestBenchmarkReport.Linearity? {
        guard let pdfunite = ExternalTool(name: "pdfunite", format: .pdf, arguments: { _ in [] }).locate() else { return nil }
        let repeats = max(1, longPages / max(1, seed.pages))
        let shortFolder = folder.appendingPathComponent("short")
        let longFolder = folder.appendingPathComponent("long")
        try FileManager.default.createDirectory(at: shortFolder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: longFolder, withIntermediateDirectories: true)
        var parts: [String] = []
        for n in 1...repeats {
            let url = shortFolder.appendingPathComponent("\(n)-\(seed.url.lastPathComponent)")
            try Data(Self.unique(seed.bytes, format: .pdf, mark: "copy \(n)")).write(to: url)
            parts.append(url.path)
        }
        let long = longFolder.appendingPathComponent("long-\(seed.url.lastPathComponent)")
        guard ChildProcess.run(pdfunite, arguments: parts + [long.path]).status == 0 else { return nil }
        for name in ["short", "long"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("out-\(name)"), withIntermediateDirectories: true)
        }
        func time(_ input: URL, _ name: String) -> Double {
            let out = folder.appendingPathComponent("out-\(name)").path
            let start = ContinuousClock.now
            _ = ChildProcess.run(executable, arguments: [
                "ingest", input.path, "--pipeline", pipeline, "--out", out, "--store", out + "/store.sqlite", "--quiet",
                "--jobs", "1",
            ])
            return (ContinuousClock.now - start).inSeconds
        }
        let pages = repeats * seed.pages
        let shortSeconds = time(shortFolder, "short")
        let longSeconds = time(long, "long")
        return IngestBenchmarkReport.Linearity(
            seed: seed.url.lastPathComponent, seedPages: seed.pages, copies: repeats, pages: pages,
            shortSeconds: shortSeconds, longSeconds: longSeconds)
    }

    /// One ingest process over `memoryDocuments` copies (PDF and DOCX mixed), for its peak RSS.
    private func memoryRun(_ seeds: [Seed], in folder: URL) async throws -> IngestBenchmarkReport.Memory {
        let input = folder.appendingPathComponent("input")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        var count = 0
        var round = 0
        while count < memoryDocuments {
            round += 1
            for seed in seeds where count < memoryDocuments {
                let url = input.appendingPathComponent("\(round)-\(seed.url.lastPathComponent)")
                try Data(Self.unique(seed.bytes, format: seed.format, mark: "memory \(round)")).write(to: url)
                count += 1
            }
        }
        let out = folder.appendingPathComponent("out").path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let start = ContinuousClock.now
        let outcome = ChildProcess.measure(executable, arguments: [
            "ingest", input.path, "--pipeline", pipeline, "--out", out, "--store", out + "/store.sqlite", "--quiet",
        ], scratch: out + ".rss")
        return IngestBenchmarkReport.Memory(
            documents: count, peakResidentBytes: outcome.peakResidentBytes, seconds: (ContinuousClock.now - start).inSeconds)
    }

}
