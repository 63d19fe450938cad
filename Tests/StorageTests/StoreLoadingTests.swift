import PipelineCore
import Storage
import Testing

/// Loading, reloading and replacing documents, run on every available store.
struct StoreLoadingTests {
    @Test(arguments: StoreKind.available)
    func reloadingTheCorpusChangesNothing(kind: StoreKind) async throws {
        let (first, second, counts, again) = try await kind.withStore { store in
            var first: [IngestOutcome] = []
            for name in StoreFixtures.all { first.append(try await store.ingest(try StoreFixtures.review(name))) }
            let counts = try await store.counts()
            var second: [IngestOutcome] = []
            for name in StoreFixtures.all { second.append(try await store.ingest(try StoreFixtures.review(name))) }
            return (first, second, counts, try await store.counts())
        }
        #expect(first == Array(repeating: .inserted, count: 5))
        #expect(second == Array(repeating: .unchanged, count: 5))
        #expect(again == counts)
        #expect(counts == StoreCounts(documents: 5, items: 65, indexed: 65, tags: 59, trackedItems: 26, observations: 46))
    }

    @Test(arguments: StoreKind.available)
    func aChangedFileReplacesItsRecordsAndKeepsTrackedIds(kind: StoreKind) async throws {
        var changed = try StoreFixtures.review(StoreFixtures.scrutinyReport)
        changed.document.id = String(repeating: "a", count: 64)
        changed.recommendations[19].text = "Scrutiny Management Board consider establishing ad hoc Scrutiny Panels to examine, in depth, any problem or underachieving areas in the Children's Trust."
        changed.recommendations[19].status = .completed
        changed.evidence.removeLast()
        let (outcome, before, after, idsAfter, idsBefore, history) = try await kind.withStore { store in
            _ = try await store.ingest(try StoreFixtures.review(StoreFixtures.scrutinyReport))
            let before = try await store.counts()
            let idsBefore = try await store.trackedItems(filter: TrackerFilter()).map(\.id)
            let outcome = try await store.ingest(changed)
            let items = try await store.trackedItems(filter: TrackerFilter())
            let history = try await store.history(id: try #require(items.first { $0.label == "20" }).id)
            return (outcome, before, try await store.counts(), items.map(\.id), idsBefore, history)
        }
        #expect(outcome == .replaced)
        #expect(after.documents == 1)
        #expect(after.items == before.items - 1)
        #expect(after.observations == 20)
        #expect(Set(idsAfter) == Set(idsBefore))
        #expect(history?.history.count == 1)
        #expect(history?.item.status == .completed)
        #expect(history?.history.first?.documentId == changed.document.id)
    }

    @Test(arguments: StoreKind.available)
    func aFailedLoadLeavesTheStoreAsItWas(kind: StoreKind) async throws {
        var broken = try StoreFixtures.review(StoreFixtures.progressReport)
        broken.recommendations[5].id = broken.recommendations[4].id
        let (before, after, error, afterRetry) = try await kind.withStore { store in
            _ = try await store.ingest(try StoreFixtures.review(StoreFixtures.scrutinyReport))
            let before = try await store.counts()
            var error: PipelineError?
            do {
                _ = try await store.ingest(broken)
            } catch let failure as PipelineError {
                error = failure
            }
            let after = try await store.counts()
            _ = try await store.ingest(try StoreFixtures.review(StoreFixtures.progressReport))
            return (before, after, error, try await store.counts())
        }
        #expect(error?.reason == .storeFailure)
        #expect(error?.message == "cannot load Corpus/store-fixtures/barking-dagenham-progress-2009.txt")
        #expect(error?.underlying?.isEmpty == false)
        #expect(after == before)
        #expect(afterRetry.documents == 2)
        #expect(afterRetry.observations == 40)
    }
}
