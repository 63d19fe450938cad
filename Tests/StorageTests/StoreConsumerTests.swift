import PipelineCore
import Storage
import Testing

/// The pipeline's output consumer that loads each emitted document into the store.
struct StoreConsumerTests {
    @Test(arguments: StoreKind.available)
    func loadsEachEmittedDocumentAndTalliesOutcomes(kind: StoreKind) async throws {
        let (outcomes, counts) = try await kind.withStore { store in
            let consumer = StoreConsumer(store: store)
            for name in [StoreFixtures.scrutinyReport, StoreFixtures.thurrock, StoreFixtures.scrutinyReport] {
                let review = try StoreFixtures.review(name)
                let extracted = Document(id: review.document.id, source: review.document.source, format: review.document.format)
                try await consumer.consume(review, extracted: extracted)
            }
            return (await consumer.outcomes, try await store.counts())
        }
        #expect(outcomes == [.inserted: 2, .unchanged: 1])
        #expect(counts.documents == 2)
        #expect(counts.trackedItems == 23)
    }
}
