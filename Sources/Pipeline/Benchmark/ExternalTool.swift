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
