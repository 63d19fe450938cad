/// The figures of one whole-ingest benchmark run, printable as Markdown.
public struct IngestBenchmarkReport: Sendable {
    /// The long-document measurement: one PDF of `pages` pages against `copies` separate copies
    /// of its `seedPages`-page seed, each read by one ingest process.
    public struct Linearity: Sendable, Hashable {
        public var seed: String
        public var seedPages: Int
        public var copies: Int
        public var pages: Int
        /// Seconds for the copies (short documents).
        public var shortSeconds: Double
        /// Seconds for the one long document.
        public var longSeconds: Double

        /// How much more a page costs in the long document than in the short ones.
        public var ratio: Double { shortSeconds > 0 ? longSeconds / shortSeconds : .infinity }
    }

    /// One ingest process over many documents.
    public struct Memory: Sendable, Hashable {
        public var documents: Int
        public var peakResidentBytes: Int
        public var seconds: Double
    }

    /// Parallel jobs every tool was given.
    public var jobs: Int
    /// The machine.
    public var machine: String
    /// What the scaled corpus held.
    public var corpus = ""
    /// One row per tool and format.
    public var rows: [BenchmarkRow] = []
    /// The long-PDF measurement, when made.
    public var linearity: Linearity?
    /// The one-process memory measurement, when made.
    public var memory: Memory?
    /// Missing tools and other remarks.
    public var notes: [String] = []

    /// Creates an empty report.
    public init(jobs: Int, machine: String) {
        self.jobs = jobs
        self.machine = machine
    }

    private func row(_ tool: String, _ format: String) -> BenchmarkRow? {
        rows.first { $0.tool.hasPrefix(tool) && $0.format == format }
    }

    /// The report as Markdown: machine, corpus, the table, ratios, long-document cost, memory.
    public func markdown() -> String {
        var lines = [
            "Machine: \(machine)",
            "Corpus: \(corpus); \(jobs) jobs for every tool (scrutineer: \(jobs) `ingest` processes over \(jobs) shards).",
            "",
            "| tool | format | files | pages | seconds | documents/s | pages/s | peak RSS |",
            "|---|---|---:|---:|---:|---:|---:|---|",
        ]
        for row in rows {
            let pages = row.pages.map(String.init) ?? "–"
            let pagesPerSecond = row.pagesPerSecond.map { Self.format($0, digits: 1) } ?? "–"
            let memory = row.peakMemoryBytes.map { "\(Self.format(Double($0) / 1_048_576, digits: 1)) MB (\(row.memoryNote))" } ?? "–"
            lines.append(
                "| \(row.tool) | \(row.format) | \(row.files) | \(pages) | \(Self.format(row.seconds, digits: 2)) | "
                    + "\(Self.format(row.filesPerSecond, digits: 1)) | \(pagesPerSecond) | \(memory) |")
        }
        lines.append("")
        if let ours = row("scrutineer", "PDF"), let theirs = row("pdftotext", "PDF"),
           let a = ours.pagesPerSecond, let b = theirs.pagesPerSecond, b > 0 {
            lines.append("- PDF ingest: \(Self.format(a / b, digits: 2))× pdftotext's pages/s (goal ≥ 1.0×).")
        }
        if let ours = row("scrutineer", "DOCX"), let theirs = row("pandoc", "DOCX"), theirs.filesPerSecond > 0 {
            lines.append("- DOCX ingest: \(Self.format(ours.filesPerSecond / theirs.filesPerSecond, digits: 2))× pandoc's documents/s (goal ≥ 20×).")
        }
        if let linearity {
            lines.append(
                "- Long document (one ingest process, one job, for each): \(linearity.copies) copies of \(linearity.seed) (\(linearity.seedPages) pages) in "
                    + "\(Self.format(linearity.shortSeconds, digits: 2)) s; the same \(linearity.pages) pages as one PDF in "
                    + "\(Self.format(linearity.longSeconds, digits: 2)) s: a page of the long PDF costs "
                    + "\(Self.format(linearity.ratio, digits: 2))× a page of the short one (goal ≤ 1.2×).")
        }
        if let memory {
            lines.append(
                "- One ingest process over \(memory.documents) documents: peak RSS "
                    + "\(Self.format(Double(memory.peakResidentBytes) / 1_048_576, digits: 1)) MB in "
                    + "\(Self.format(memory.seconds, digits: 1)) s (goal ≤ 200 MB).")
        }
        lines += notes.map { "- " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A figure with exactly `digits` decimals ("12.50"), or "–" when it is not finite; both
    /// benchmark tables print their figures through it.
    static func format(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = "\(rounded)"
        if digits == 0, text.hasSuffix(".0") { text.removeLast(2) }
        if digits > 0, let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
        } else if digits > 0 {
            text += "." + String(repeating: "0", count: digits)
        }
        return text
    }
}
