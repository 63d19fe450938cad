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

    /// Rows go in multi-row statements of up to 64; a document of many more items keeps every
    /// item's text, tags (in order, a repeated one once), location and tracked id, every item is
    /// indexed, and every recommendation is tracked once with its observation.
    @Test(arguments: StoreKind.available)
    func aDocumentLargerThanOneBatchKeepsEveryRow(kind: StoreKind) async throws {
        var review = try StoreFixtures.review(StoreFixtures.scrutinyReport)
        review.document.id = String(repeating: "b", count: 64)
        review.questions = []
        review.actions = []
        let evidence = try #require(review.evidence.first)
        review.evidence = (1...157).map { number in
            var item = evidence
            item.id = "e\(number)"
            item.text = "Marker finding \(number) about the partnership"
            item.tags = [Tag(setQuestion: "SET\(number % 7)", score: 1, terms: []), Tag(setQuestion: "SET\(number % 5 + 10)", score: 0.5, terms: []),
                         Tag(setQuestion: "SET\(number % 7)", score: 0.4, terms: [])]
            item.location.start = number
            return item
        }
        let recommendation = try #require(review.recommendations.first)
        review.recommendations = (1...70).map { number in
            var item = recommendation
            item.id = "r\(number)"
            item.number = "\(number)"
            item.tags = []
            item.text = "Recommendation \(number): the board reviews item \(number) of \(["staffing", "budgets", "schools", "housing"][number % 4]) by spring"
            return item
        }
        // A later progress report restating every recommendation as completed.
        var later = review
        later.document.id = String(repeating: "c", count: 64)
        later.document.source += ".progress"
        later.document.date = "2099-01-01"
        for index in later.recommendations.indices { later.recommendations[index].status = .completed }
        let (counts, hits, tracked, updated, problems) = try await kind.withStore { store in
            _ = try await store.ingest(review)
            let hits = try await store.search(SearchQuery(text: "marker", limit: 500)).hits
            let tracked = try await store.trackedItems(filter: TrackerFilter())
            _ = try await store.ingest(later)
            let updated = try await store.trackedItems(filter: TrackerFilter())
            var problems: [String] = []
            if let sqlite = store as? SQLiteStore { problems = try await sqlite.consistencyProblems() }
            if let postgres = store as? PostgresStore { problems = try await postgres.consistencyProblems() }
            return (try await store.counts(), hits, tracked, updated, problems)
        }
        #expect(problems.isEmpty)
        #expect(counts == StoreCounts(documents: 2, items: 454, indexed: 454, tags: 628, trackedItems: 70, observations: 140))
        #expect(hits.count == 157)
        for hit in hits {
            let number = try #require(Int(hit.itemId.dropFirst()))
            #expect(hit.text == "Marker finding \(number) about the partnership")
            #expect(hit.setQuestions == ["SET\(number % 7)", "SET\(number % 5 + 10)"])
            #expect(hit.location.start == number)
            #expect(hit.trackedId == nil)
        }
        #expect(Set(tracked.map(\.text)) == Set(review.recommendations.map(\.text)))
        #expect(tracked.allSatisfy { $0.observationCount == 1 && $0.label == $0.text.split(separator: " ")[1].dropLast().description })
        #expect(Set(updated.map(\.id)) == Set(tracked.map(\.id)))
        #expect(updated.allSatisfy { $0.observationCount == 2 && $0.status == .completed && $0.statusDate == "2099-01-01" })
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
