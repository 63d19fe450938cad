import Foundation

/// The score of one document read through one rendition chain.
public struct DocumentScore: Codable, Hashable, Sendable {
    /// The document's name (the seed's or the real paper's).
    public var name: String
    /// The rendition chain (`docx-corpus`, `pdf-corpus`, `text-corpus`, a manifest chain, `real`).
    public var chain: String
    /// The input's format.
    public var format: String
    /// A real paper's split (`tune`, `unseen`); nil for seeds.
    public var split: String?
    /// Counts by item kind (`recommendation.item`) and field (`recommendation.owners`).
    public var fields: [String: FieldCount]
    /// The character similarity of paired items.
    public var similarity: SimilarityTally
    /// Values given where the gold says null or `[]`, by kind (`owner`, `date`, `status`, `rating`).
    public var invented: [String: Int]
    /// Top-1 tagging.
    public var tagging: TaggingCount
    /// What stopped the run, when it failed.
    public var error: String?

    /// Creates a score.
    public init(
        name: String, chain: String, format: String, split: String? = nil, fields: [String: FieldCount],
        similarity: SimilarityTally = SimilarityTally(), invented: [String: Int] = [:], tagging: TaggingCount = TaggingCount(),
        error: String? = nil
    ) {
        self.name = name
        self.chain = chain
        self.format = format
        self.split = split
        self.fields = fields
        self.similarity = similarity
        self.invented = invented
        self.tagging = tagging
        self.error = error
    }

    /// All items and fields summed: the document's micro-averaged counts.
    public var total: FieldCount { fields.values.reduce(FieldCount(), +) }

    /// The counts of one item kind (`recommendation`, `decision`, `action`, …).
    public func items(_ kind: String) -> FieldCount { fields["\(kind).item"] ?? FieldCount() }

    /// Every field that is not an item count (the document's facts, item fields, warnings).
    public var fieldsOnly: FieldCount {
        fields.filter { !$0.key.hasSuffix(".item") }.values.reduce(FieldCount(), +)
    }

    /// The number of invented values of every kind.
    public var inventedTotal: Int { invented.values.reduce(0, +) }
}

/// The scores of an evaluation run, with the totals by chain and split.
public struct EvaluationReport: Codable, Hashable, Sendable {
    /// The chain name real papers are scored under.
    public static let realChain = "real"
    /// The chain name genre papers (made here, `Corpus/genres/`) are scored under.
    public static let genreChain = "genres"
    /// The prefix of the chains of genre papers' second renditions (`genres-lo-pdf`, …).
    public static let genreRenditionPrefix = "genres-"
    /// The families of chains whose papers carry a split, with the key the JSON names them by
    /// and the words the summary uses: the real papers, the genre papers, and the genre
    /// papers' second renditions (every chain named `genres-…`).
    public static let splitChains: [(chain: String, title: String)] = [
        (realChain, "real papers"), (genreChain, "genre papers"), ("genres-renditions", "genre papers' second renditions"),
    ]

    /// True when a document of `chain` belongs to the split family `family`.
    public static func chain(_ chain: String, isIn family: String) -> Bool {
        family == "genres-renditions" ? chain.hasPrefix(genreRenditionPrefix) : chain == family
    }
    /// The item kinds the table shows, with their column titles.
    public static let tableKinds: [(kind: String, title: String)] = [
        ("recommendation", "recommendations"), ("decision", "decisions"), ("action", "actions"),
    ]

    /// One score per document and chain, in run order.
    public var documents: [DocumentScore]
    /// What the run could not do (a missing shared folder, a manifest row without its file).
    public var notes: [String]

    /// Creates a report.
    public init(documents: [DocumentScore], notes: [String] = []) {
        self.documents = documents
        self.notes = notes
    }

    /// The chains in the order they first appear.
    public var chains: [String] {
        var seen = Set<String>()
        return documents.map(\.chain).filter { seen.insert($0).inserted }
    }

    /// Everything summed over some documents.
    public struct Totals: Codable, Hashable, Sendable {
        /// How many document × chain rows.
        public var documents: Int
        /// Counts by item kind and field.
        public var fields: [String: FieldCount]
        /// Character similarity of paired items.
        public var similarity: SimilarityTally
        /// Invented values by kind.
        public var invented: [String: Int]
        /// Top-1 tagging.
        public var tagging: TaggingCount
        /// Rows whose run failed.
        public var failures: Int

        /// Sums scores.
        public init(_ scores: [DocumentScore]) {
            documents = scores.count
            var fields: [String: FieldCount] = [:]
            var invented: [String: Int] = [:]
            for score in scores {
                for (name, count) in score.fields { fields[name, default: FieldCount()] = fields[name, default: FieldCount()] + count }
                for (kind, count) in score.invented { invented[kind, default: 0] += count }
            }
            self.fields = fields
            self.invented = invented
            similarity = scores.map(\.similarity).reduce(SimilarityTally(), +)
            tagging = scores.map(\.tagging).reduce(TaggingCount(), +)
            failures = scores.filter { $0.error != nil }.count
        }

        /// Micro-averaged counts over every item and field.
        public var total: FieldCount { fields.values.reduce(FieldCount(), +) }
        /// The counts of one item kind.
        public func items(_ kind: String) -> FieldCount { fields["\(kind).item"] ?? FieldCount() }
        /// Every field that is not an item count.
        public var fieldsOnly: FieldCount { fields.filter { !$0.key.hasSuffix(".item") }.values.reduce(FieldCount(), +) }
        /// The item counts of every kind, without their fields: how many items were found at
        /// all, whatever the values read beside them.
        public var itemsOnly: FieldCount { fields.filter { $0.key.hasSuffix(".item") }.values.reduce(FieldCount(), +) }
        /// The number of invented values.
        public var inventedTotal: Int { invented.values.reduce(0, +) }
    }

