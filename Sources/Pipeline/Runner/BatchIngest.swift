public import Foundation
public import PipelineCore
#if canImport(Glibc)
import Glibc
#endif

/// Where a bulk ingest loads each document besides its JSON: the store, behind a protocol so
/// that this target need not know the store's types.
public protocol DocumentSink: Sendable {
    /// Loads one document in one transaction.
    /// - Returns: True when the store already held these bytes (nothing changed).
    func load(_ review: ReviewDocument) async throws -> Bool
    /// Flushes and closes, after the last document.
    func finish() async throws
}

/// How a bulk ingest runs its files.
public struct BatchOptions: Sendable {
    /// Files in flight at once.
    public var jobs: Int
    /// Seconds one file may take before its worker is killed (isolated runs only).
    public var timeout: Double
    /// Bytes of address space a worker may use, or nil for no cap (isolated runs only).
    public var memoryLimit: Int?
    /// The password for encrypted PDFs.
    public var password: String?
    /// The program to re-run as the worker (`scrutineer`), or nil to read files in this process
    /// (no crash isolation and no time budget: for tests and debugging).
    public var workerExecutable: String?

    /// Creates options.
    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, timeout: Double = 60, memoryLimit: Int? = 1 << 30,
                password: String? = nil, workerExecutable: String? = nil) {
        self.jobs = max(1, jobs)
        self.timeout = timeout
        self.memoryLimit = memoryLimit
        self.password = password
        self.workerExecutable = workerExecutable
    }
}

/// What a bulk ingest tells its display as it goes.
public enum BatchEvent: Sendable {
    /// The run knows its inputs.
    case planned(total: Int)
    /// A worker started on a file.
    case started(path: String)
    /// A file is finished and its outputs written, with the warnings it gave.
    case finished(BatchEntry, warnings: [Warning], error: PipelineError?)
}

/// Bulk ingest: many files, `jobs` at a time, each read in a worker process with a time
/// budget and a memory cap, so that a file that crashes a reader, hangs or is too large ends
/// as that file's error and the rest go on. One writer takes the documents in input order,
/// writes each review JSON (to a temporary file, then renamed) and loads it into the sink, so
/// the outputs are the same for any number of jobs. A file whose review JSON already holds its
/// content hash is not read again (`unchanged`), so a run that was killed continues where it
/// stopped. Paths given twice are read once; the same bytes at a second path are reported as a
/// `duplicate` of the first and not loaded again.
public struct BatchIngest: Sendable {
    /// The pipeline file the workers run.
    public let pipelineFile: String
    /// The folder for review JSON and the report.
    public let outputDirectory: URL
    /// The store, or nil for JSON only.
    public let sink: (any DocumentSink)?
    /// How to run.
    public let options: BatchOptions

    /// Creates a bulk ingest.
    public init(pipelineFile: String, outputDirectory: URL, sink: (any DocumentSink)?, options: BatchOptions) {
        self.pipelineFile = pipelineFile
        self.outputDirectory = outputDirectory
        self.sink = sink
        self.options = options
    }

