public import Foundation
public import PipelineCore

/// Measures a store: loads a scaled corpus made from fixture documents, then runs a fixed
/// set of searches many times and reports ingest rate and search latency.
public struct StoreBenchmark: Sendable {
    /// What a run measured.
    public struct Report: Codable, Hashable, Sendable {
        /// The store measured.
        public var store: String
        /// Documents loaded.
        public var documents: Int
        /// Seconds the load took.
        public var ingestSeconds: Double
        /// Documents loaded per second.
        public var documentsPerSecond: Double
        /// Searches timed.
        public var searches: Int
        /// Median search latency in milliseconds.
        public var medianMilliseconds: Double
        /// 99th-percentile search latency in milliseconds.
        public var p99Milliseconds: Double
        /// Row counts after the load.
        public var counts: StoreCounts
    }

    /// The searches timed: a word, an acronym, a phrase, a prefix, words, a spelling variant, Boolean forms.
    public static let queries = [
        "safeguarding", "CAF", "\"voluntary sector\"", "commission*", "performance management", "organization",
        "(CAF OR LSCB) NOT training", "\"Children's Trust\" AND locality",
    ]

    /// The fixture documents the corpus is made from.
    public var fixtures: [ReviewDocument]
    /// How many documents to make and load.
    public var documents: Int
    /// How many times each query runs.
    public var repetitions: Int

    /// Creates a benchmark.
    public init(fixtures: [ReviewDocument], documents: Int, repetitions: Int) {
        self.fixtures = fixtures
        self.documents = documents
        self.repetitions = repetitions
    }

    /// Reads every `*.json` review document in `folder`, by name.
    /// - Throws: `PipelineError(.unreadableFile)` naming a file that is not a review document.
    public static func loadFixtures(from folder: URL) throws -> [ReviewDocument] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        guard !names.isEmpty else {
            throw PipelineError(stage: "bench", file: folder.path, reason: .unreadableFile, message: "holds no review JSON files")
        }
        return try names.map { name in
            let url = folder.appendingPathComponent(name)
            do {
                return try JSONDecoder().decode(ReviewDocument.self, from: Data(contentsOf: url))
            } catch {
                throw PipelineError(stage: "bench", file: url.path, reason: .unreadableFile, message: "is not a review document", underlying: "\(error)")
            }
        }
    }

    /// Document `index` of the scaled corpus: a fixture with a fresh id and source, its
    /// authority numbered by round (so a round's progress report links to its own scrutiny
    /// report), and its evidence and question texts varied.
    public func variant(_ index: Int) -> ReviewDocument {
        var review = fixtures[index % fixtures.count]
        let round = index / fixtures.count
        review.document.id = SHA256.hex(of: Array("\(review.document.id)#\(index)".utf8))
        review.document.source = "bench/\(round)/" + (review.document.source.split(separator: "/").last.map(String.init) ?? "document")
        review.document.authority = "\(review.document.authority ?? "Authority") \(round)"
        for position in review.evidence.indices {
            review.evidence[position].text += " Reference \(index)-\(position)."
        }
        for position in review.questions.indices {
            review.questions[position].text += " (round \(round))"
        }
        return review
    }

    /// Loads the scaled corpus into `store` and times the searches.
    /// - Throws: `PipelineError` from the store.
    public func run(on store: any ReviewStore, name: String) async throws -> Report {
        let clock = ContinuousClock()
        let start = clock.now
        for index in 0..<documents { _ = try await store.ingest(variant(index)) }
        let ingest = Self.seconds(clock.now - start)
        var latencies: [Double] = []
        for _ in 0..<repetitions {
            for text in Self.queries {
                let began = clock.now
                _ = try await store.search(SearchQuery(text: text, limit: 10))
                latencies.append(Self.seconds(clock.now - began) * 1000)
            }
        }
        latencies.sort()
        func percentile(_ fraction: Double) -> Double {
            guard !latencies.isEmpty else { return 0 }
            return latencies[min(latencies.count - 1, Int((Double(latencies.count - 1) * fraction).rounded()))]
        }
        return Report(
            store: name, documents: documents, ingestSeconds: ingest, documentsPerSecond: ingest > 0 ? Double(documents) / ingest : 0,
            searches: latencies.count, medianMilliseconds: percentile(0.5), p99Milliseconds: percentile(0.99),
            counts: try await store.counts())
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
