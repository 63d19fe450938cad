import PipelineCore
import Storage
import Testing

/// The recommendation tracker, run on every available store: seed 004's twenty
/// recommendations, then the same plan a year on.
struct StoreTrackerTests {
    private let authority = "Barking and Dagenham"

    @Test(arguments: StoreKind.available)
    func tracksEveryRecommendationWithOwnerDueDateAndStatus(kind: StoreKind) async throws {
        let items = try await kind.withStore { store in
            _ = try await store.ingest(try StoreFixtures.review(StoreFixtures.scrutinyReport))
            return try await store.trackedItems(filter: TrackerFilter(authority: "barking and dagenham"))
        }
        #expect(items.count == 20)
        #expect(items.map(\.label) == (1...20).map { String($0) })
        let first = items[0]
        #expect(first.status == .completed)
        #expect(first.owners == ["Caroline Martindale", "Alan Dawson"])
        #expect(first.due == "2008-09")
        #expect(first.statusDate == "2008-10-08")
        #expect(first.theme == "Children's Trust meetings")
        #expect(first.id == TrackedItemMatcher.stableId(kind: .recommendation, authority: authority, text: first.text))
        #expect(items[2].due == nil)
        #expect(items[15].status == nil)
        #expect(items.filter { $0.status == .completed }.map(\.label) == ["1", "3"])
    }

    @Test(arguments: StoreKind.available)
    func linksALaterProgressReportByTextNotByNumber(kind: StoreKind) async throws {
        let (before, after, histories) = try await kind.withStore { store in
            _ = try await store.ingest(try StoreFixtures.review(StoreFixtures.scrutinyReport))
            let before = try await store.trackedItems(filter: TrackerFilter())
            _ = try await store.ingest(try StoreFixtures.review(StoreFixtures.progressReport))
            let after = try await store.trackedItems(filter: TrackerFilter())
            var histories: [String: TrackedItemHistory] = [:]
            for item in before {
                histories[item.label ?? ""] = try await store.history(id: item.id)
            }
            return (before, after, histories)
        }
        #expect(after.count == 20)
        #expect(Set(after.map(\.id)) == Set(before.map(\.id)))
        #expect(after.allSatisfy { $0.observationCount == 2 })

        // (19) is listed first in the progress report, as "1"; it is linked by its text.
        let nineteen = try #require(histories["19"])
        #expect(nineteen.item.label == "1")
        #expect(nineteen.item.status == .completed)
        #expect(nineteen.item.statusDate == "2009-10-07")
        #expect(nineteen.item.progress == "Quarterly reports to the Scrutiny Management Board since April 2009.")
        #expect(nineteen.history.map(\.status) == [.ongoing, .completed])
        #expect(nineteen.history.map(\.date) == ["2008-10-08", "2009-10-07"])
        #expect(nineteen.history.map(\.label) == ["19", "1"])

        // Reworded rows still link: "and / or", "under-achieving", a dropped full stop.
        let four = try #require(histories["4"])
        #expect(four.history.map(\.status) == [.ongoing, .completed])
        #expect(four.item.text.contains("ad hoc planning days and / or preparatory work"))
        let twenty = try #require(histories["20"])
        #expect(twenty.item.status == .notStarted)
        #expect(twenty.history.map(\.source) == ["Corpus/pdf/barking-dagenham-scrutiny.pdf", "Corpus/store-fixtures/barking-dagenham-progress-2009.txt"])

        // A row that states no status keeps the earlier one's.
        let sixteen = try #require(histories["16"])
        #expect(sixteen.history.map(\.status) == [nil, .completed])
        let one = try #require(histories["1"])
        #expect(one.history.map(\.status) == [.completed, .completed])
        #expect(after.filter { $0.status == .completed }.count == 11)
    }

    @Test(arguments: StoreKind.available)
    func listsOverdueItemsAtADate(kind: StoreKind) async throws {
        let (beforeUpdate, afterUpdate, byOwner) = try await kind.withStore { store in
            _ = try await store.ingest(try StoreFixtures.review(StoreFixtures.scrutinyReport))
            let beforeUpdate = try await store.trackedItems(filter: TrackerFilter(overdueAt: "2009-01-01"))
            _ = try await store.ingest(try StoreFixtures.review(StoreFixtures.progressReport))
            let afterUpdate = try await store.trackedItems(filter: TrackerFilter(overdueAt: "2009-11-01"))
            let byOwner = try await store.trackedItems(filter: TrackerFilter(status: .ongoing, owner: "paul sinden"))
            return (beforeUpdate, afterUpdate, byOwner)
        }
        // Due in or before December 2008 and not completed; (3) has no date, (1) is completed.
        #expect(beforeUpdate.map(\.label) == ["2", "4", "5", "6", "10", "13", "14", "16", "17", "19", "20"])
        // A year on, labelled by the progress report's numbering: (5), (7), (12)–(15), (17), (18) and (20) remain.
        #expect(afterUpdate.map(\.label) == ["2", "7", "9", "14", "15", "16", "17", "19", "20"])
        #expect(afterUpdate.allSatisfy { $0.status != .completed })
        #expect(afterUpdate.contains { $0.text.hasPrefix("Scrutiny Management Board consider establishing") && $0.status == .notStarted })
        #expect(byOwner.map(\.text).map { String($0.prefix(40)) } == ["Priority is given to resolving potential"])
    }

    @Test(arguments: StoreKind.available)
    func recordsAManualUpdateInTheHistory(kind: StoreKind) async throws {
        let (updated, reloaded, missing) = try await kind.withStore { store in
            _ = try await store.ingest(try StoreFixtures.review(StoreFixtures.scrutinyReport))
            let target = try #require(try await store.trackedItems(filter: TrackerFilter()).first { $0.label == "20" })
            let updated = try await store.recordUpdate(ManualUpdate(
                trackedId: target.id, status: .completed, note: "Two ad hoc panels set up in 2009.", recordedBy: "Clair Bantin", date: "2009-06-30"))
            let reloaded = try await store.history(id: target.id)
            var missing: PipelineError?
            do {
                _ = try await store.recordUpdate(ManualUpdate(trackedId: "R-0000000000", status: .ongoing, note: nil, recordedBy: nil, date: "2009-06-30"))
            } catch let error as PipelineError {
                missing = error
            }
            return (updated, reloaded, missing)
        }
        #expect(updated.item.status == .completed)
        #expect(updated.item.statusDate == "2009-06-30")
        #expect(updated.item.progress == "Two ad hoc panels set up in 2009.")
        #expect(updated.item.owners == ["John Dawe"])
        #expect(updated.history.count == 2)
        #expect(updated.history.last?.recordedBy == "Clair Bantin")
        #expect(updated.history.last?.documentId == nil)
        #expect(reloaded == updated)
        #expect(missing?.message == "no recommendation or action has id R-0000000000")
    }

    @Test(arguments: StoreKind.available)
    func tracksSelfEvaluationActionsToo(kind: StoreKind) async throws {
        let actions = try await kind.withStore { store in
            _ = try await store.ingest(try StoreFixtures.review(StoreFixtures.hertfordshire))
            return try await store.trackedItems(filter: TrackerFilter(owner: "Mark Mitchell"))
        }
        #expect(actions.count == 2)
        #expect(actions.allSatisfy { $0.kind == .action && $0.id.hasPrefix("A-") && $0.authority == "Hertfordshire" })
        #expect(actions.contains { $0.owners == ["Andrew Wellington", "Teresa DeVito", "Mark Mitchell", "Cherry Le Roy"] })
    }
}
