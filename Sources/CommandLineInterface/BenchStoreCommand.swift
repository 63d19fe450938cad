import ArgumentParser
import Foundation
import PipelineCore
import Storage

/// `scrutineer bench-store`: loads a scaled corpus into an empty store and times searches.
struct BenchStoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-store",
        abstract: "Measure a store's ingest rate and search latency on a corpus scaled up from fixtures."
    )

    /// The store benchmarked when none is named; recreated on every run.
    static let defaultStore = "Output/bench-store.sqlite"

    @Option(help: "How many documents to generate and load.")
    var documents: Int = 2000

    @Option(help: "How many times each of the fixed queries runs.")
    var repetitions: Int = 50

    @Option(help: ArgumentHelp("Review JSON files the corpus is made from.", valueName: "folder"))
    var fixtures: String = "Corpus/store-fixtures"

    @Option(help: ArgumentHelp("An empty store: a SQLite path or a postgres:// URL (default: a fresh Output/bench-store.sqlite).", valueName: "path-or-url"))
    var store: String?

    @Option(help: ArgumentHelp("The glossary of acronyms used to widen searches.", valueName: "path"))
    var glossary: String?

    @Flag(help: "Print the report as JSON.")
    var json = false

    func validate() throws {
        guard documents > 0, repetitions > 0 else { throw ValidationError("--documents and --repetitions must be at least 1") }
    }

    func run() async throws {
        try await reportingFailures {
            let location: StoreLocation
            if let store {
                location = try StoreLocation.parse(store)
            } else {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: Self.defaultStore + suffix) }
                location = .sqlite(path: Self.defaultStore)
            }
            let report = try await withStore(at: location, glossary: try StoreOptions.loadGlossary(glossary)) { opened in
                let existing = try await opened.counts().documents
                guard existing == 0 else {
                    throw PipelineError(stage: "bench", file: location.description, reason: .invalidConfiguration,
                                        message: "the store already holds \(existing) documents; benchmark an empty store")
                }
                let fixtureDocuments = try StoreBenchmark.loadFixtures(from: URL(fileURLWithPath: fixtures))
                return try await StoreBenchmark(fixtures: fixtureDocuments, documents: documents, repetitions: repetitions)
                    .run(on: opened, name: location.description)
            }
            if json {
                Console.standard.write(try JSONOutput.encode(report))
            } else {
                Console.standard.write("""
                    store: \(report.store)
                    documents loaded: \(report.documents) in \(String(format: "%.2f", report.ingestSeconds)) s \
                    (\(String(format: "%.1f", report.documentsPerSecond)) documents/s)
                    rows: \(report.counts.items) items, \(report.counts.trackedItems) tracked, \(report.counts.observations) observations
                    searches: \(report.searches) (\(StoreBenchmark.queries.count) queries × \(repetitions))
                    search latency: median \(String(format: "%.2f", report.medianMilliseconds)) ms, \
                    p99 \(String(format: "%.2f", report.p99Milliseconds)) ms

                    """)
            }
        }
    }
}
