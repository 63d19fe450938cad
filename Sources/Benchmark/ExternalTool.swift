import Foundation
import PipelineCore

/// A converter the benchmark compares against: `pdftotext` for PDF, `pandoc -t plain` for DOCX.
struct ExternalTool: Sendable {
    /// The program name looked up on `PATH`.
    var name: String
    /// The format it converts.
    var format: DocumentFormat
    /// Its arguments for one input file; output goes to standard output, which is discarded.
    var arguments: @Sendable (String) -> [String]

    /// `pdftotext FILE -`.
    static let pdftotext = ExternalTool(name: "pdftotext", format: .pdf) { [$0, "-"] }
    /// `pandoc -t plain FILE`.
    static let pandoc = ExternalTool(name: "pandoc", format: .docx) { ["-t", "plain", $0] }

    /// The executable's full path, or nil when it is not installed.
    func locate() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// What running an external converter over a set of files measured.
struct ExternalRun: Sendable {
    /// Wall-clock seconds for all files.
    var seconds: Double
    /// The largest peak resident memory of one conversion.
    var peakResidentBytes: Int
    /// Files the tool failed on.
    var failures: Int
}

extension ExternalTool {
    /// Runs the tool over `paths`, `jobs` at a time, each conversion measured as a child process.
    func run(_ executable: String, over paths: [String], jobs: Int) async -> ExternalRun {
        let start = ContinuousClock.now
        var peak = 0
        var failures = 0
        await withTaskGroup(of: ChildOutcome.self) { group in
            var next = 0
            func submit() {
                let path = paths[next]
                next += 1
                let scratch = path + ".\(name).rss"
                group.addTask { ChildProcess.measure(executable, arguments: self.arguments(path), scratch: scratch) }
            }
            while next < min(max(1, jobs), paths.count) { submit() }
            while let outcome = await group.next() {
                peak = max(peak, outcome.peakResidentBytes)
                if outcome.status != 0 { failures += 1 }
                if next < paths.count { submit() }
            }
        }
        let elapsed = (ContinuousClock.now - start).components
        return ExternalRun(
            seconds: Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18, peakResidentBytes: peak, failures: failures)
    }
}
