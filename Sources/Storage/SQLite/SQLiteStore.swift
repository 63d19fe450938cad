import Foundation
public import PipelineCore
import GRDB

/// The embedded store: one SQLite file through GRDB, searched with FTS5 and ranked by bm25.
///
/// Each document is written in one transaction in WAL mode, so a process killed mid-load
/// leaves the file as it was before that document.
public final class SQLiteStore: ReviewStore {
    /// The database file's path.
    public let path: String
    private let glossary: Glossary
    private let queue: DatabaseQueue

    /// Opens (creating if needed) the SQLite file at `path`.
    /// - Throws: `PipelineError(.storeFailure)` when the file cannot be opened.
    public init(path: String, glossary: Glossary) throws {
        self.path = path
        self.glossary = glossary
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw Self.failure(path, "cannot open the store", error)
        }
    }

    static func failure(_ path: String, _ message: String, _ error: any Error) -> PipelineError {
        if let error = error as? PipelineError { return error }
        if let error = error as? DatabaseError {
            return PipelineError(stage: "store", file: path, reason: .storeFailure, message: message, underlying: error.message ?? "\(error.resultCode)")
        }
        return PipelineError(stage: "store", file: path, reason: .storeFailure, message: message, underlying: "\(error)")
    }

    private func run<T: Sendable>(_ what: String, _ work: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await queue.write(work)
        } catch {
            throw Self.failure(path, what, error)
        }
    }

    private func read<T: Sendable>(_ what: String, _ work: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await queue.read(work)
        } catch {
            throw Self.failure(path, what, error)
        }
    }

    public func migrate() async throws {
        do {
            try Self.migrator.migrate(queue)
        } catch {
            throw Self.failure(path, "cannot bring the store's schema up to date", error)
        }
    }

    public func ingest(_ review: ReviewDocument) async throws -> IngestOutcome {
        try await run("cannot load \(review.document.source)") { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM document WHERE id = ?)", arguments: [review.document.id]) == true {
                return .unchanged
            }
            let previous = try String.fetchAll(db, sql: "SELECT id FROM document WHERE source = ?", arguments: [review.document.source])
            var affected = Set<String>()
            for old in previous {
                affected.formUnion(try String.fetchAll(db, sql: "SELECT DISTINCT tracked_id FROM observation WHERE document_id = ?", arguments: [old]))
                try db.execute(sql: "DELETE FROM item_fts WHERE rowid IN (SELECT id FROM item WHERE document_id = ?)", arguments: [old])
                try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [old])
            }
            let authorityKey = StoreCodec.authorityKey(review.document.authority)
            let candidates = try Row.fetchAll(db, sql: "SELECT id, kind, text FROM tracked_item WHERE authority_key = ? ORDER BY id", arguments: [authorityKey])
                .compactMap { row -> TrackedItemMatcher.Candidate? in
                    guard let kind = TrackedItem.Kind(rawValue: row["kind"]) else { return nil }
                    return TrackedItemMatcher.Candidate(id: row["id"], kind: kind, text: row["text"])
                }
            let plan = try IngestPlan(review: review, candidates: candidates)
            let info = plan.document
            try db.execute(
                sql: "INSERT INTO document (id, source, format, title, authority, kind, date, page_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                arguments: [info.id, info.source, info.format.rawValue, info.title, info.authority, info.kind.rawValue, info.date, info.pageCount])
            for item in plan.items {
                try db.execute(
                    sql: "INSERT INTO item (document_id, kind, item_id, domain, label, text, location, tracked_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    arguments: [info.id, item.kind.rawValue, item.itemId, item.domain, item.label, item.text, item.location, item.trackedId])
                let rowid = db.lastInsertedRowID
                try db.execute(sql: "INSERT INTO item_fts (rowid, body) VALUES (?, ?)", arguments: [rowid, item.indexText])
                for (position, question) in item.setQuestions.enumerated() {
                    try db.execute(sql: "INSERT OR IGNORE INTO item_tag (item_rowid, set_question, position) VALUES (?, ?, ?)",
                                   arguments: [rowid, question, position])
                }
            }
            for observation in plan.observations {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO tracked_item (id, kind, authority_key, authority, text) VALUES (?, ?, ?, ?, ?)",
                    arguments: [observation.trackedId, observation.kind.rawValue, authorityKey, info.authority, observation.text])
                try db.execute(
                    sql: """
                        INSERT INTO observation (tracked_id, document_id, date, label, theme, text, owners, due, status, note)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [observation.trackedId, info.id, info.date, observation.label, observation.theme, observation.text,
                                StoreCodec.encodeOwners(observation.owners), observation.due, observation.status?.rawValue, observation.note])
                affected.insert(observation.trackedId)
            }
            for id in affected.sorted() { try Self.refresh(db, trackedId: id) }
            return previous.isEmpty ? .inserted : .replaced
        }
    }

    /// Recomputes an item's current state from its history, deleting it when none is left.
    private static func refresh(_ db: Database, trackedId: String) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT kind, authority FROM tracked_item WHERE id = ?", arguments: [trackedId]),
              let kind = TrackedItem.Kind(rawValue: row["kind"])
        else { return }
        let history = try observations(db, trackedId: trackedId)
        guard let item = TrackedItem.current(id: trackedId, kind: kind, authority: row["authority"], history: history) else {
            try db.execute(sql: "DELETE FROM tracked_item WHERE id = ?", arguments: [trackedId])
            return
        }
        try db.execute(
            sql: """
                UPDATE tracked_item SET label = ?, theme = ?, text = ?, owners = ?, due = ?, status = ?, status_date = ?,
                    progress = ?, observation_count = ? WHERE id = ?
                """,
            arguments: [item.label, item.theme, item.text, StoreCodec.encodeOwners(item.owners), item.due, item.status?.rawValue,
                        item.statusDate, item.progress, item.observationCount, trackedId])
    }

    private static func observations(_ db: Database, trackedId: String) throws -> [StatusObservation] {
        try Row.fetchAll(db, sql: """
            SELECT o.*, d.source FROM observation o LEFT JOIN document d ON d.id = o.document_id WHERE o.tracked_id = ?
            """, arguments: [trackedId])
            .map { row in
                StatusObservation(
                    sequence: row["sequence"], documentId: row["document_id"], source: row["source"], date: row["date"],
                    label: row["label"], theme: row["theme"], text: row["text"], owners: StoreCodec.decodeOwners(row["owners"]),
                    due: row["due"], status: (row["status"] as String?).flatMap(Status.init(rawValue:)), note: row["note"],
                    recordedBy: row["recorded_by"])
            }
            .sorted(by: StatusObservation.chronological)
    }

    private static func trackedItem(_ row: Row) -> TrackedItem? {
        guard let kind = TrackedItem.Kind(rawValue: row["kind"]) else { return nil }
        return TrackedItem(
            id: row["id"], kind: kind, authority: row["authority"], label: row["label"], theme: row["theme"], text: row["text"],
            owners: StoreCodec.decodeOwners(row["owners"]), due: row["due"],
            status: (row["status"] as String?).flatMap(Status.init(rawValue:)), statusDate: row["status_date"],
            progress: row["progress"], observationCount: row["observation_count"])
    }

    public func search(_ query: SearchQuery) async throws -> SearchResults {
        let plan = try SearchPlan(query, glossary: glossary)
        var filters = "item_fts MATCH ?"
        var arguments: [(any DatabaseValueConvertible)?] = [FTS5Renderer.render(plan.node)]
        if let domain = query.domain {
            filters += " AND i.domain = ?"
            arguments.append(domain)
        }
        if let question = query.setQuestion {
            filters += " AND EXISTS (SELECT 1 FROM item_tag t WHERE t.item_rowid = i.id AND t.set_question = ?)"
            arguments.append(question)
        }
        if let authority = query.authority {
            filters += " AND lower(d.authority) = lower(?)"
            arguments.append(authority)
        }
        if let kind = query.kind {
            filters += " AND i.kind = ?"
            arguments.append(kind.rawValue)
        }
        if let from = query.from {
            filters += " AND d.date IS NOT NULL AND (d.date >= ? OR substr(?, 1, length(d.date)) = d.date)"
            arguments += [from, from]
        }
        if let to = query.to {
            filters += " AND d.date IS NOT NULL AND (d.date <= ? OR substr(d.date, 1, length(?)) = ?)"
            arguments += [to, to, to]
        }
        let base = "FROM item_fts JOIN item i ON i.id = item_fts.rowid JOIN document d ON d.id = i.document_id WHERE \(filters)"
        let hitsSQL = """
            SELECT i.kind, i.item_id, i.document_id, d.source, d.title, d.authority, d.date, i.domain, i.text, i.location,
                i.tracked_id, -bm25(item_fts) AS score,
                (SELECT group_concat(set_question, ' ') FROM (SELECT set_question FROM item_tag t WHERE t.item_rowid = i.id ORDER BY position)) AS tags
            \(base) ORDER BY bm25(item_fts), d.source, i.id LIMIT ?
            """
        let facetArguments = StatementArguments(arguments)
        let hitArguments = StatementArguments(arguments + [query.limit])
        let (hits, facets) = try await read("cannot search the store") { db in
            let hits = try Row.fetchAll(db, sql: hitsSQL, arguments: hitArguments).map { row in
                try plan.hit(kind: row["kind"], itemId: row["item_id"], documentId: row["document_id"], source: row["source"],
                             title: row["title"], authority: row["authority"], documentDate: row["date"], domain: row["domain"],
                             tags: row["tags"], trackedId: row["tracked_id"], text: row["text"], location: row["location"], score: row["score"])
            }
            var facets: [[SearchResults.FacetCount]] = []
            for column in ["d.authority", "i.domain", "i.kind"] {
                facets.append(try Row.fetchAll(db, sql: """
                    SELECT coalesce(\(column), '(none)') AS value, count(*) AS n \(base) GROUP BY 1 ORDER BY 2 DESC, 1
                    """, arguments: facetArguments).map { SearchResults.FacetCount(value: $0["value"], count: $0["n"]) })
            }
            return (hits, facets)
        }
        return SearchResults(query: query.text, total: facets[2].reduce(0) { $0 + $1.count }, hits: hits,
                             authorities: facets[0], domains: facets[1], kinds: facets[2])
    }

    public func trackedItems(filter: TrackerFilter) async throws -> [TrackedItem] {
        let items = try await read("cannot read the tracker") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM tracked_item").compactMap(Self.trackedItem)
        }
        return items.filter(filter.accepts).sorted(by: TrackedItem.listingOrder)
    }

    public func history(id: String) async throws -> TrackedItemHistory? {
        try await read("cannot read the tracker") { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM tracked_item WHERE id = ?", arguments: [id]),
                  let item = Self.trackedItem(row)
            else { return nil }
            return TrackedItemHistory(item: item, history: try Self.observations(db, trackedId: id))
        }
    }

    public func recordUpdate(_ update: ManualUpdate) async throws -> TrackedItemHistory {
        let path = self.path
        return try await run("cannot record the update") { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM tracked_item WHERE id = ?)", arguments: [update.trackedId]) == true else {
                throw PipelineError(stage: "store", file: path, reason: .storeFailure, message: "no recommendation or action has id \(update.trackedId)")
            }
            try db.execute(sql: "INSERT INTO observation (tracked_id, date, status, note, recorded_by) VALUES (?, ?, ?, ?, ?)",
                           arguments: [update.trackedId, update.date, update.status.rawValue, update.note, update.recordedBy])
            try Self.refresh(db, trackedId: update.trackedId)
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM tracked_item WHERE id = ?", arguments: [update.trackedId]),
                  let item = Self.trackedItem(row)
            else { throw PipelineError(stage: "store", file: path, reason: .storeFailure, message: "item \(update.trackedId) vanished") }
            return TrackedItemHistory(item: item, history: try Self.observations(db, trackedId: update.trackedId))
        }
    }

    public func counts() async throws -> StoreCounts {
        try await read("cannot count the store's rows") { db in
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
            return StoreCounts(documents: try count("document"), items: try count("item"), indexed: try count("item_fts"),
                               tags: try count("item_tag"), trackedItems: try count("tracked_item"), observations: try count("observation"))
        }
    }

    /// What is inconsistent in the file, empty when every document is complete or absent: items
    /// without a document or index entry, index entries without an item, observations or tags
    /// without their owner, and tracked items whose count disagrees with their history.
    package func consistencyProblems() async throws -> [String] {
        try await read("cannot check the store") { db in
            let checks = [
                ("items without a document", "SELECT count(*) FROM item WHERE document_id NOT IN (SELECT id FROM document)"),
                ("items missing from the index", "SELECT count(*) FROM item WHERE id NOT IN (SELECT rowid FROM item_fts)"),
                ("index entries without an item", "SELECT count(*) FROM item_fts WHERE rowid NOT IN (SELECT id FROM item)"),
                ("tags without an item", "SELECT count(*) FROM item_tag WHERE item_rowid NOT IN (SELECT id FROM item)"),
                ("observations without a tracked item", "SELECT count(*) FROM observation WHERE tracked_id NOT IN (SELECT id FROM tracked_item)"),
                ("tracked items whose count disagrees with their history",
                 "SELECT count(*) FROM tracked_item t WHERE observation_count <> (SELECT count(*) FROM observation o WHERE o.tracked_id = t.id)"),
                ("documents without items", "SELECT count(*) FROM document WHERE id NOT IN (SELECT document_id FROM item)"),
            ]
            var problems: [String] = []
            for (name, sql) in checks {
                let count = try Int.fetchOne(db, sql: sql) ?? 0
                if count > 0 { problems.append("\(count) \(name)") }
            }
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] { problems += integrity }
            return problems
        }
    }

    public func close() async throws {
        do {
            try queue.close()
        } catch {
            throw Self.failure(path, "cannot close the store", error)
        }
    }
}
