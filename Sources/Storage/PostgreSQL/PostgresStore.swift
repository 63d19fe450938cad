public import PipelineCore
import Foundation
import PostgresNIO

/// The shared store: PostgreSQL through postgres-nio, searched with a GIN-indexed tsvector
/// (English stemming) and ranked by ts_rank. Each document is written in one transaction.
/// The statements are shared with ``SQLiteStore`` (see ``StoreConnection``); this type
/// connects, applies ``StoreSchema`` in a transaction recorded in `schema_migration`, and runs
/// each operation on a pooled connection.
public final class PostgresStore: ReviewStore, VersionedStore {
    /// Where the database is.
    public let location: PostgresLocation
    private let glossary: Glossary
    private let client: PostgresClient
    private let runner: Task<Void, Never>
    private let logger = Logger(label: "scrutineer.store")
    /// The advisory lock that makes concurrent migrations take turns.
    private static let migrationLockKey = 7294001

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

    private func transaction<T: Sendable>(_ what: String, _ work: (any StoreConnection) async throws -> sending T) async throws -> T {
        let logger = self.logger
        do {
            return try await client.withTransaction(logger: logger) { connection in
                try await work(PostgresStoreConnection(connection: connection, logger: logger))
            }
        } catch {
            throw failure(what, error)
        }
    }

    private func connection<T: Sendable>(_ what: String, _ work: (any StoreConnection) async throws -> sending T) async throws -> T {
        let logger = self.logger
        do {
            return try await client.withConnection { connection in
                try await work(PostgresStoreConnection(connection: connection, logger: logger))
            }
        } catch {
            throw failure(what, error)
        }
    }

    public func migrate() async throws {
        try await migrate(upTo: nil)
    }

    package func migrate(upTo last: String?) async throws {
        let dialect = PostgresDialect()
        let schema = dialect.quote(location.schema)
        try await connection("cannot create the schema \(location.schema)") { connection in
            try await connection.execute("CREATE SCHEMA IF NOT EXISTS \(raw: schema)")
        }
        let migrations: [StoreSchema.Migration]
        do {
            migrations = try StoreSchema.migrations(upTo: last)
        } catch {
            throw failure("cannot bring the store's schema up to date", error)
        }
        try await transaction("cannot bring the store's schema up to date") { connection in
            try await connection.execute("SELECT pg_advisory_xact_lock(\(raw: String(Self.migrationLockKey)))")
            try await connection.execute("CREATE TABLE IF NOT EXISTS schema_migration (id TEXT PRIMARY KEY)")
            let applied = Set(try await connection.rows("SELECT id FROM schema_migration").map { try $0.text("id") })
            for migration in migrations where !applied.contains(migration.id) {
                for statement in dialect.statements(for: migration) { try await connection.execute(SQL(raw: statement)) }
                try await connection.execute("INSERT INTO schema_migration (id) VALUES (\(migration.id))")
            }
        }
    }

    package func appliedMigrations() async throws -> [String] {
        let applied = try await connection("cannot read the store's schema version") { connection in
            Set(try await connection.rows("SELECT id FROM schema_migration").map { try $0.text("id") })
        }
        return StoreSchema.migrations.map(\.id).filter(applied.contains)
    }

    public func ingest(_ review: ReviewDocument) async throws -> IngestOutcome {
        try await transaction("cannot load \(review.document.source)") { try await $0.ingest(review) }
    }

    public func search(_ query: SearchQuery) async throws -> SearchResults {
        let plan = try SearchPlan(query, glossary: glossary)
        return try await connection("cannot search the store") { try await $0.search(plan) }
    }

    public func trackedItems(filter: TrackerFilter) async throws -> [TrackedItem] {
        try await connection("cannot read the tracker") { try await $0.trackedItems() }
            .filter(filter.accepts).sorted(by: TrackedItem.listingOrder)
    }

    public func history(id: String) async throws -> TrackedItemHistory? {
        try await connection("cannot read the tracker") { try await $0.history(id: id) }
    }

    public func recordUpdate(_ update: ManualUpdate) async throws -> TrackedItemHistory {
        let name = location.description
        return try await transaction("cannot record the update") { try await $0.recordUpdate(update, store: name) }
    }

    public func counts() async throws -> StoreCounts {
        try await connection("cannot count the store's rows") { try await $0.counts() }
    }

    /// What is inconsistent in the store (see ``StoreConnection/consistencyProblems()``).
    package func consistencyProblems() async throws -> [String] {
        try await connection("cannot check the store") { try await $0.consistencyProblems() }
    }

    /// Drops the store's schema and everything in it (test clean-up).
    package func dropSchema() async throws {
        let schema = PostgresDialect().quote(location.schema)
        try await connection("cannot drop the schema \(location.schema)") { connection in
            try await connection.execute("DROP SCHEMA IF EXISTS \(raw: schema) CASCADE")
        }
    }

    public func close() async throws {
        runner.cancel()
        _ = await runner.value
    }
}

/// One pooled connection, inside a transaction or not.
private struct PostgresStoreConnection: StoreConnection {
    let connection: PostgresConnection
    let logger: Logger
    var dialect: any SQLDialect { PostgresDialect() }

    func rows(_ sql: SQL) async throws -> [StoreRow] {
        try await connection.query(query(sql), logger: logger).collect().map { row in
            StoreRow(try row.map { cell in (cell.columnName, try StoreValue(cell)) })
        }
    }

    func execute(_ sql: SQL) async throws {
        _ = try await connection.query(query(sql), logger: logger).collect()
    }

    private func query(_ sql: SQL) -> PostgresQuery {
        let (text, values) = PostgresDialect().render(sql)
        var binds = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .null: binds.appendNull()
            case .integer(let number): binds.append(number)
            case .real(let number): binds.append(number)
            case .text(let text): binds.append(text)
            }
        }
        return PostgresQuery(unsafeSQL: text, binds: binds)
    }
}

extension StoreValue {
    /// A cell of the column types the schema uses: text, integers, floating point.
    fileprivate init(_ cell: PostgresCell) throws {
        guard cell.bytes != nil else {
            self = .null
            return
        }
        switch cell.dataType {
        case .int2, .int4, .int8: self = .integer(try cell.decode(Int.self))
        case .float4, .float8: self = .real(try cell.decode(Double.self))
        default: self = .text(try cell.decode(String.self))
        }
    }
}
