import Foundation

/// The score of one rendition of one seed: counts per field and tagging accuracy.
public struct DocumentScore: Codable, Hashable, Sendable {
    /// The seed's name.
    public var name: String
    /// The rendition's format.
    public var format: String
    /// Counts by field name (`action.owners`, `question.rating`, …).
    public var fields: [String: FieldCount]
    /// Top-1 tagging.
    public var tagging: TaggingCount
    /// What stopped the run, when it failed.
    public var error: String?

    /// Creates a score.
    public init(name: String, format: String, fields: [String: FieldCount], tagging: TaggingCount, error: String? = nil) {
        self.name = name
        self.format = format
        self.fields = fields
        self.tagging = tagging
        self.error = error
    }

    /// All fields summed: the document's micro-averaged counts.
    public var total: FieldCount { fields.values.reduce(FieldCount(), +) }
}

/// The scores of an evaluation run and their totals.
public struct EvaluationReport: Codable, Hashable, Sendable {
    /// One score per seed and format, in run order.
    public var documents: [DocumentScore]

    /// Creates a report.
    public init(documents: [DocumentScore]) {
        self.documents = documents
    }

    /// Counts per field over every document.
    public var fields: [String: FieldCount] {
        var out: [String: FieldCount] = [:]
        for document in documents {
            for (field, count) in document.fields { out[field, default: FieldCount()] = out[field, default: FieldCount()] + count }
        }
        return out
    }

    /// Micro-averaged counts over every field and document.
    public var total: FieldCount { documents.map(\.total).reduce(FieldCount(), +) }

    /// Top-1 tagging over every document.
    public var tagging: TaggingCount { documents.map(\.tagging).reduce(TaggingCount(), +) }

    /// The report as a plain-text table: one line per document and format, one per field,
    /// then the overall micro F1 and tagging top-1.
    public var table: String {
        func pct(_ value: Double) -> String {
            let text = String(format: "%.3f", value)
            return String(repeating: " ", count: max(0, 6 - text.count)) + text
        }
        func pad(_ text: String, _ width: Int) -> String {
            text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
        }
        func line(_ label: String, _ count: FieldCount, width: Int) -> String {
            "\(pad(label, width)) \(pad(String(count.truePositives), 5)) \(pad(String(count.falsePositives), 5)) \(pad(String(count.falseNegatives), 5)) \(pct(count.precision)) \(pct(count.recall)) \(pct(count.f1))"
        }
        var lines: [String] = []
        let docWidth = max(30, (documents.map { $0.name.count + $0.format.count + 1 }.max() ?? 0) + 2)
        lines.append("\(pad("document/format", docWidth)) \(pad("TP", 5)) \(pad("FP", 5)) \(pad("FN", 5))      P      R     F1   tag@1")
        for document in documents {
            var row = line("\(document.name)/\(document.format)", document.total, width: docWidth)
            row += "  " + (document.tagging.total == 0 ? "     -" : pct(document.tagging.accuracy))
            if let error = document.error { row += "  failed: \(error)" }
            lines.append(row)
        }
        lines.append("")
        let fields = self.fields
        let fieldWidth = max(30, (fields.keys.map(\.count).max() ?? 0) + 2)
        lines.append("\(pad("field", fieldWidth)) \(pad("TP", 5)) \(pad("FP", 5)) \(pad("FN", 5))      P      R     F1")
        for name in fields.keys.sorted() { lines.append(line(name, fields[name]!, width: fieldWidth)) }
        lines.append("")
        let total = self.total
        let tagging = self.tagging
        lines.append("overall micro F1 \(String(format: "%.3f", total.f1)) (P \(String(format: "%.3f", total.precision)), R \(String(format: "%.3f", total.recall)))")
        lines.append("tagging top-1 \(String(format: "%.3f", tagging.accuracy)) (\(tagging.correct)/\(tagging.total) matched items; \(tagging.unmatched) labelled items unmatched)")
        return lines.joined(separator: "\n")
    }
}