    /// Runs over `paths` (files, in order; see `InputFiles.collect`), writes the outputs and
    /// `ingest-report.json` / `ingest-report.csv`, and closes the sink.
    /// - Throws: `PipelineError(.invalidConfiguration)` when the pipeline cannot be loaded.
    public func run(paths: [String], extraEntries: [BatchEntry] = [], onEvent: @escaping @Sendable (BatchEvent) -> Void = { _ in }) async throws -> BatchReport {
        let clock = ContinuousClock()
        let start = clock.now
        let pipeline = try FileWorker.loadPipeline(pipelineFile, password: options.password)
        let fileManager = FileManager.default
        try? fileManager.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
        removeStaleTemporaryFiles()

        var seenPaths = Set<String>()
        var inputs: [Input] = []
        for path in paths {
            let absolute = StableOutputName.absolutePath(path)
            guard seenPaths.insert(absolute).inserted else { continue }
            inputs.append(Input(path: path, absolute: absolute))
        }
        let names = StableOutputName.names(forAbsolutePaths: inputs.map(\.absolute))
        for index in inputs.indices { inputs[index].name = names[inputs[index].absolute] ?? "document" }
        onEvent(.planned(total: inputs.count + extraEntries.count))

        let queue = WorkQueue(count: inputs.count, window: max(8, options.jobs * 4))
        let (stream, continuation) = AsyncStream<Prepared>.makeStream()
        let slots = min(options.jobs, max(1, inputs.count))
        let frozen = inputs
        let runner = PipelineRunner(pipeline: pipeline, consumers: [])
        var threads: [Thread] = []
        let remaining = Counter(slots)
        for slot in 0..<slots {
            let worker = options.workerExecutable.map { executable in
                var arguments = ["ingest-worker", "--pipeline", pipelineFile]
                if let limit = options.memoryLimit { arguments += ["--memory-limit", String(limit)] }
                let log = NSTemporaryDirectory() + "scrutineer-worker-\(getpid())-\(slot).log"
                return WorkerProcess(executable: executable, arguments: arguments, errorLog: log)
            }
            let thread = Thread { [self] in
                while let index = queue.take() {
                    onEvent(.started(path: frozen[index].path))
                    continuation.yield(prepare(frozen[index], index: index, worker: worker, runner: runner))
                }
                worker?.stop()
                if remaining.decrement() == 0 { continuation.finish() }
            }
            thread.stackSize = 1 << 22
            threads.append(thread)
        }
        if inputs.isEmpty { continuation.finish() }
        threads.forEach { $0.start() }

        var entries: [BatchEntry?] = Array(repeating: nil, count: inputs.count)
        var waiting: [Int: Prepared] = [:]
        var next = 0
        var loadedIds: [String: String] = [:]
        for await prepared in stream {
            waiting[prepared.index] = prepared
            while let ready = waiting.removeValue(forKey: next) {
                let (entry, warnings, error) = await commit(ready, input: inputs[next], loadedIds: &loadedIds)
                entries[next] = entry
                onEvent(.finished(entry, warnings: warnings, error: error))
                next += 1
                queue.committed(next)
            }
        }
        var finishError: PipelineError?
        if let sink {
            do { try await sink.finish() } catch {
                finishError = PipelineError(stage: "store", file: outputDirectory.path, reason: .storeFailure, message: "the store could not be closed", underlying: "\(error)")
            }
        }
        for entry in extraEntries { onEvent(.finished(entry, warnings: [], error: nil)) }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let report = BatchReport(entries: entries.compactMap { $0 } + extraEntries, seconds: seconds, finishError: finishError)
        writeReport(report)
        return report
    }

    // MARK: - Reading (worker threads)

    struct Input: Sendable {
        var path: String
        var absolute: String
        var name = ""
    }

    /// A file read (or not), waiting for the writer.
    struct Prepared: Sendable {
        enum Result: Sendable {
            case review(ReviewDocument, fromEarlierRun: Bool)
            case failure(PipelineError, code: String, warnings: [Warning])
            case timedOut
        }
        var index: Int
        var result: Result
        var format: String?
        var documentId: String?
        var seconds: Double
        var peakMemory: Int?
    }

