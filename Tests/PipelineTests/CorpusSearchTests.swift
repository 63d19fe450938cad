import Configuration
import Foundation
import Pipeline
import PipelineCore
import Storage
import TestSupport
import Testing

/// Search over the real corpus as the shipped pipeline loads it (the DOCX renditions of
/// all five seed documents), on the embedded SQLite store.
struct CorpusSearchTests {
    static func loadedStore() async throws -> (any ReviewStore, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrutineer-search-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let root = PackageFolder.root()
        let pipeline = try LoadedPipeline(contentsOf: root.appendingPathComponent("Pipelines/default.yml"))
        let glossary = try ConfigurationLoader.glossary(at: root.appendingPathComponent("Pipelines/glossary.yml"))
        let location = StoreLocation.sqlite(path: folder.appendingPathComponent("store.sqlite").path)
        let inputs = Corpus.seedNames.map { Corpus.url("docx/\($0).docx").path }
        let consumer = StoreConsumer(store: try await location.open(glossary: glossary))
        let report = await PipelineRunner(pipeline: pipeline, consumers: [consumer]).run(paths: inputs)
        #expect(report.failures == 0)
        return (try await location.open(glossary: glossary), folder)
    }

    @Test func findsSafeguardingCAFAndTheVoluntarySectorFirst() async throws {
        let (store, folder) = try await Self.loadedStore()
        defer { try? FileManager.default.removeItem(at: folder) }

        let safeguarding = try await store.search(SearchQuery(text: "safeguarding", limit: 5))
        #expect(safeguarding.total > 10)
        for hit in safeguarding.hits {
            #expect(hit.text.lowercased().contains("safeguarding"), "\(hit.text)")
            #expect(hit.snippet.contains("**"))
        }
        #expect(safeguarding.hits.contains { $0.setQuestions.first == "STR-3" })

        // The acronym finds its expansion and the expansion finds the acronym.
        let caf = try await store.search(SearchQuery(text: "CAF", limit: 5))
        #expect(caf.hits.contains { $0.text.contains("Common Assessment Framework") })
        #expect(caf.hits.contains { $0.text.contains("CAF") })
        #expect(caf.hits.allSatisfy { $0.text.contains("CAF") || $0.text.contains("Common Assessment Framework") })
        #expect(caf.hits.first?.setQuestions.first == "PRO-1")

        let phrase = try await store.search(SearchQuery(text: "\"voluntary sector\"", limit: 5))
        #expect(phrase.hits.count == 5)
        #expect(phrase.hits.allSatisfy { $0.text.lowercased().contains("voluntary sector") || $0.text.contains("VCS") })

        // Stemming: "commissioned" finds "commissioning"; domain filter keeps Strategy items.
        let commissioning = try await store.search(SearchQuery(text: "commissioned", domain: "strategy", limit: 5))
        #expect(!commissioning.hits.isEmpty)
        #expect(commissioning.hits.allSatisfy { $0.domain == "strategy" && $0.text.lowercased().contains("commission") })
        try await store.close()
    }
}
