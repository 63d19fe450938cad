package import PipelineCore

extension StoreConnection {
    /// Every tracked item, in no particular order.
    package func trackedItems() async throws -> [TrackedItem] {
        try await rows("SELECT * FROM tracked_item").compactMap(TrackedItem.init(row:))
    }

    /// One tracked item and its history, or nil when no item has that id.
    package func history(id: String) async throws -> TrackedItemHistory? {
        guard let row = try await rows("SELECT * FROM tracked_item WHERE id = \(id)").first, let item = try TrackedItem(row: row) else { return nil }
        return TrackedItemHistory(item: item, history: try await observations(trackedId: id))
    }

    /// An item's observations, oldest first.
    package func observations(trackedId: String) async throws -> [StatusObservation] {
        try await rows("""
            SELECT o.sequence, o.document_id, d.source, o.date, o.label, o.theme, o.text, o.owners, o.due, o.status, o.note, o.recorded_by
            FROM observation o LEFT JOIN document d ON d.id = o.document_id WHERE o.tracked_id = \(trackedId)
            """)
            .map(StatusObservation.init(row:))
            .sorted(by: StatusObservation.chronological)
    }

    /// Records a manual update and returns the item's new state. Run inside a writing transaction.
    /// - Throws: `PipelineError(.storeFailure)` naming `store` when no item has that id.
    package func recordUpdate(_ update: ManualUpdate, store: String) async throws -> TrackedItemHistory {
        guard try await !rows("SELECT 1 AS present FROM tracked_item WHERE id = \(update.trackedId)").isEmpty else {
            throw PipelineError(stage: "store", file: store, reason: .storeFailure, message: "no recommendation or action has id \(update.trackedId)")
        }
        try await execute("""
            INSERT INTO observation (tracked_id, date, status, note, recorded_by)
            VALUES (\(update.trackedId), \(update.date), \(update.status.rawValue), \(update.note), \(update.recordedBy))
            """)
        try await refresh(trackedId: update.trackedId)
        guard let history = try await history(id: update.trackedId) else {
            throw PipelineError(stage: "store", file: store, reason: .storeFailure, message: "item \(update.trackedId) vanished")
        }
        return history
    }

    /// Row counts of every table.
    package func counts() async throws -> StoreCounts {
        func count(_ table: String) async throws -> Int {
            try await rows("SELECT count(*) AS n FROM \(raw: dialect.quote(table))").first?.integer("n") ?? 0
        }
        return StoreCounts(
            documents: try await count("document"), items: try await count("item"), indexed: try await count(dialect.indexTable),
            tags: try await count("item_tag"), trackedItems: try await count("tracked_item"), observations: try await count("observation"))
    }

    /// What is inconsistent, empty when every document is complete or absent: items without a
    /// document or index entry, index entries without an item, observations or tags without
    /// their owner, and tracked items whose count disagrees with their history.
    package func consistencyProblems() async throws -> [String] {
        let checks: [(String, SQL)] = [
            ("items without a document", "SELECT count(*) AS n FROM item WHERE document_id NOT IN (SELECT id FROM document)"),
        ] + dialect.indexConsistencyChecks + [
            ("tags without an item", "SELECT count(*) AS n FROM item_tag WHERE item_rowid NOT IN (SELECT id FROM item)"),
            ("observations without a tracked item", "SELECT count(*) AS n FROM observation WHERE tracked_id NOT IN (SELECT id FROM tracked_item)"),
            ("tracked items whose count disagrees with their history",
             "SELECT count(*) AS n FROM tracked_item t WHERE observation_count <> (SELECT count(*) FROM observation o WHERE o.tracked_id = t.id)"),
            ("documents without items", "SELECT count(*) AS n FROM document WHERE id NOT IN (SELECT document_id FROM item)"),
        ]
        var problems: [String] = []
        for (name, sql) in checks {
            let count = try await rows(sql).first?.integer("n") ?? 0
            if count > 0 { problems.append("\(count) \(name)") }
        }
        return problems
    }
}
