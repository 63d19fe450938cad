public import PipelineCore
import Foundation
import PostgresNIO

/// The shared store: PostgreSQL through postgres-nio, searched with a GIN-indexed tsvector
/// (English stemming) and ranked by ts_rank. Each document is written in one transaction.
public final class PostgresStore: ReviewStore {
    /// Where the database is.
    public let location: PostgresLocation
    private let glossary: Glossary
    private let client: PostgresClient
    private let runner: Task<Void, Never>
    private let logger = Logger(label: "scrutineer.store")

    /// Connects to the database at `location`; tables live in its schema.
    public init(location: PostgresLocation, glossary: Glossary) async throws {
        self.location = location
        self.glossary = glossary
        let loopback = ["127.0.0.1", "localhost", "::1"].contains(location.host)
        var configuration = PostgresClient.Configuration(
            host: location.host, port: location.port, username: location.username, password: location.password,
            database: location.database, tls: loopback ? .disable : .prefer(.makeClientConfiguration()))
        configuration.options.additionalStartupParameters = [("search_path", location.schema)]
        configuration.options.maximumConnections = 4
        let client = PostgresClient(configuration: configuration)
        self.client = client
        runner = Task { await client.run() }
    }

    private func failure(_ message: String, _ error: any Error) -> PipelineError {
        if let error = error as? PipelineError { return error }
        if let error = error as? PostgresTransactionError, let inner = error.closureError ?? error.commitError ?? error.beginError {
            return failure(message, inner)
        }
        if let error = error as? PSQLError {
            let server = error.serverInfo?[.message] ?? "\(error.code)"
            return PipelineError(stage: "store", file: location.description, reason: .storeFailure, message: message, underlying: server)
        }
        return PipelineError(stage: "store", file: location.description, reason: .storeFailure, message: message, underlying: "\(error)")
    }

    private func transaction<T: Sendable>(_ what: String, _ work: (PostgresConnection) async throws -> sending T) async throws -> T {
        do {
            return try await client.withTransaction(logger: logger, work)
        } catch {
            throw failure(what, error)
        }
    }

    private func connection<T: Sendable>(_ what: String, _ work: (PostgresConnection) async throws -> sending T) async throws -> T {
        do {
            return try await client.withConnection(work)
        } catch {
            throw failure(what, error)
        }
    }

    private func rows(_ connection: PostgresConnection, _ sql: String, _ values: [(any PostgresThrowingDynamicTypeEncodable)?] = []) async throws -> [PostgresRandomAccessRow] {
        try await connection.query(Self.query(sql, values), logger: logger).collect().map { $0.makeRandomAccess() }
    }

    private func execute(_ connection: PostgresConnection, _ sql: String, _ values: [(any PostgresThrowingDynamicTypeEncodable)?] = []) async throws {
        _ = try await connection.query(Self.query(sql, values), logger: logger).collect()
    }

    private static func query(_ sql: String, _ values: [(any PostgresThrowingDynamicTypeEncodable)?]) throws -> PostgresQuery {
        var binds = PostgresBindings(capacity: values.count)
        for value in values {
            if let value { try binds.append(value) } else { binds.appendNull() }
        }
        return PostgresQuery(unsafeSQL: sql, binds: binds)
    }

    public func migrate() async throws {
        let schema = location.schema
        do {
            try await client.withConnection { connection in
                try await self.execute(connection, "CREATE SCHEMA IF NOT EXISTS \"\(schema)\"")
            }
        } catch {
            throw failure("cannot create the schema \(schema)", error)
        }
        try await transaction("cannot bring the store's schema up to date") { connection in
            try await self.execute(connection, "SELECT pg_advisory_xact_lock(7294001)")
            try await self.execute(connection, "CREATE TABLE IF NOT EXISTS schema_migration (id TEXT PRIMARY KEY)")
            let applied = Set(try await self.rows(connection, "SELECT id FROM schema_migration").map { try $0["id"].decode(String.self) })
            for migration in Self.migrations where !applied.contains(migration.id) {
                for statement in migration.statements { try await self.execute(connection, statement) }
                try await self.execute(connection, "INSERT INTO schema_migration (id) VALUES ($1)", [migration.id])
            }
        }
    }

