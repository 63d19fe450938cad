import ArgumentParser
import Configuration
import Foundation
import Pipeline
import PipelineCore
#if canImport(Glibc)
import Glibc
#endif

/// `scrutineer ingest PATH… [--pipeline FILE] [--out DIR] [--jobs N] [--timeout S]`: runs a
/// pipeline over files and folders, each file in a worker process, writes one review JSON per
/// document and loads each into the store (`--store`, `SCRUTINEER_STORE`, default
/// Output/scrutineer.sqlite), then `ingest-report.json` and `ingest-report.csv`.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read documents, write their review JSON and load them into the store.",
        discussion: """
            Folders are walked recursively in sorted order; hidden files are skipped. Each file is \
            read in a worker process with a time budget and a memory cap, so a file that crashes a \
            reader or hangs fails alone. A failed file gets one line on standard error and the rest \
            continue; the exit code is non-zero when any file failed. Files whose review JSON \
            already holds their content hash are not read again (a killed run continues). The \
            review JSON of a source is named <stem>-<first 8 hex digits of the SHA-256 of its \
            absolute path>.json, the same on every run. OUT/ingest-report.json and .csv list \
            every input with its outcome.
            """
    )

    @Argument(help: "Files or folders to read (DOCX, PDF, text).")
    var paths: [String]

    @Option(help: ArgumentHelp(
        "The pipeline definition to run (default: $SCRUTINEER_PIPELINE, else the one shipped with scrutineer).",
        valueName: "path"))
    var pipeline: String?

    @Option(help: "The folder the review JSON files and the ingest report are written to.")
    var out: String = "Output"

    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "Write the review JSON only; do not load the store.")
    var noStore = false

    @Option(help: "Files read at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Seconds one file may take before it is stopped and reported as timed out.")
    var timeout: Double = 60

    @Option(help: ArgumentHelp("Address space a worker may use (e.g. 1G, 512M, or bytes); 0 for no cap.", valueName: "size"))
    var memoryLimit: String = "1G"

    @Option(help: "The password to open encrypted PDFs with.")
    var password: String?

    @Flag(help: "Print only failures and the summary, no progress.")
    var quiet = false

    @Flag(help: "Print every warning, not only the count per file.")
    var verbose = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard timeout > 0 else { throw ValidationError("--timeout must be more than 0 seconds") }
        guard Self.bytes(memoryLimit) != nil else { throw ValidationError("--memory-limit must be a size such as 1G, 512M or 1073741824") }
    }

    /// A size in bytes from `1G`, `512M`, `64K` or a plain number; nil when unreadable.
    static func bytes(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased().replacingOccurrences(of: "IB", with: "").replacingOccurrences(of: "B", with: "")
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        if let last = trimmed.last, let unit = units[last], let value = Double(trimmed.dropLast()), value >= 0 {
            return Int(value * Double(unit))
        }
        return Int(trimmed).flatMap { $0 >= 0 ? $0 : nil }
    }

    /// This program's own executable, which the workers re-run.
    static var executablePath: String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    func run() async throws {
        let outputs: IngestAction.Outputs
        do {
            outputs = IngestAction.Outputs(
                jsonDirectory: out,
                store: noStore ? nil : try storeOptions.location(),
                glossary: try storeOptions.loadGlossary())
        } catch let error as PipelineError {
            Console.standard.error("scrutineer: \(error.description)")
            throw ExitCode.failure
        }
        let limit = Self.bytes(memoryLimit) ?? 1 << 30
        var action = IngestAction(
            paths: paths, pipelineFile: DefaultFiles.pipeline(named: pipeline).path, outputs: outputs, showProgress: !quiet)
        action.options = BatchOptions(
            jobs: jobs, timeout: timeout, memoryLimit: limit == 0 ? nil : limit, password: password,
            workerExecutable: Self.executablePath)
        action.verbose = verbose
        if isatty(STDERR_FILENO) == 1 {
            action.liveProgress = { text in FileHandle.standardError.write(Data(text.utf8)) }
        }
        let report: BatchReport
        do {
            report = try await action.perform(console: .standard)
        } catch is PipelineError {
            throw ExitCode.failure
        }
        if !report.failures.isEmpty || report.finishError != nil { throw ExitCode.failure }
    }
}

/// `scrutineer ingest-worker --pipeline FILE [--memory-limit BYTES]` (hidden): the worker
/// process of `ingest`. Reads one JSON request per line on standard input (a path to read),
/// writes one JSON reply per line on standard output, and exits when its input ends.
struct IngestWorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest-worker",
        abstract: "The worker process of ingest (reads requests on standard input).",
        shouldDisplay: false
    )

    @Option(help: "The pipeline definition to run.")
    var pipeline: String = "Pipelines/default.yml"

    @Option(help: "Bytes of address space the worker may use.")
    var memoryLimit: Int?

    func run() async throws {
        let status = await FileWorker.serve(pipelineFile: pipeline, memoryLimit: memoryLimit)
        if status != 0 { throw ExitCode(status) }
    }
}