    private func prepare(_ input: Input, index: Int, worker: WorkerProcess?, runner: PipelineRunner) -> Prepared {
        let started = Date()
        let bytes: [UInt8]
        do {
            bytes = try SourceFile.read(path: input.path).data
        } catch {
            let error = (error as? PipelineError) ?? PipelineError(stage: "read", file: input.path, reason: .unreadableFile, message: "\(error)")
            return Prepared(index: index, result: .failure(error, code: BatchEntry.code(for: error.reason), warnings: []), seconds: 0)
        }
        let id = SHA256.hex(of: bytes)
        let format = Self.formatLabel(bytes)
        if let earlier = earlierReview(named: input.name), earlier.document.id == id {
            return Prepared(index: index, result: .review(earlier, fromEarlierRun: true), format: format, documentId: id, seconds: 0)
        }
        let request = WorkerRequest(path: input.path, password: options.password)
        let exchange: WorkerExchange
        if let worker {
            exchange = worker.exchange(request, timeout: options.timeout)
        } else {
            exchange = .reply(Self.runInProcess(input.path, runner: runner))
        }
        let seconds = Date().timeIntervalSince(started)
        switch exchange {
        case .reply(let reply):
            let peak = reply.peakResidentBytes > 0 ? reply.peakResidentBytes : nil
            if let review = reply.review {
                return Prepared(index: index, result: .review(review, fromEarlierRun: false), format: format, documentId: id, seconds: seconds, peakMemory: peak)
            }
            let error = reply.failure?.error(file: input.path)
                ?? PipelineError(stage: "extract", file: input.path, reason: .damaged, message: "the worker gave no document")
            return Prepared(index: index, result: .failure(error, code: BatchEntry.code(for: error.reason), warnings: reply.warnings),
                            format: format, documentId: id, seconds: seconds, peakMemory: peak)
        case .timedOut:
            return Prepared(index: index, result: .timedOut, format: format, documentId: id, seconds: seconds)
        case .died(let death):
            let error: PipelineError
            let code: String
            if death.outOfMemory {
                let limit = options.memoryLimit.map { "\($0 >> 20) MiB" } ?? "the memory available"
                error = PipelineError(stage: "extract", file: input.path, reason: .tooLarge,
                                      message: "reading it needs more than \(limit) of memory; the worker was stopped", underlying: death.message)
                code = "too-large"
            } else {
                let how = death.signal.map { "signal \($0)" } ?? "exit status \(death.exitStatus ?? -1)"
                error = PipelineError(stage: "extract", file: input.path, reason: .damaged,
                                      message: "the reader crashed on this file (\(how))", underlying: death.message)
                code = "crashed"
            }
            return Prepared(index: index, result: .failure(error, code: code, warnings: []), format: format, documentId: id, seconds: seconds)
        }
    }

    /// Runs one file on this thread through the async pipeline.
    private static func runInProcess(_ path: String, runner: PipelineRunner) -> WorkerReply {
        let box = ReplyBox()
        let done = DispatchSemaphore(value: 0)
        Task {
            box.reply = await FileWorker.run(path, with: runner)
            done.signal()
        }
        done.wait()
        return box.reply ?? WorkerReply(path: path)
    }

    /// The review JSON an earlier run wrote under `name`, if it can be read.
    private func earlierReview(named name: String) -> ReviewDocument? {
        let url = outputDirectory.appendingPathComponent(name + ".json")
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(ReviewDocument.self, from: data)
    }

    /// The format the bytes say, for the report.
    static func formatLabel(_ bytes: [UInt8]) -> String {
        if let foreign = ForeignFormat.recognise(bytes) { return foreign.label }
        switch FormatSniffer.sniff(bytes) {
        case .zip: return "docx"
        case .pdf: return "pdf"
        case .text: return "text"
        case .empty: return "empty"
        case .unknown: return "unknown"
        }
    }

    // MARK: - Writing (one writer, in input order)

