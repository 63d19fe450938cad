public import Foundation
public import PipelineCore

/// What a bulk ingest made of one input file: a row of `ingest-report.json` and `.csv`.
public struct BatchEntry: Codable, Hashable, Sendable {
    /// How the file ended.
    public enum Outcome: String, Codable, Hashable, Sendable, CaseIterable {
        /// Read and written to the outputs.
        case loaded
        /// Its bytes were already loaded (same content hash); not read again.
        case unchanged
        /// The same bytes as an earlier input of this run; read once, under the earlier path.
        case duplicate
        /// Stopped by an error; `code` and `message` say which.
        case failed
        /// Stopped because reading it took longer than the time budget.
        case timedOut = "timed-out"
    }

    /// The input path as given.
    public var path: String
    /// How it ended.
    public var outcome: Outcome
    /// For failures: `timed-out`, `too-large`, `encrypted`, `damaged`, `unsupported`,
    /// `crashed`, `empty`, `unreadable`, `store-failure` or `invalid-configuration`.
    public var code: String?
    /// For failures and duplicates: what happened, in a sentence.
    public var message: String?
    /// The format read from its bytes (`docx`, `pdf`, `text`, `markdown`, `doc`, `xls`, `png`, …).
    public var format: String?
    /// Pages (PDF).
    public var pages: Int?
    /// Items found: domains, questions, evidence, actions, recommendations and decisions.
    public var items: Int?
    /// Warnings recorded.
    public var warnings: Int
    /// Seconds spent reading it (0 for files not read again).
    public var seconds: Double
    /// The review JSON written for it, relative to the output folder.
    public var output: String?
    /// The content hash (`Document.id`), when the file could be read.
    public var documentId: String?
    /// Peak resident memory of the worker that read it, in bytes, when it reported one (the
    /// worker's peak so far, so an upper bound for this file).
    public var peakMemory: Int?

    /// Creates an entry.
    public init(path: String, outcome: Outcome, code: String? = nil, message: String? = nil, format: String? = nil,
                pages: Int? = nil, items: Int? = nil, warnings: Int = 0, seconds: Double = 0, output: String? = nil, documentId: String? = nil) {
        self.path = path
        self.outcome = outcome
        self.code = code
        self.message = message
        self.format = format
        self.pages = pages
        self.items = items
        self.warnings = warnings
        self.seconds = seconds
        self.output = output
        self.documentId = documentId
    }

    /// True for failed and timed-out files.
    public var isFailure: Bool { outcome == .failed || outcome == .timedOut }

    /// The report code of a pipeline error.
    public static func code(for reason: PipelineError.Reason) -> String {
        switch reason {
        case .tooLarge: "too-large"
        case .encrypted: "encrypted"
        case .damaged, .corruptArchive, .missingPart, .malformedMarkup, .forbiddenMarkup: "damaged"
        case .unsupportedFormat: "unsupported"
        case .emptyFile: "empty"
        case .unreadableFile: "unreadable"
        case .storeFailure: "store-failure"
        case .invalidConfiguration, .invalidQuery: "invalid-configuration"
        }
    }
}

/// The whole of a bulk ingest: one entry per input, in input order.
public struct BatchReport: Sendable {
    /// One entry per input.
    public var entries: [BatchEntry]
    /// Wall-clock seconds.
    public var seconds: Double
    /// An output that could not be finished (the store not closed), if any.
    public var finishError: PipelineError?

    /// Creates a report.
    public init(entries: [BatchEntry], seconds: Double, finishError: PipelineError? = nil) {
        self.entries = entries
        self.seconds = seconds
        self.finishError = finishError
    }

    /// Files that failed or timed out.
    public var failures: [BatchEntry] { entries.filter(\.isFailure) }
    /// Files loaded or unchanged that gave no items.
    public var withoutItems: [BatchEntry] {
        entries.filter { ($0.outcome == .loaded || $0.outcome == .unchanged) && ($0.items ?? 0) == 0 }
    }
    /// How many entries had an outcome.
    public func count(_ outcome: BatchEntry.Outcome) -> Int { entries.filter { $0.outcome == outcome }.count }

    /// The summary: one line of counts, then the failed files and the files without items.
    public var summary: [String] {
        let items = entries.filter { $0.outcome == .loaded || $0.outcome == .unchanged }.reduce(0) { $0 + ($1.items ?? 0) }
        let warnings = entries.reduce(0) { $0 + $1.warnings }
        let pages = entries.filter { $0.outcome == .loaded }.reduce(0) { $0 + ($1.pages ?? 0) }
        let time = (seconds * 100).rounded() / 100
        var lines = ["\(entries.count) files: \(count(.loaded)) loaded, \(count(.unchanged)) unchanged, \(count(.duplicate)) duplicate, "
            + "\(failures.count) failed; \(items) items, \(warnings) warnings, \(pages) pages, \(time) s"]
        if !failures.isEmpty {
            lines.append("failed (\(failures.count)):")
            lines += failures.map { "  \($0.path): \($0.code ?? "failed"): \($0.message ?? "")" }
        }
        let empty = withoutItems
        if !empty.isEmpty {
            lines.append("no items found (\(empty.count)):")
            lines += empty.map { "  \($0.path)" }
        }
        return lines
    }

    /// `ingest-report.json`: the entries and the counts, keys sorted.
    public func json() throws -> Data {
        struct File: Encodable {
            var files: [BatchEntry]
            var counts: [String: Int]
            var seconds: Double
        }
        var counts: [String: Int] = [:]
        for outcome in BatchEntry.Outcome.allCases { counts[outcome.rawValue] = count(outcome) }
        let rounded = entries.map { entry -> BatchEntry in
            var entry = entry
            entry.seconds = (entry.seconds * 1000).rounded() / 1000
            return entry
        }
        return try JSONOutput.encode(File(files: rounded, counts: counts, seconds: (seconds * 1000).rounded() / 1000))
    }

    /// `ingest-report.csv`: a header and one row per entry.
    public func csv() -> String {
        func field(_ value: String?) -> String {
            guard let value else { return "" }
            guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var lines = ["path,outcome,code,message,format,pages,items,warnings,seconds,output,document_id"]
        for entry in entries {
            let seconds = String(format: "%.3f", entry.seconds)
            lines.append([
                field(entry.path), entry.outcome.rawValue, field(entry.code), field(entry.message), field(entry.format),
                entry.pages.map(String.init) ?? "", entry.items.map(String.init) ?? "", String(entry.warnings), seconds,
                field(entry.output), entry.documentId ?? "",
            ].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
