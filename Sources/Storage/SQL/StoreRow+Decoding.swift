import PipelineCore

extension TrackedItem {
    /// A `tracked_item` row, or nil when its kind is not one this build knows.
    init?(row: StoreRow) throws {
        guard let kind = TrackedItem.Kind(rawValue: try row.text("kind")) else { return nil }
        self.init(
            id: try row.text("id"), kind: kind, authority: try row.optionalText("authority"), label: try row.optionalText("label"),
            theme: try row.optionalText("theme"), text: try row.text("text"), owners: StoreCodec.decodeOwners(try row.optionalText("owners")),
            due: try row.optionalText("due"), status: try row.optionalText("status").flatMap(Status.init(rawValue:)),
            statusDate: try row.optionalText("status_date"), progress: try row.optionalText("progress"),
            observationCount: try row.integer("observation_count"))
    }
}

extension StatusObservation {
    /// An `observation` row joined to its document's source.
    init(row: StoreRow) throws {
        self.init(
            sequence: try row.integer("sequence"), documentId: try row.optionalText("document_id"), source: try row.optionalText("source"),
            date: try row.optionalText("date"), label: try row.optionalText("label"), theme: try row.optionalText("theme"),
            text: try row.optionalText("text"), owners: StoreCodec.decodeOwners(try row.optionalText("owners")),
            due: try row.optionalText("due"), status: try row.optionalText("status").flatMap(Status.init(rawValue:)),
            note: try row.optionalText("note"), recordedBy: try row.optionalText("recorded_by"))
    }
}

extension SearchPlan {
    /// A search row as a hit.
    func hit(row: StoreRow) throws -> SearchHit {
        try hit(
            kind: try row.text("kind"), itemId: try row.text("item_id"), documentId: try row.text("document_id"),
            source: try row.text("source"), title: try row.optionalText("title"), authority: try row.optionalText("authority"),
            documentDate: try row.optionalText("date"), domain: try row.optionalText("domain"), tags: try row.optionalText("tags"),
            trackedId: try row.optionalText("tracked_id"), text: try row.text("text"), location: try row.text("location"),
            score: try row.real("score"))
    }
}
