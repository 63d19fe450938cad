package import PipelineCore

extension StoreConnection {
    /// Loads one review document: unchanged when its content hash is stored, replacing the
    /// documents from the same source otherwise, then brings every tracked item it touched up
    /// to date. Run inside a writing transaction.
    package func ingest(_ review: ReviewDocument) async throws -> IngestOutcome {
        let info = review.document
        if let lock = dialect.writerLock { try await execute(lock) }
        if try await !rows("SELECT 1 AS present FROM document WHERE id = \(info.id)").isEmpty { return .unchanged }
        let previous = try await rows("SELECT id FROM document WHERE source = \(info.source) ORDER BY id").map { try $0.text("id") }
        var affected = Set<String>()
        for old in previous {
            for row in try await rows("SELECT DISTINCT tracked_id FROM observation WHERE document_id = \(old)") {
                affected.insert(try row.text("tracked_id"))
            }
            if let unindex = dialect.unindexItems(ofDocument: old) { try await execute(unindex) }
            try await execute("DELETE FROM document WHERE id = \(old)")
        }
        let authorityKey = StoreCodec.authorityKey(info.authority)
        let candidates = try await rows("SELECT id, kind, text FROM tracked_item WHERE authority_key = \(authorityKey) ORDER BY id")
            .compactMap { row -> TrackedItemMatcher.Candidate? in
                guard let kind = TrackedItem.Kind(rawValue: try row.text("kind")) else { return nil }
                return TrackedItemMatcher.Candidate(id: try row.text("id"), kind: kind, text: try row.text("text"))
            }
        let plan = try IngestPlan(review: review, candidates: candidates)
        try await execute("""
            INSERT INTO document (id, source, format, title, authority, kind, date, page_count)
            VALUES (\(info.id), \(info.source), \(info.format.rawValue), \(info.title), \(info.authority), \(info.kind.rawValue), \
            \(info.date), \(info.pageCount))
            """)
        // Each table's rows go in multi-row statements (see `batches`), in plan order, so the
        // rows and their ids are those one statement per row gave.
        let indexedColumn = plan.items.first.flatMap { dialect.indexedItemColumn(text: $0.indexText)?.name }
        var rowids: [String: Int] = [:]
        for batch in Self.batches(plan.items.count) {
            let values = plan.items[batch].map { item -> SQL in
                let indexed = dialect.indexedItemColumn(text: item.indexText)
                return """
                    (\(info.id), \(item.kind.rawValue), \(item.itemId), \(item.domain), \(item.label), \(item.text), \(item.location), \
                    \(item.trackedId)\(indexed.map { ", " + $0.value } ?? SQL()))
                    """
            }
            let inserted = try await rows("""
                INSERT INTO item (document_id, kind, item_id, domain, label, text, location, tracked_id\(raw: indexedColumn.map { ", " + $0 } ?? ""))
                VALUES \(SQL.joined(values, separator: ", ")) RETURNING id, item_id
                """)
            // Item ids are unique within a document; RETURNING promises no order.
            for row in inserted { rowids[try row.text("item_id")] = try row.integer("id") }
        }
        let itemRowids = try plan.items.map { item -> Int in
            guard let rowid = rowids[item.itemId] else { throw StoreRow.DecodingError(description: "an inserted item returned no id") }
            return rowid
        }
        for batch in Self.batches(plan.items.count) {
            if let index = dialect.indexItems(Array(zip(itemRowids[batch], plan.items[batch].map(\.indexText)))) { try await execute(index) }
        }
        var tags: [SQL] = []
        for (item, rowid) in zip(plan.items, itemRowids) {
            for (position, question) in item.setQuestions.enumerated() { tags.append("(\(rowid), \(question), \(position))") }
        }
        for batch in Self.batches(tags.count) {
            try await execute("""
                INSERT INTO item_tag (item_rowid, set_question, position) VALUES \(SQL.joined(Array(tags[batch]), separator: ", "))
                ON CONFLICT DO NOTHING
                """)
        }
        for batch in Self.batches(plan.observations.count) {
            let tracked = plan.observations[batch].map { observation -> SQL in
                "(\(observation.trackedId), \(observation.kind.rawValue), \(authorityKey), \(info.authority), \(observation.text))"
            }
            try await execute("""
                INSERT INTO tracked_item (id, kind, authority_key, authority, text) VALUES \(SQL.joined(tracked, separator: ", "))
                ON CONFLICT (id) DO NOTHING
                """)
        }
        for batch in Self.batches(plan.observations.count) {
            let observed = plan.observations[batch].map { observation -> SQL in
                """
                (\(observation.trackedId), \(info.id), \(info.date), \(observation.label), \(observation.theme), \(observation.text), \
                \(StoreCodec.encodeOwners(observation.owners)), \(observation.due), \(observation.status?.rawValue), \(observation.note))
                """
            }
            try await execute("""
                INSERT INTO observation (tracked_id, document_id, date, label, theme, text, owners, due, status, note)
                VALUES \(SQL.joined(observed, separator: ", "))
                """)
        }
        for observation in plan.observations { affected.insert(observation.trackedId) }
        try await refresh(trackedIds: affected.sorted())
        return previous.isEmpty ? .inserted : .replaced
    }

