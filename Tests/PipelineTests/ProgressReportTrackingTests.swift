import Configuration
import Foundation
import Pipeline
import PipelineCore
import Storage
import TestSupport
import Testing

/// The tracker end to end: Barking and Dagenham's scrutiny report, then the progress report
/// a year on (rows renumbered and reworded), both read by the shipped pipeline into one store.
struct ProgressReportTrackingTests {
    @Test func aLaterProgressReportUpdatesEachRecommendationByItsText() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrutineer-tracking-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = PackageFolder.root()
        let pipeline = try LoadedPipeline(contentsOf: root.appendingPathComponent("Pipelines/default.yml"))
        let glossary = try ConfigurationLoader.glossary(at: root.appendingPathComponent("Pipelines/glossary.yml"))
        let location = StoreLocation.sqlite(path: folder.appendingPathComponent("store.sqlite").path)
        let inputs = [
            Corpus.url("docx/barking-dagenham-scrutiny.docx").path,
            Corpus.url("updates/barking-dagenham-progress-2009.docx").path,
        ]
        let consumer = StoreConsumer(store: try await location.open(glossary: glossary))
        let report = await PipelineRunner(pipeline: pipeline, consumers: [consumer]).run(paths: inputs)
        #expect(report.failures == 0)

        let store = try await location.open(glossary: glossary)
        let items = try await store.trackedItems(filter: TrackerFilter())
        #expect(items.count == 20)
        #expect(items.allSatisfy { $0.observationCount == 2 })
        let completed = try await store.trackedItems(filter: TrackerFilter(status: .completed))
        #expect(Set(completed.compactMap(\.label)) == ["1", "3", "4", "10", "13", "19"])
        let notStarted = try await store.trackedItems(filter: TrackerFilter(status: .notStarted))
        #expect(notStarted.compactMap(\.label) == ["20"])

        // Recommendation (1) was reworded a year on; it is the same tracked item.
        let first = try #require(items.first { $0.label == "1" })
        let history = try #require(try await store.history(id: first.id))
        #expect(history.history.count == 2)
        #expect(history.item.statusDate == "2009-10-14")
        #expect(history.item.owners == ["Caroline Martindale", "Alan Dawson"])

        // Overdue at 1 June 2009: due before then and not completed.
        let overdue = try await store.trackedItems(filter: TrackerFilter(overdueAt: "2009-06-01"))
        #expect(!overdue.isEmpty)
        #expect(overdue.allSatisfy { $0.status != .completed && ($0.due ?? "9999") < "2009-06-01" })
        #expect(!overdue.contains { $0.label == "10" })
        try await store.close()
    }
}