    private func commit(_ prepared: Prepared, input: Input, loadedIds: inout [String: String]) async -> (BatchEntry, [Warning], PipelineError?) {
        var entry = BatchEntry(path: input.path, outcome: .failed, format: prepared.format, seconds: prepared.seconds, documentId: prepared.documentId)
        entry.peakMemory = prepared.peakMemory
        switch prepared.result {
        case .timedOut:
            entry.outcome = .timedOut
            entry.code = "timed-out"
            let limit = options.timeout == options.timeout.rounded() ? String(Int(options.timeout)) : String(options.timeout)
            let error = PipelineError(stage: "extract", file: input.path, reason: .tooLarge,
                                      message: "reading it took longer than \(limit) s; the worker was stopped")
            entry.message = error.message
            return (entry, [], error)
        case .failure(let error, let code, let warnings):
            entry.code = code
            entry.message = error.underlying.map { "\(error.message) (\($0))" } ?? error.message
            entry.warnings = warnings.count
            return (entry, warnings, error)
        case .review(let review, let fromEarlierRun):
            entry.format = review.document.format.rawValue
            entry.pages = review.document.pageCount
            entry.items = review.domains.count + review.questions.count + review.evidence.count + review.actions.count + review.recommendations.count + review.decisions.count
            entry.warnings = review.warnings.count
            if let first = loadedIds[review.document.id] {
                entry.outcome = .duplicate
                entry.message = "the same bytes as \(first), read once"
                return (entry, [], nil)
            }
            let file = input.name + ".json"
            if !fromEarlierRun {
                do {
                    try writeAtomically(JSONOutput.encode(review), to: file)
                } catch {
                    let failure = PipelineError(stage: "emit", file: input.path, reason: .unreadableFile,
                                                message: "cannot write \(outputDirectory.appendingPathComponent(file).path)", underlying: "\(error)")
                    entry.code = "unwritable"
                    entry.message = failure.description
                    return (entry, review.warnings, failure)
                }
            }
            entry.output = file
            var alreadyStored = false
            if let sink {
                do {
                    alreadyStored = try await sink.load(review)
                } catch {
                    let failure = (error as? PipelineError).map { var copy = $0; copy.file = input.path; return copy }
                        ?? PipelineError(stage: "store", file: input.path, reason: .storeFailure, message: "cannot load the store", underlying: "\(error)")
                    entry.code = "store-failure"
                    entry.message = failure.underlying.map { "\(failure.message) (\($0))" } ?? failure.message
                    return (entry, review.warnings, failure)
                }
            }
            loadedIds[review.document.id] = input.path
            // Unchanged when the store already held these bytes, or, without a store, when an
            // earlier run's JSON did.
            entry.outcome = (sink == nil ? fromEarlierRun : alreadyStored) ? .unchanged : .loaded
            return (entry, fromEarlierRun ? [] : review.warnings, nil)
        }
    }

    /// Writes `data` to `name` in the output folder through a temporary file and a rename, so
    /// that no reader ever sees half a file.
    private func writeAtomically(_ data: Data, to name: String) throws {
        let temporary = outputDirectory.appendingPathComponent(".\(name).\(getpid()).ingest-tmp")
        try data.write(to: temporary)
        guard rename(temporary.path, outputDirectory.appendingPathComponent(name).path) == 0 else {
            let code = errno
            unlink(temporary.path)
            throw PipelineError(stage: "emit", file: name, reason: .unreadableFile, message: "cannot rename the output", underlying: String(cString: strerror(code)))
        }
    }

    /// Removes temporary files a killed run left behind.
    private func removeStaleTemporaryFiles() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: outputDirectory.path) else { return }
        for name in names where name.hasPrefix(".") && name.hasSuffix(".ingest-tmp") {
            unlink(outputDirectory.appendingPathComponent(name).path)
        }
    }

    private func writeReport(_ report: BatchReport) {
        if let json = try? report.json() { try? writeAtomically(json, to: "ingest-report.json") }
        try? writeAtomically(Data(report.csv().utf8), to: "ingest-report.csv")
    }
}

/// Hands out input indices to worker threads, at most `window` ahead of the writer, so that
/// documents waiting to be written in order stay few.
final class WorkQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private var next = 0
    private var written = 0

    init(count: Int, window: Int) {
        self.count = count
        self.window = window
    }

    /// The next index to read, or nil when all are taken; waits while too far ahead.
    func take() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while next < count && next >= written + window { condition.wait() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    /// The writer has written every index below `upTo`.
    func committed(_ upTo: Int) {
        condition.lock()
        written = upTo
        condition.broadcast()
        condition.unlock()
    }
}

/// A count shared by threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int
    init(_ value: Int) { self.value = value }
    func decrement() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value -= 1
        return value
    }
}

/// Carries a reply out of a task to a waiting thread.
final class ReplyBox: @unchecked Sendable {
    var reply: WorkerReply?
}