    /// Totals over every row.
    public var overall: Totals { Totals(documents) }
    /// Totals over one chain's rows.
    public func totals(chain: String) -> Totals { Totals(documents.filter { $0.chain == chain }) }
    /// Totals over the real papers of one split.
    public func totals(split: String) -> Totals { totals(chain: Self.realChain, split: split) }
    /// Totals over the papers of one split in one family of chains (`splitChains`).
    public func totals(chain family: String, split: String) -> Totals {
        Totals(documents.filter { Self.chain($0.chain, isIn: family) && $0.split == split })
    }

    // MARK: Table

    /// The report as a plain-text table: one row per document × chain, then the summary lines.
    public var table: String {
        var lines: [String] = []
        let nameWidth = max(24, (documents.map { $0.name.count + $0.chain.count + 3 }.max() ?? 0))
        var header = Self.pad("document / chain", nameWidth)
        for (_, title) in Self.tableKinds { header += "  " + Self.pad("\(title) P/R/F1", 17) }
        header += "  fields  chars  inv     F1"
        lines.append(header)
        for score in documents {
            var row = Self.pad("\(score.name) / \(score.chain)", nameWidth)
            for (kind, _) in Self.tableKinds { row += "  " + Self.pad(Self.rates(score.items(kind)), 17) }
            row += "  " + Self.number(score.fieldsOnly.isEmpty ? nil : score.fieldsOnly.accuracy, width: 6)
            row += " " + Self.number(score.similarity.mean, width: 6)
            row += " " + Self.leftPad(String(score.inventedTotal), 4)
            row += " " + Self.number(score.total.f1, width: 6)
            if let split = score.split { row += "  \(split)" }
            if let error = score.error { row += "  failed: \(error)" }
            lines.append(row)
        }
        lines.append("")
        lines.append("micro F1 over items (exact text) and fields, by chain:")
        let labelWidth = max(14, (chains.map(\.count).max() ?? 0) + 3)
        for chain in chains { lines.append(Self.summary("  \(chain)", totals(chain: chain), width: labelWidth)) }
        for (family, title) in Self.splitChains where documents.contains(where: { Self.chain($0.chain, isIn: family) }) {
            lines.append("\(title) by split:")
            for split in GoldSet.splits where documents.contains(where: { Self.chain($0.chain, isIn: family) && $0.split == split }) {
                lines.append(Self.summary("  \(split)", totals(chain: family, split: split), width: labelWidth))
            }
        }
        let overall = self.overall
        lines.append(Self.summary("overall", overall, width: labelWidth))
        var kinds: [String] = []
        for (kind, title) in Self.tableKinds + [("question", "questions"), ("evidence", "evidence")] {
            let count = overall.items(kind)
            if !count.isEmpty { kinds.append("\(title) \(Self.rates(count))") }
        }
        lines.append("items (P/R/F1, exact text): " + kinds.joined(separator: ", "))
        lines.append("field accuracy \(Self.format(overall.fieldsOnly.accuracy)); mean character similarity of paired items "
            + (overall.similarity.mean.map(Self.format) ?? "-") + " (\(overall.similarity.pairs) pairs)")
        let byKind = InventedKind.allCases.map { "\($0.rawValue) \(overall.invented[$0.rawValue] ?? 0)" }.joined(separator: ", ")
        lines.append("invented values (output gives one where the gold says none): \(overall.inventedTotal) (\(byKind))")
        if overall.tagging.total > 0 || overall.tagging.unmatched > 0 {
            lines.append("tagging top-1 \(Self.format(overall.tagging.accuracy)) (\(overall.tagging.correct)/\(overall.tagging.total) paired items; \(overall.tagging.unmatched) labelled items unpaired)")
        }
        if overall.failures > 0 { lines.append("failed runs: \(overall.failures)") }
        for note in notes { lines.append("note: \(note)") }
        return lines.joined(separator: "\n")
    }

    /// One summary line: the micro F1 over items and fields, its precision and recall, then
    /// the F1 over items alone (an item found with a wrong field counts its field against the
    /// micro F1, an item missed counts only itself; the items' F1 shows what was found at all).
    static func summary(_ label: String, _ totals: Totals, width: Int) -> String {
        let total = totals.total
        let items = totals.itemsOnly
        return "\(pad(label, width)) \(format(total.f1))  (P \(format(total.precision)), R \(format(total.recall)))  "
            + "items \(items.isEmpty ? "-    " : format(items.f1))  \(totals.documents) documents, invented \(totals.inventedTotal)"
    }

    /// "P/R/F1", with "-" for a rate that has nothing to divide by (no output, no gold).
    static func rates(_ count: FieldCount) -> String {
        guard !count.isEmpty else { return "-" }
        let precision = count.truePositives + count.falsePositives == 0 ? "-" : format(count.precision)
        let recall = count.truePositives + count.falseNegatives == 0 ? "-" : format(count.recall)
        return "\(precision)/\(recall)/\(format(count.f1))"
    }

    static func format(_ value: Double) -> String { String(format: "%.3f", value) }

    static func number(_ value: Double?, width: Int) -> String {
        leftPad(value.map(format) ?? "-", width)
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    static func leftPad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
