/// The JSON form of an evaluation: every row with its counts and rates, the totals per
/// chain, per split of the real and genre papers (`splits.real.tune`) and overall, and the notes.
public struct EvaluationJSON: Encodable, Sendable {
    /// A count with its rates, rounded to four places.
    public struct Rates: Encodable, Sendable {
        var truePositives: Int
        var falsePositives: Int
        var falseNegatives: Int
        var mismatches: Int
        var precision: Double
        var recall: Double
        var f1: Double
        var accuracy: Double

        init(_ count: FieldCount) {
            truePositives = count.truePositives
            falsePositives = count.falsePositives
            falseNegatives = count.falseNegatives
            mismatches = count.mismatches
            precision = EvaluationJSON.round(count.precision)
            recall = EvaluationJSON.round(count.recall)
            f1 = EvaluationJSON.round(count.f1)
            accuracy = EvaluationJSON.round(count.accuracy)
        }
    }

    /// The summed figures of some rows.
    public struct Totals: Encodable, Sendable {
        var documents: Int
        var total: Rates
        var items: [String: Rates]
        var fieldAccuracy: Double
        var fields: [String: Rates]
        var characterSimilarity: Double?
        var pairs: Int
        var invented: [String: Int]
        var inventedTotal: Int
        var taggingTop1: Double?
        var tagging: TaggingCount
        var failures: Int

        init(_ totals: EvaluationReport.Totals) {
            documents = totals.documents
            total = Rates(totals.total)
            items = totals.fields.filter { $0.key.hasSuffix(".item") }.mapValues(Rates.init)
            fieldAccuracy = EvaluationJSON.round(totals.fieldsOnly.accuracy)
            fields = totals.fields.filter { !$0.key.hasSuffix(".item") }.mapValues(Rates.init)
            characterSimilarity = totals.similarity.mean.map(EvaluationJSON.round)
            pairs = totals.similarity.pairs
            invented = totals.invented
            inventedTotal = totals.inventedTotal
            taggingTop1 = totals.tagging.total == 0 ? nil : EvaluationJSON.round(totals.tagging.accuracy)
            tagging = totals.tagging
            failures = totals.failures
        }
    }

    /// One document × chain row.
    public struct Row: Encodable, Sendable {
        var name: String
        var chain: String
        var format: String
        var split: String?
        var score: Totals
        var error: String?
    }

    var documents: [Row]
    var chains: [String: Totals]
    var splits: [String: [String: Totals]]
    var overall: Totals
    var notes: [String]

    /// The JSON form of a report.
    public init(_ report: EvaluationReport) {
        documents = report.documents.map {
            Row(name: $0.name, chain: $0.chain, format: $0.format, split: $0.split, score: Totals(EvaluationReport.Totals([$0])), error: $0.error)
        }
        var chains: [String: Totals] = [:]
        for chain in report.chains { chains[chain] = Totals(report.totals(chain: chain)) }
        self.chains = chains
        var splits: [String: [String: Totals]] = [:]
        for (family, _) in EvaluationReport.splitChains where report.documents.contains(where: { EvaluationReport.chain($0.chain, isIn: family) }) {
            for split in GoldSet.splits where report.documents.contains(where: { EvaluationReport.chain($0.chain, isIn: family) && $0.split == split }) {
                splits[family, default: [:]][split] = Totals(report.totals(chain: family, split: split))
            }
        }
        self.splits = splits
        overall = Totals(report.overall)
        notes = report.notes
    }

    static func round(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
