import Foundation
package import PipelineCore

/// The rows one review document becomes, worked out in Swift so both stores write the same
/// thing: searchable items with their index text and tags, and for each recommendation and
/// action the tracked id it links to and the observation it adds.
package struct IngestPlan: Sendable {
    /// One searchable item.
    package struct Item: Sendable {
        package var kind: ItemKind
        package var itemId: String
        package var domain: String?
        package var label: String?
        package var text: String
        /// Folded, lower-case copy of the text that the full-text index holds.
        package var indexText: String
        package var setQuestions: [String]
        /// The location as JSON text.
        package var location: String
        package var trackedId: String?
    }

    /// One tracker observation from this document.
    package struct Observation: Sendable {
        package var trackedId: String
        package var kind: TrackedItem.Kind
        package var label: String?
        package var theme: String?
        package var text: String
        package var owners: [String]
        package var due: String?
        package var status: Status?
        package var note: String?
    }

    /// The document's own fields.
    package var document: DocumentInfo
    /// Items in document order: questions, evidence, actions, recommendations.
    package var items: [Item]
    /// Observations, one per recommendation and action.
    package var observations: [Observation]

    /// Plans the rows of `review`, linking its recommendations and actions against `candidates`.
    /// - Throws: `PipelineError(.storeFailure)` when a location cannot be encoded.
    package init(review: ReviewDocument, candidates: [TrackedItemMatcher.Candidate]) throws {
        document = review.document
        let matcher = TrackedItemMatcher(candidates: candidates)
        var rows: [(kind: TrackedItem.Kind, text: String)] = review.actions.map { (.action, $0.text) }
        rows += review.recommendations.map { (.recommendation, $0.text) }
        let ids = matcher.assign(rows, authority: review.document.authority)
        let actionIds = Array(ids.prefix(review.actions.count))
        let recommendationIds = Array(ids.dropFirst(review.actions.count))

        func json(_ location: SourceLocation) throws -> String { Self.locationJSON(location) }
        func item(_ kind: ItemKind, _ id: String, _ domain: String?, _ label: String?, _ text: String,
                  _ tags: [String], _ location: SourceLocation, _ trackedId: String?) throws -> Item {
            Item(kind: kind, itemId: id, domain: domain, label: label, text: text, indexText: SpellingNormalizer.normalize(text),
                 setQuestions: tags, location: try json(location), trackedId: trackedId)
        }
        var items: [Item] = []
        for question in review.questions {
            items.append(try item(.question, question.id, question.domain, question.label, question.text,
                                  question.setQuestion.map { [$0] } ?? [], question.location, nil))
        }
        for evidence in review.evidence {
            items.append(try item(.evidence, evidence.id, evidence.domain, nil, evidence.text,
                                  evidence.tags.map(\.setQuestion), evidence.location, nil))
        }
        var observations: [Observation] = []
        for (action, trackedId) in zip(review.actions, actionIds) {
            items.append(try item(.action, action.id, action.domain, action.label, action.text,
                                  action.tags.map(\.setQuestion), action.location, trackedId))
            observations.append(Observation(trackedId: trackedId, kind: .action, label: action.label, theme: nil, text: action.text,
                                            owners: action.owners, due: action.due, status: action.status, note: action.progress))
        }
        for (recommendation, trackedId) in zip(review.recommendations, recommendationIds) {
            items.append(try item(.recommendation, recommendation.id, nil, recommendation.number, recommendation.text,
                                  recommendation.tags.map(\.setQuestion), recommendation.location, trackedId))
            observations.append(Observation(
                trackedId: trackedId, kind: .recommendation, label: recommendation.number, theme: recommendation.theme,
                text: recommendation.text, owners: recommendation.owners, due: recommendation.due,
                status: recommendation.status, note: recommendation.progress))
        }
        self.items = items
        self.observations = observations
    }

    /// A location as JSON text, exactly as `JSONEncoder` with sorted keys writes it (absent
    /// fields left out), without making an encoder for every item.
    package static func locationJSON(_ location: SourceLocation) -> String {
        var text = "{\"block\":" + String(location.block)
        if let cell = location.cell { text += ",\"cell\":" + String(cell) }
        text += ",\"end\":" + String(location.end)
        if let page = location.page { text += ",\"page\":" + String(page) }
        if let row = location.row { text += ",\"row\":" + String(row) }
        text += ",\"start\":" + String(location.start) + "}"
        return text
    }
}
