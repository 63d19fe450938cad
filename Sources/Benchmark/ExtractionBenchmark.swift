public import Foundation
public import Pipeline
import PipelineCore

/// Times extraction over a scaled copy of the corpus: every DOCX and PDF copied `scale` times
/// into a temporary folder, extracted in-process in parallel, and, in the same run and with the
/// same parallel width, converted by `pdftotext` and `pandoc -t plain` for comparison.
public struct ExtractionBenchmark: Sendable {
    /// The folder holding `docx/` and `pdf/` (the corpus).
    public var corpus: URL
    /// How many copies of each file to extract.
    public var scale: Int
    /// How many files are worked on at once (default: the core count).
    public var width: Int
    /// The extractor to time.
    public var extractor: Extractor

    /// Creates a benchmark.
    public init(corpus: URL, scale: Int = 10, width: Int = ProcessInfo.processInfo.activeProcessorCount, extractor: Extractor = Extractor()) {
        self.corpus = corpus
        self.scale = max(1, scale)
        self.width = max(1, width)
        self.extractor = extractor
    }

    /// Runs every measurement and returns the figures.
    /// - Throws: `PipelineError` when the corpus has no DOCX or PDF files or the copies cannot be made.
    public func run() async throws -> BenchmarkReport {
        let inputs = try corpusFiles()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrutineer-bench-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let copies = try makeCopies(of: inputs, in: folder)
        var report = BenchmarkReport(scale: scale, width: width, machine: MachineDescription.current())

        let pdfs = copies.filter { $0.format == .pdf }
        let docxs = copies.filter { $0.format == .docx }
        let pdfRun = await extractAll(pdfs)
        report.rows.append(pdfRun.row(tool: "scrutineer", format: "PDF"))
        let pagesBySeed = pdfRun.pagesBySeed
        let docxRun = await extractAll(docxs)
        var docxRow = docxRun.row(tool: "scrutineer", format: "DOCX")
        docxRow.pages = Self.renditionPages(of: docxs, pagesBySeed: pagesBySeed)
        report.rows.append(docxRow)
        report.notes += pdfRun.notes + docxRun.notes

        for tool in [ExternalTool.pdftotext, ExternalTool.pandoc] {
            let files = tool.format == .pdf ? pdfs : docxs
            guard let executable = tool.locate() else {
                report.notes.append("\(tool.name) is not installed; its row is missing.")
                continue
            }
            var row = await runExternal(tool, executable: executable, on: files)
            row.pages = tool.format == .pdf ? (pdfRun.pages > 0 ? pdfRun.pages : nil) : docxRow.pages
            report.rows.append(row)
        }
        if docxRow.pages == nil, !docxs.isEmpty {
            report.notes.append("DOCX pages are unknown without PDF renditions of the same seeds; compare documents/s.")
        }
        return report
    }

    /// A copy of one corpus file in the scaled folder.
    struct Copy: Sendable {
        var url: URL
        var seed: String
        var format: DocumentFormat
        var bytes: Int
    }

    private func corpusFiles() throws -> [(url: URL, format: DocumentFormat)] {
        var found: [(URL, DocumentFormat)] = []
        for (folder, format) in [("pdf", DocumentFormat.pdf), ("docx", .docx)] {
            let dir = corpus.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            for name in names.sorted() where name.hasSuffix("." + folder) {
                found.append((dir.appendingPathComponent(name), format))
            }
        }
        guard !found.isEmpty else {
            throw PipelineError(
                stage: "bench", file: corpus.path, reason: .invalidConfiguration,
                message: "no DOCX or PDF files under docx/ or pdf/")
        }
        return found.map { (url: $0.0, format: $0.1) }
    }

    private func makeCopies(of inputs: [(url: URL, format: DocumentFormat)], in folder: URL) throws -> [Copy] {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var copies: [Copy] = []
            for input in inputs {
                let data = try Data(contentsOf: input.url)
                let seed = input.url.deletingPathExtension().lastPathComponent
                for n in 1...scale {
                    let url = folder.appendingPathComponent("\(n)-\(input.url.lastPathComponent)")
                    try data.write(to: url)
                    copies.append(Copy(url: url, seed: seed, format: input.format, bytes: data.count))
                }
            }
            return copies
        } catch {
            throw PipelineError(
                stage: "bench", file: folder.path, reason: .unreadableFile, message: "the scaled corpus cannot be written",
                underlying: "\(error)")
        }
    }

    /// What one in-process pass found.
    struct ExtractionRun: Sendable {
        var files = 0
        var bytes = 0
        var pages = 0
        var failures = 0
        var firstFailure: String?
        var seconds = 0.0
        var pagesBySeed: [String: Int] = [:]

        func row(tool: String, format: String) -> BenchmarkRow {
            BenchmarkRow(
                tool: tool, format: format, files: files - failures, pages: pages > 0 ? pages : nil, bytes: bytes,
                seconds: seconds, peakMemoryBytes: ResourceUsage.peakResidentBytesOfSelf(), memoryNote: "process peak so far")
        }

        var notes: [String] {
            guard failures > 0 else { return [] }
            return ["\(failures) of \(files) files failed to extract; first: \(firstFailure ?? "?")"]
        }
    }

    private func extractAll(_ copies: [Copy]) async -> ExtractionRun {
        var run = ExtractionRun()
        guard !copies.isEmpty else { return run }
        let extractor = self.extractor
        let start = ContinuousClock.now
        await withTaskGroup(of: (Copy, Result<Int?, PipelineError>).self) { group in
            var next = 0
            func submit() {
                let copy = copies[next]
                next += 1
                group.addTask {
                    do {
                        let file = try SourceFile.read(path: copy.url.path)
                        var diagnostics = Diagnostics()
                        let document = try extractor.extract(file, diagnostics: &diagnostics)
                        return (copy, .success(document.metadata.pageCount))
                    } catch let error as PipelineError {
                        return (copy, .failure(error))
                    } catch {
                        return (copy, .failure(PipelineError(
                            stage: "extract", file: copy.url.path, reason: .damaged, message: "\(error)")))
                    }
                }
            }
            while next < min(width, copies.count) { submit() }
            while let (copy, result) = await group.next() {
                run.files += 1
                run.bytes += copy.bytes
                switch result {
                case .success(let pages):
                    run.pages += pages ?? 0
                    if let pages { run.pagesBySeed[copy.seed] = pages }
                case .failure(let error):
                    run.failures += 1
                    if run.firstFailure == nil { run.firstFailure = error.description }
                }
                if next < copies.count { submit() }
            }
        }
        run.seconds = (ContinuousClock.now - start).inSeconds
        return run
    }

    private func runExternal(_ tool: ExternalTool, executable: String, on copies: [Copy]) async -> BenchmarkRow {
        let run = await tool.run(executable, over: copies.map(\.url.path), jobs: width)
        let peak = run.peakResidentBytes
        let failures = run.failures
        let seconds = run.seconds
        return BenchmarkRow(
            tool: tool.name, format: tool.format == .pdf ? "PDF" : "DOCX", files: copies.count - failures, pages: nil,
            bytes: copies.reduce(0) { $0 + $1.bytes }, seconds: seconds, peakMemoryBytes: peak,
            memoryNote: ChildProcess.timeProgram == nil ? "largest process, includes the spawning process" : "largest single process")
    }

    private static func renditionPages(of copies: [Copy], pagesBySeed: [String: Int]) -> Int? {
        var total = 0
        for copy in copies {
            guard let pages = pagesBySeed[copy.seed] else { return nil }
            total += pages
        }
        return copies.isEmpty ? nil : total
    }

}