    public func ingest(_ review: ReviewDocument) async throws -> IngestOutcome {
        try await transaction("cannot load \(review.document.source)") { connection in
            let info = review.document
            try await self.execute(connection, "SELECT pg_advisory_xact_lock(7294002)")
            if try await !self.rows(connection, "SELECT 1 FROM document WHERE id = $1", [info.id]).isEmpty { return .unchanged }
            let previous = try await self.rows(connection, "SELECT id FROM document WHERE source = $1 ORDER BY id", [info.source])
                .map { try $0["id"].decode(String.self) }
            var affected = Set<String>()
            for old in previous {
                for row in try await self.rows(connection, "SELECT DISTINCT tracked_id FROM observation WHERE document_id = $1", [old]) {
                    affected.insert(try row["tracked_id"].decode(String.self))
                }
                try await self.execute(connection, "DELETE FROM document WHERE id = $1", [old])
            }
            let authorityKey = StoreCodec.authorityKey(info.authority)
            let candidates = try await self.rows(connection, "SELECT id, kind, text FROM tracked_item WHERE authority_key = $1 ORDER BY id", [authorityKey])
                .compactMap { row -> TrackedItemMatcher.Candidate? in
                    guard let kind = TrackedItem.Kind(rawValue: try row["kind"].decode(String.self)) else { return nil }
                    return TrackedItemMatcher.Candidate(id: try row["id"].decode(String.self), kind: kind, text: try row["text"].decode(String.self))
                }
            let plan = try IngestPlan(review: review, candidates: candidates)
            try await self.execute(
                connection,
                "INSERT INTO document (id, source, format, title, authority, kind, date, page_count) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                [info.id, info.source, info.format.rawValue, info.title, info.authority, info.kind.rawValue, info.date, info.pageCount])
            for item in plan.items {
                let inserted = try await self.rows(connection, """
                    INSERT INTO item (document_id, kind, item_id, domain, label, text, location, tracked_id, tsv)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, to_tsvector('\(TSQueryRenderer.configuration)', $9)) RETURNING id
                    """, [info.id, item.kind.rawValue, item.itemId, item.domain, item.label, item.text, item.location, item.trackedId, item.indexText])
                let rowid = try inserted[0]["id"].decode(Int.self)
                for (position, question) in item.setQuestions.enumerated() {
                    try await self.execute(connection, """
                        INSERT INTO item_tag (item_rowid, set_question, position) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING
                        """, [rowid, question, position])
                }
            }
            for observation in plan.observations {
                try await self.execute(connection, """
                    INSERT INTO tracked_item (id, kind, authority_key, authority, text) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING
                    """, [observation.trackedId, observation.kind.rawValue, authorityKey, info.authority, observation.text])
                try await self.execute(connection, """
                    INSERT INTO observation (tracked_id, document_id, date, label, theme, text, owners, due, status, note)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                    """, [observation.trackedId, info.id, info.date, observation.label, observation.theme, observation.text,
                          StoreCodec.encodeOwners(observation.owners), observation.due, observation.status?.rawValue, observation.note])
                affected.insert(observation.trackedId)
            }
            for id in affected.sorted() { try await self.refresh(connection, trackedId: id) }
            return previous.isEmpty ? IngestOutcome.inserted : .replaced
        }
    }

    private func refresh(_ connection: PostgresConnection, trackedId: String) async throws {
        guard let row = try await rows(connection, "SELECT kind, authority FROM tracked_item WHERE id = $1", [trackedId]).first,
              let kind = TrackedItem.Kind(rawValue: try row["kind"].decode(String.self))
        else { return }
        let history = try await observations(connection, trackedId: trackedId)
        guard let item = TrackedItem.current(id: trackedId, kind: kind, authority: try row["authority"].decode(String?.self), history: history) else {
            try await execute(connection, "DELETE FROM tracked_item WHERE id = $1", [trackedId])
            return
        }
        try await execute(connection, """
            UPDATE tracked_item SET label = $1, theme = $2, text = $3, owners = $4, due = $5, status = $6, status_date = $7,
                progress = $8, observation_count = $9 WHERE id = $10
            """, [item.label, item.theme, item.text, StoreCodec.encodeOwners(item.owners), item.due, item.status?.rawValue,
                  item.statusDate, item.progress, item.observationCount, trackedId])
    }

    private func observations(_ connection: PostgresConnection, trackedId: String) async throws -> [StatusObservation] {
        try await rows(connection, """
            SELECT o.sequence, o.document_id, d.source, o.date, o.label, o.theme, o.text, o.owners, o.due, o.status, o.note, o.recorded_by
            FROM observation o LEFT JOIN document d ON d.id = o.document_id WHERE o.tracked_id = $1
            """, [trackedId])
            .map { row in
                StatusObservation(
                    sequence: try row["sequence"].decode(Int.self), documentId: try row["document_id"].decode(String?.self),
                    source: try row["source"].decode(String?.self), date: try row["date"].decode(String?.self),
                    label: try row["label"].decode(String?.self), theme: try row["theme"].decode(String?.self),
                    text: try row["text"].decode(String?.self), owners: StoreCodec.decodeOwners(try row["owners"].decode(String?.self)),
                    due: try row["due"].decode(String?.self),
                    status: try row["status"].decode(String?.self).flatMap(Status.init(rawValue:)),
                    note: try row["note"].decode(String?.self), recordedBy: try row["recorded_by"].decode(String?.self))
            }
            .sorted(by: StatusObservation.chronological)
    }

    private static func trackedItem(_ row: PostgresRandomAccessRow) throws -> TrackedItem? {
        guard let kind = TrackedItem.Kind(rawValue: try row["kind"].decode(String.self)) else { return nil }
        return TrackedItem(
            id: try row["id"].decode(String.self), kind: kind, authority: try row["authority"].decode(String?.self),
            label: try row["label"].decode(String?.self), theme: try row["theme"].decode(String?.self),
            text: try row["text"].decode(String.self), owners: StoreCodec.decodeOwners(try row["owners"].decode(String?.self)),
            due: try row["due"].decode(String?.self), status: try row["status"].decode(String?.self).flatMap(Status.init(rawValue:)),
            statusDate: try row["status_date"].decode(String?.self), progress: try row["progress"].decode(String?.self),
            observationCount: try row["observation_count"].decode(Int.self))
    }

    public func search(_ query: SearchQuery) async throws -> SearchResults {
        let plan = try SearchPlan(query, glossary: glossary)
        var values: [(any PostgresThrowingDynamicTypeEncodable)?] = []
        func bind(_ value: any PostgresThrowingDynamicTypeEncodable) -> String {
            values.append(value)
            return "$\(values.count)"
        }
        let tsquery = TSQueryRenderer.render(plan.node, bind: { bind($0) })
        var filters = "i.tsv @@ q.query"
        if let domain = query.domain { filters += " AND i.domain = \(bind(domain))" }
        if let question = query.setQuestion {
            filters += " AND EXISTS (SELECT 1 FROM item_tag t WHERE t.item_rowid = i.id AND t.set_question = \(bind(question)))"
        }
        if let authority = query.authority { filters += " AND lower(d.authority) = lower(\(bind(authority)))" }
        if let kind = query.kind { filters += " AND i.kind = \(bind(kind.rawValue))" }
        if let from = query.from {
            let parameter = bind(from)
            filters += " AND d.date IS NOT NULL AND (d.date >= \(parameter) OR substr(\(parameter), 1, length(d.date)) = d.date)"
        }
        if let to = query.to {
            let parameter = bind(to)
            filters += " AND d.date IS NOT NULL AND (d.date <= \(parameter) OR substr(d.date, 1, length(\(parameter))) = \(parameter))"
        }
        let base = "FROM (SELECT \(tsquery) AS query) q, item i JOIN document d ON d.id = i.document_id WHERE \(filters)"
        let filterValues = values
        let limit = bind(query.limit)
        let hitsSQL = """
            SELECT i.kind, i.item_id, i.document_id, d.source, d.title, d.authority, d.date, i.domain, i.text, i.location,
                i.tracked_id, ts_rank(i.tsv, q.query, 1)::float8 AS score,
                (SELECT string_agg(t.set_question, ' ' ORDER BY t.position) FROM item_tag t WHERE t.item_rowid = i.id) AS tags
            \(base) ORDER BY score DESC, d.source COLLATE "C", i.id LIMIT \(limit)
            """
        let hitValues = values
        let (hitRows, facets) = try await connection("cannot search the store") { connection in
            let hitRows = try await self.rows(connection, hitsSQL, hitValues)
            var facets: [[SearchResults.FacetCount]] = []
            for column in ["d.authority", "i.domain", "i.kind"] {
                facets.append(try await self.rows(connection, """
                    SELECT coalesce(\(column), '(none)') AS value, count(*)::int8 AS n \(base) GROUP BY 1 ORDER BY 2 DESC, coalesce(\(column), '(none)') COLLATE "C"
                    """, filterValues).map { SearchResults.FacetCount(value: try $0["value"].decode(String.self), count: try $0["n"].decode(Int.self)) })
            }
            return (hitRows, facets)
        }
        let hits = try hitRows.map { row in
            try plan.hit(
                kind: try row["kind"].decode(String.self), itemId: try row["item_id"].decode(String.self),
                documentId: try row["document_id"].decode(String.self), source: try row["source"].decode(String.self),
                title: try row["title"].decode(String?.self), authority: try row["authority"].decode(String?.self),
                documentDate: try row["date"].decode(String?.self), domain: try row["domain"].decode(String?.self),
                tags: try row["tags"].decode(String?.self), trackedId: try row["tracked_id"].decode(String?.self),
                text: try row["text"].decode(String.self), location: try row["location"].decode(String.self),
                score: try row["score"].decode(Double.self))
        }
        return SearchResults(query: query.text, total: facets[2].reduce(0) { $0 + $1.count }, hits: hits,
                             authorities: facets[0], domains: facets[1], kinds: facets[2])
    }

    public func trackedItems(filter: TrackerFilter) async throws -> [TrackedItem] {
        let rows = try await connection("cannot read the tracker") { connection in
            try await self.rows(connection, "SELECT * FROM tracked_item").compactMap(Self.trackedItem)
        }
        return rows.filter(filter.accepts).sorted(by: TrackedItem.listingOrder)
    }

    public func history(id: String) async throws -> TrackedItemHistory? {
        try await connection("cannot read the tracker") { connection in
            guard let row = try await self.rows(connection, "SELECT * FROM tracked_item WHERE id = $1", [id]).first,
                  let item = try Self.trackedItem(row)
            else { return nil }
            return TrackedItemHistory(item: item, history: try await self.observations(connection, trackedId: id))
        }
    }

    public func recordUpdate(_ update: ManualUpdate) async throws -> TrackedItemHistory {
        let name = location.description
        return try await transaction("cannot record the update") { connection in
            guard try await !self.rows(connection, "SELECT 1 FROM tracked_item WHERE id = $1", [update.trackedId]).isEmpty else {
                throw PipelineError(stage: "store", file: name, reason: .storeFailure, message: "no recommendation or action has id \(update.trackedId)")
            }
            try await self.execute(connection, "INSERT INTO observation (tracked_id, date, status, note, recorded_by) VALUES ($1, $2, $3, $4, $5)",
                                   [update.trackedId, update.date, update.status.rawValue, update.note, update.recordedBy])
            try await self.refresh(connection, trackedId: update.trackedId)
            guard let row = try await self.rows(connection, "SELECT * FROM tracked_item WHERE id = $1", [update.trackedId]).first,
                  let item = try Self.trackedItem(row)
            else { throw PipelineError(stage: "store", file: name, reason: .storeFailure, message: "item \(update.trackedId) vanished") }
            return TrackedItemHistory(item: item, history: try await self.observations(connection, trackedId: update.trackedId))
        }
    }

    public func counts() async throws -> StoreCounts {
        try await connection("cannot count the store's rows") { connection in
            var numbers: [Int] = []
            for table in ["document", "item", "item", "item_tag", "tracked_item", "observation"] {
                numbers.append(try await self.rows(connection, "SELECT count(*)::int8 AS n FROM \(table)")[0]["n"].decode(Int.self))
            }
            return StoreCounts(documents: numbers[0], items: numbers[1], indexed: numbers[2], tags: numbers[3],
                               trackedItems: numbers[4], observations: numbers[5])
        }
    }

    /// Drops the store's schema and everything in it (test clean-up).
    package func dropSchema() async throws {
        let schema = location.schema
        do {
            try await client.withConnection { connection in
                try await self.execute(connection, "DROP SCHEMA IF EXISTS \"\(schema)\" CASCADE")
            }
        } catch {
            throw failure("cannot drop the schema \(schema)", error)
        }
    }

    public func close() async throws {
        runner.cancel()
        _ = await runner.value
    }
}
