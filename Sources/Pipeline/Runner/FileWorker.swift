public import Foundation
public import PipelineCore
import DOCXExtraction
import PDFExtraction
import TextExtraction
#if canImport(Glibc)
import Glibc
#endif

/// One request to a worker process: read this file.
public struct WorkerRequest: Codable, Sendable {
    /// The path to read, as the user gave it.
    public var path: String
    /// The password for encrypted PDFs, or nil.
    public var password: String?

    /// Creates a request.
    public init(path: String, password: String? = nil) {
        self.path = path
        self.password = password
    }
}

/// What a worker made of one file: the review ready for the outputs, or the error that
/// stopped it, with the warnings found and the worker's peak memory.
public struct WorkerReply: Codable, Sendable {
    /// The path read.
    public var path: String
    /// The review, when the pipeline approved it for the outputs.
    public var review: ReviewDocument?
    /// What stopped the file, when something did.
    public var failure: WorkerFailure?
    /// Warnings recorded while reading a file that failed (an emitted review carries its own).
    public var warnings: [Warning]
    /// Peak resident memory of the worker process so far, in bytes (0 when unknown).
    public var peakResidentBytes: Int

    /// Creates a reply.
    public init(path: String, review: ReviewDocument? = nil, failure: WorkerFailure? = nil, warnings: [Warning] = [], peakResidentBytes: Int = 0) {
        self.path = path
        self.review = review
        self.failure = failure
        self.warnings = warnings
        self.peakResidentBytes = peakResidentBytes
    }
}

/// A `PipelineError` as it crosses the process boundary.
public struct WorkerFailure: Codable, Sendable, Hashable {
    /// The stage that stopped.
    public var stage: String
    /// The kind of failure.
    public var reason: PipelineError.Reason
    /// What went wrong.
    public var message: String
    /// The library's own message.
    public var underlying: String?

    /// The failure of an error.
    public init(_ error: PipelineError) {
        stage = error.stage
        reason = error.reason
        message = error.message
        underlying = error.underlying
    }

    /// The error again, naming `file`.
    public func error(file: String) -> PipelineError {
        PipelineError(stage: stage, file: file, reason: reason, message: message, underlying: underlying)
    }
}

/// The child side of isolated ingest: reads one JSON `WorkerRequest` per line on standard
/// input, runs the pipeline over that file, and writes one JSON `WorkerReply` per line on
/// standard output, until standard input ends.
public enum FileWorker {
    /// Serves requests until standard input closes.
    /// - Parameters:
    ///   - pipelineFile: The pipeline definition to run.
    ///   - memoryLimit: Bytes of address space the process may use (`RLIMIT_AS`), or nil.
    /// - Returns: The exit status: 0, or 2 when the pipeline cannot be loaded.
    public static func serve(pipelineFile: String, memoryLimit: Int?) async -> Int32 {
        if let memoryLimit { limitAddressSpace(to: memoryLimit) }
        exitWhenOrphaned()
        // Replies go to the original standard output; anything a library prints goes to
        // standard error instead, so it cannot break a reply line.
        let replies = FileHandle(fileDescriptor: dup(1), closeOnDealloc: true)
        dup2(2, 1)
        var runners: [String: PipelineRunner] = [:]
        let encoder = replyEncoder()
        while let line = readLine(strippingNewline: true) {
            guard let request = try? JSONDecoder().decode(WorkerRequest.self, from: Data(line.utf8)) else { continue }
            var reply: WorkerReply
            do {
                let key = request.password ?? ""
                let runner: PipelineRunner
                if let known = runners[key] {
                    runner = known
                } else {
                    runner = PipelineRunner(pipeline: try loadPipeline(pipelineFile, password: request.password), consumers: [])
                    runners[key] = runner
                }
                reply = await run(request.path, with: runner)
            } catch let error as PipelineError {
                reply = WorkerReply(path: request.path, failure: WorkerFailure(error))
            } catch {
                reply = WorkerReply(path: request.path, failure: WorkerFailure(
                    PipelineError(stage: "configure", file: pipelineFile, reason: .invalidConfiguration, message: "\(error)")))
            }
            reply.peakResidentBytes = peakResidentBytes()
            guard var data = try? encoder.encode(reply) else { return 3 }
            data.append(0x0A)
            replies.write(data)
        }
        return 0
    }

    /// The encoder of reply lines. The parent only decodes them, so their keys stay in the
    /// order the types write them.
    public static func replyEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }

    /// Loads a pipeline whose extract stage opens encrypted PDFs with `password`.
    /// - Throws: `PipelineError(.invalidConfiguration)` as `LoadedPipeline` does.
    public static func loadPipeline(_ file: String, password: String?) throws -> LoadedPipeline {
        var catalog = StageCatalog.standard
        if let password {
            catalog.register("extract") { _ in
                Extractor(docx: DOCXExtractor(), pdf: PDFExtractor(password: password), text: TextExtractor())
            }
        }
        return try LoadedPipeline(contentsOf: URL(fileURLWithPath: file), catalog: catalog)
    }

    /// Reads and runs one file in this process.
    public static func run(_ path: String, with runner: PipelineRunner) async -> WorkerReply {
        let outcome: DocumentOutcome
        do {
            outcome = await runner.run(try SourceFile.read(path: path))
        } catch let error as PipelineError {
            return WorkerReply(path: path, failure: WorkerFailure(error))
        } catch {
            return WorkerReply(path: path, failure: WorkerFailure(
                PipelineError(stage: "read", file: path, reason: .unreadableFile, message: "\(error)")))
        }
        let warnings = outcome.diagnostics.all.filter { $0.severity == .warning }
            .map { Warning(code: $0.code, message: $0.message, location: $0.location) }
        if let error = outcome.error {
            return WorkerReply(path: path, failure: WorkerFailure(error), warnings: warnings)
        }
        guard outcome.emitted, let review = outcome.review else {
            return WorkerReply(path: path, failure: WorkerFailure(PipelineError(
                stage: "emit", file: path, reason: .invalidConfiguration,
                message: "the pipeline does not emit documents; list emit as its last stage")), warnings: warnings)
        }
        return WorkerReply(path: path, review: review)
    }

    /// Ends the process once its parent has gone (a killed `ingest`), so that a worker stuck in
    /// a file does not run on alone.
    static func exitWhenOrphaned() {
        let parent = getppid()
        let watchdog = Thread {
            while true {
                sleep(1)
                if getppid() != parent { _exit(1) }
            }
        }
        watchdog.start()
    }

    /// Caps the process's address space, so that a file that needs more memory fails alone.
    static func limitAddressSpace(to bytes: Int) {
        #if canImport(Glibc)
        var limit = rlimit(rlim_cur: rlim_t(bytes), rlim_max: rlim_t(bytes))
        _ = setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit)
        #endif
    }

    /// The process's peak resident set (`VmHWM` in /proc/self/status), in bytes; 0 when unknown.
    public static func peakResidentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return (Int(digits) ?? 0) * 1024
        }
        return 0
    }
}
