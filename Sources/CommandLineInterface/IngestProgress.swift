import Foundation
import Pipeline
import PipelineCore

/// Shows a bulk ingest as it runs: a failed file's `scrutineer: <file>: <problem>` line as it
/// happens; on a terminal one live line (files done/total, pages/s, ETA, current file,
/// failures), otherwise a plain progress line every ten seconds; `--verbose` adds each warning.
final class IngestProgress: @unchecked Sendable {
    private let console: Console
    private let enabled: Bool
    private let verbose: Bool
    private let live: (@Sendable (String) -> Void)?
    private let lock = NSLock()
    private let started = Date()
    private var total = 0
    private var done = 0
    private var pages = 0
    private var failed = 0
    private var current = ""
    private var lastDrawn = Date.distantPast
    private var lastPlain = Date()
    private var showingLine = false

    /// Creates a display.
    /// - Parameters:
    ///   - enabled: False for `--quiet`: only failures are printed.
    ///   - live: Raw writer for the live line on a terminal, or nil for plain lines.
    init(console: Console, enabled: Bool, verbose: Bool, live: (@Sendable (String) -> Void)?) {
        self.console = console
        self.enabled = enabled
        self.verbose = verbose
        self.live = live
    }

    /// Takes one event of the run.
    func handle(_ event: BatchEvent) {
        lock.lock()
        defer { lock.unlock() }
        switch event {
        case .planned(let count):
            total = count
        case .started(let path):
            current = path
            drawIfDue(force: false)
        case .finished(let entry, let warnings, let error):
            done += 1
            if entry.outcome == .loaded { pages += entry.pages ?? 0 }
            if entry.isFailure {
                failed += 1
                clearLine()
                if let error {
                    console.error("scrutineer: \(error.description)")
                } else {
                    console.error("scrutineer: \(entry.path): \(entry.message ?? entry.code ?? "failed")")
                }
            }
            if verbose && !warnings.isEmpty {
                clearLine()
                for warning in warnings { console.error("scrutineer: \(entry.path): warning: \(warning.code): \(warning.message)") }
            }
            drawIfDue(force: done == total)
        }
    }

    /// Clears the live line at the end of the run.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        clearLine()
    }

    private var statusText: String {
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        let rate = Double(pages) / elapsed
        var text = "\(done)/\(total) files, \(pages) pages, \(String(format: "%.1f", rate)) pages/s"
        if done > 0 && done < total {
            let eta = Int((elapsed / Double(done) * Double(total - done)).rounded())
            text += ", ETA " + (eta >= 60 ? "\(eta / 60)m\(String(format: "%02d", eta % 60))s" : "\(eta)s")
        }
        text += ", \(failed) failed"
        return text
    }

    private func drawIfDue(force: Bool) {
        guard enabled else { return }
        let now = Date()
        if let live {
            guard force || now.timeIntervalSince(lastDrawn) >= 0.2 else { return }
            lastDrawn = now
            var line = statusText
            if done < total && !current.isEmpty { line += " · " + current }
            let width = Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 120
            if line.count > width - 1 { line = String(line.prefix(width - 2)) + "…" }
            live("\r\u{1B}[K" + line)
            showingLine = true
        } else {
            guard force || now.timeIntervalSince(lastPlain) >= 10 else { return }
            lastPlain = now
            console.error("ingest: " + statusText)
        }
    }

    private func clearLine() {
        guard showingLine, let live else { return }
        live("\r\u{1B}[K")
        showingLine = false
    }
}
