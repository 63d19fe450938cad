/// The figures of one benchmark run, printable as a Markdown table.
public struct BenchmarkReport: Sendable {
    /// Copies of each corpus file.
    public var scale: Int
    /// Files worked on at once.
    public var width: Int
    /// The machine the run happened on.
    public var machine: String
    /// One row per tool and format.
    public var rows: [BenchmarkRow] = []
    /// Tools that were missing, failures, and how to read the figures.
    public var notes: [String] = []

    /// Creates an empty report.
    public init(scale: Int, width: Int, machine: String) {
        self.scale = scale
        self.width = width
        self.machine = machine
    }

    /// The report as Markdown: the machine, a table of figures, and notes.
    public func markdown() -> String {
        var lines = [
            "Machine: \(machine)",
            "Scale: each corpus file copied \(scale) times; \(width) files at a time.",
            "",
            "| tool | format | files | pages | seconds | files/s | pages/s | MB/s | peak memory |",
            "|---|---|---:|---:|---:|---:|---:|---:|---|",
        ]
        for row in rows {
            let pages = row.pages.map(String.init) ?? "–"
            let pagesPerSecond = row.pagesPerSecond.map { format($0, digits: 1) } ?? "–"
            let memory = row.peakMemoryBytes.map { "\(format(Double($0) / 1_048_576, digits: 1)) MB (\(row.memoryNote))" } ?? "–"
            lines.append(
                "| \(row.tool) | \(row.format) | \(row.files) | \(pages) | \(format(row.seconds, digits: 3)) | "
                    + "\(format(row.filesPerSecond, digits: 1)) | \(pagesPerSecond) | \(format(row.megabytesPerSecond, digits: 2)) | \(memory) |")
        }
        if !notes.isEmpty {
            lines.append("")
            lines += notes.map { "- " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func format(_ value: Double, digits: Int) -> String {
        IngestBenchmarkReport.format(value, digits: digits)
    }
}

/// One tool over one format: how many files and pages, how long, how much memory.
public struct BenchmarkRow: Sendable, Hashable {
    /// `scrutineer`, `pdftotext` or `pandoc`.
    public var tool: String
    /// `PDF` or `DOCX`.
    public var format: String
    /// Files converted successfully.
    public var files: Int
    /// Pages converted (PDF pages; for DOCX, the pages of the same seeds' PDF renditions), or nil.
    public var pages: Int?
    /// Input bytes.
    public var bytes: Int
    /// Wall-clock seconds for the whole set.
    public var seconds: Double
    /// Peak resident memory in bytes, or nil when unknown.
    public var peakMemoryBytes: Int?
    /// What the memory figure measures.
    public var memoryNote: String

    /// Files per second.
    public var filesPerSecond: Double { seconds > 0 ? Double(files) / seconds : .infinity }
    /// Pages per second, when pages are known.
    public var pagesPerSecond: Double? { pages.map { seconds > 0 ? Double($0) / seconds : .infinity } }
    /// Input megabytes (2^20 bytes) per second.
    public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1_048_576 / seconds : .infinity }
}