    /// The batches `count` rows are written in, as index ranges in order: 64 rows at a time,
    /// then the rest in powers of two, so that a multi-row statement takes one of seven
    /// shapes and each shape is prepared once per connection.
    static func batches(_ count: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        while count - start >= 64 {
            ranges.append(start..<start + 64)
            start += 64
        }
        for size in [32, 16, 8, 4, 2, 1] where count - start >= size {
            ranges.append(start..<start + size)
            start += size
        }
        return ranges
    }

    /// Recomputes the current state of each tracked item in `ids` from its history, in order,
    /// deleting those with none left; the items and their histories are read in one statement
    /// each per batch of ids.
    package func refresh(trackedIds ids: [String]) async throws {
        for batch in Self.batches(ids.count) {
            let list = SQL.joined(ids[batch].map { id -> SQL in "\(id)" }, separator: ", ")
            var items: [String: (kind: TrackedItem.Kind, authority: String?)] = [:]
            for row in try await rows("SELECT id, kind, authority FROM tracked_item WHERE id IN (\(list))") {
                guard let kind = TrackedItem.Kind(rawValue: try row.text("kind")) else { continue }
                items[try row.text("id")] = (kind, try row.optionalText("authority"))
            }
            var histories: [String: [StatusObservation]] = [:]
            for row in try await rows("""
                SELECT o.tracked_id, o.sequence, o.document_id, d.source, o.date, o.label, o.theme, o.text, o.owners, o.due, o.status, \
                o.note, o.recorded_by
                FROM observation o LEFT JOIN document d ON d.id = o.document_id WHERE o.tracked_id IN (\(list))
                """) {
                histories[try row.text("tracked_id"), default: []].append(try StatusObservation(row: row))
            }
            for id in ids[batch] {
                guard let (kind, authority) = items[id] else { continue }
                let history = (histories[id] ?? []).sorted(by: StatusObservation.chronological)
                try await store(TrackedItem.current(id: id, kind: kind, authority: authority, history: history), id: id)
            }
        }
    }

    /// Recomputes a tracked item's current state from its history, deleting it when none is left.
    package func refresh(trackedId: String) async throws {
        try await refresh(trackedIds: [trackedId])
    }

    /// Writes a tracked item's recomputed state, or deletes the item when it has none.
    private func store(_ current: TrackedItem?, id trackedId: String) async throws {
        guard let item = current else {
            try await execute("DELETE FROM tracked_item WHERE id = \(trackedId)")
            return
        }
        try await execute("""
            UPDATE tracked_item SET label = \(item.label), theme = \(item.theme), text = \(item.text), \
            owners = \(StoreCodec.encodeOwners(item.owners)), due = \(item.due), status = \(item.status?.rawValue), \
            status_date = \(item.statusDate), progress = \(item.progress), observation_count = \(item.observationCount)
            WHERE id = \(trackedId)
            """)
    }
}
