import Foundation
import PipelineCore
import Storage
import TestSupport
import Testing

/// Versioned schemas: a store written by an older build opens, upgrades and answers as before.
struct StoreMigrationTests {
    private static let first = "v1-documents-items-tracker"
    private static let all = ["v1-documents-items-tracker", "v2-corrections"]

    /// A working copy of `Corpus/store-fixtures/store-v1.sqlite`, written by the first schema version.
    private func copyOfFirstVersionStore() throws -> (folder: URL, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrutineer-upgrade-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("store-v1.sqlite").path
        try FileManager.default.copyItem(atPath: Corpus.url("store-fixtures/store-v1.sqlite").path, toPath: path)
        return (folder, path)
    }

    @Test func opensAndUpgradesAStoreWrittenByTheFirstSchemaVersion() async throws {
        let (folder, path) = try copyOfFirstVersionStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let unopened = try SQLiteStore(path: path, glossary: StoreFixtures.glossary)
        let before = try await unopened.appliedMigrations()
        try await unopened.close()

        #expect(before == [Self.first])
        let store = try await StoreLocation.sqlite(path: path).open(glossary: StoreFixtures.glossary)
        do {
            try await checkUpgraded(store)
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    }

    /// What the store written by the first version holds, read through the current code.
    private func checkUpgraded(_ store: any ReviewStore) async throws {
        let upgraded = try #require(store as? SQLiteStore)
        #expect(try await upgraded.appliedMigrations() == Self.all)
        #expect(try await upgraded.consistencyProblems() == [])
        #expect(try await store.counts() == StoreCounts(documents: 5, items: 65, indexed: 65, tags: 59, trackedItems: 26, observations: 47))

        // Search reads the old full-text index: the shortest mention of safeguarding first.
        let safeguarding = try await store.search(SearchQuery(text: "safeguarding"))
        #expect(safeguarding.total == 6)
        #expect(safeguarding.hits.first?.text == "How the sector is engaged in local safeguarding children developments?")
        #expect(safeguarding.hits.first?.setQuestions == ["STR-3"])
        #expect(keys(safeguarding) == [
            "thurrock-self-evaluation/q2", "thurrock-self-evaluation/a1", "hertfordshire-self-evaluation/e1",
            "hertfordshire-self-evaluation/e2", "hertfordshire-self-evaluation/a1", "barking-dagenham-scrutiny/e2",
        ])
        let caf = try await store.search(SearchQuery(text: "CAF"))
        #expect(caf.hits.first { $0.itemId == "r13" && $0.authority == "Barking and Dagenham" }?.trackedId == "R-94c9f59701")

        // The tracker keeps the ids, states and history the first version stored, the manual update included.
        let items = try await store.trackedItems(filter: TrackerFilter(authority: "Barking and Dagenham"))
        #expect(items.count == 20)
        #expect(items.filter { $0.status == .completed }.map(\.label) == ["1", "3", "4", "5", "6", "8", "10", "11", "12", "13", "18"])
        let panels = try #require(try await store.history(id: "R-2605683deb"))
        #expect(panels.item.text.hasPrefix("Scrutiny Management Board consider establishing ad hoc Scrutiny Panels"))
        #expect(panels.item.label == "2")
        #expect(panels.item.status == .notStarted)
        #expect(panels.item.statusDate == "2009-10-07")
        #expect(panels.item.owners == ["John Dawe"])
        #expect(panels.history.map(\.status) == [.ongoing, .completed, .notStarted])
        #expect(panels.history.map(\.date) == ["2008-10-08", "2009-06-30", "2009-10-07"])
        #expect(panels.history.map(\.recordedBy) == [nil, "Clair Bantin", nil])
        #expect(panels.history[1].note == "Two ad hoc panels set up in 2009.")

        // The upgraded store takes new writes: the same file is unchanged, a manual update lands.
        #expect(try await store.ingest(try StoreFixtures.review(StoreFixtures.scrutinyReport)) == .unchanged)
        let updated = try await store.recordUpdate(ManualUpdate(
            trackedId: "R-2605683deb", status: .ongoing, note: "Panel terms of reference agreed.", recordedBy: "Clair Bantin", date: "2009-11-02"))
        #expect(updated.item.status == .ongoing)
        #expect(updated.item.observationCount == 4)
        #expect(try await upgraded.consistencyProblems() == [])
    }

    @Test(arguments: StoreKind.available)
    func aStoreAtTheFirstVersionUpgradesInPlaceAndKeepsItsRecords(kind: StoreKind) async throws {
        let (firstApplied, afterApplied, trackedBefore, trackedAfter, searchBefore, searchAfter, again) =
            try await kind.withVersionedStore(migratedUpTo: Self.first) { store in
                for name in [StoreFixtures.scrutinyReport, StoreFixtures.progressReport, StoreFixtures.thurrock] {
                    _ = try await store.ingest(try StoreFixtures.review(name))
                }
                let firstApplied = try await store.appliedMigrations()
                let trackedBefore = try await store.trackedItems(filter: TrackerFilter())
                let searchBefore = try await store.search(SearchQuery(text: "CAF"))
                try await store.migrate()
                let afterApplied = try await store.appliedMigrations()
                let trackedAfter = try await store.trackedItems(filter: TrackerFilter())
                let searchAfter = try await store.search(SearchQuery(text: "CAF"))
                try await store.migrate()
                #expect(try await store.consistencyProblems() == [])
                return (firstApplied, afterApplied, trackedBefore, trackedAfter, searchBefore, searchAfter, try await store.appliedMigrations())
            }
        #expect(firstApplied == [Self.first])
        #expect(afterApplied == Self.all)
        #expect(again == Self.all)
        #expect(trackedAfter == trackedBefore)
        #expect(trackedAfter.filter { $0.kind == .recommendation }.count == 20)
        #expect(searchAfter == searchBefore)
        #expect(keys(searchAfter) == [
            "thurrock-self-evaluation/q3", "thurrock-self-evaluation/e3", "thurrock-self-evaluation/e5", "thurrock-self-evaluation/e6",
            "barking-dagenham-scrutiny/e1", "barking-dagenham-scrutiny/r13", "barking-dagenham-progress-2009/r15",
        ])
    }

    @Test func refusesAnUnknownMigrationName() async throws {
        let error = await #expect(throws: PipelineError.self) {
            try await StoreKind.sqlite.withVersionedStore(migratedUpTo: "v9-unknown") { _ in }
        }
        #expect(error?.message == "cannot bring the store's schema up to date")
        #expect(error?.underlying == "the schema has no migration named v9-unknown")
    }

    @Test(.enabled(if: StoreKind.postgresURL != nil,
                   "PostgreSQL is not tested: set SCRUTINEER_TEST_POSTGRES_URL=$(Scripts/start-test-postgres.sh) to run every store suite on it too"))
    func runsTheStoreSuitesOnPostgreSQLToo() async throws {
        #expect(StoreKind.available == [.sqlite, .postgres])
        let applied = try await StoreKind.postgres.withVersionedStore(migratedUpTo: nil) { try await $0.appliedMigrations() }
        #expect(applied == Self.all)
    }
}
