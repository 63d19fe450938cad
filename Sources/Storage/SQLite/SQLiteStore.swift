import Foundation
public import PipelineCore
import GRDB

/// The embedded store: one SQLite file through GRDB, searched with FTS5 and ranked by bm25.
///
/// Each document is written in one transaction in WAL mode, so a process killed mid-load
/// leaves the file as it was before that document. The store's statements are shared with
/// ``PostgresStore`` (see ``StoreConnection``); this type opens the file, applies
/// ``StoreSchema`` with GRDB's `DatabaseMigrator`, and runs each operation in a transaction.
public final class SQLiteStore: ReviewStore, VersionedStore {
    /// The database file's path.
    public let path: String
    private let glossary: Glossary
    private let queue: DatabaseQueue
    /// Operations take turns: a transaction spans several accesses to the one connection.
    private let turns = TurnTaking()

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
        // The shared operations are async, so a transaction outlives one GRDB access; `turns`
        // keeps other operations of this store out of it until it commits or rolls back.
        configuration.allowsUnsafeTransactions = true
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

    /// Runs `work` in one transaction: `IMMEDIATE` (holding the write lock from the start) to
    /// write, `DEFERRED` (one consistent snapshot) to read.
    private func transaction<T: Sendable>(
        _ what: String, writing: Bool, _ work: (any StoreConnection) async throws -> T
    ) async throws -> T {
        await turns.begin()
        defer { turns.end() }
        let connection = SQLiteConnection(queue: queue)
        do {
            try connection.run(writing ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED")
            do {
                let result = try await work(connection)
                try connection.run("COMMIT")
                return result
            } catch {
                try? connection.run("ROLLBACK")
                throw error
            }
        } catch {
            throw Self.failure(path, what, error)
        }
    }

    static func migrator(upTo last: String? = nil) throws -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        let dialect = SQLiteDialect()
        for migration in try StoreSchema.migrations(upTo: last) {
            let statements = dialect.statements(for: migration)
            migrator.registerMigration(migration.id) { db in
                for statement in statements { try db.execute(sql: statement) }
            }
        }
        return migrator
    }

    public func migrate() async throws {
        try await migrate(upTo: nil)
    }

    package func migrate(upTo last: String?) async throws {
        await turns.begin()
        defer { turns.end() }
        do {
            try Self.migrator(upTo: last).migrate(queue)
        } catch {
            throw Self.failure(path, "cannot bring the store's schema up to date", error)
        }
    }

    package func appliedMigrations() async throws -> [String] {
        await turns.begin()
        defer { turns.end() }
        do {
            let applied = try await queue.read { db in try Self.migrator().appliedIdentifiers(db) }
            return StoreSchema.migrations.map(\.id).filter(applied.contains)
        } catch {
            throw Self.failure(path, "cannot read the store's schema version", error)
        }
    }

    public func ingest(_ review: ReviewDocument) async throws -> IngestOutcome {
        try await transaction("cannot load \(review.document.source)", writing: true) { try await $0.ingest(review) }
    }

    public func search(_ query: SearchQuery) async throws -> SearchResults {
        let plan = try SearchPlan(query, glossary: glossary)
        return try await transaction("cannot search the store", writing: false) { try await $0.search(plan) }
    }

    public func trackedItems(filter: TrackerFilter) async throws -> [TrackedItem] {
        try await transaction("cannot read the tracker", writing: false) { try await $0.trackedItems() }
            .filter(filter.accepts).sorted(by: TrackedItem.listingOrder)
    }

    public func history(id: String) async throws -> TrackedItemHistory? {
        try await transaction("cannot read the tracker", writing: false) { try await $0.history(id: id) }
    }

    public func recordUpdate(_ update: ManualUpdate) async throws -> TrackedItemHistory {
        let path = self.path
        return try await transaction("cannot record the update", writing: true) { try await $0.recordUpdate(update, store: path) }
    }

    public func counts() async throws -> StoreCounts {
        try await transaction("cannot count the store's rows", writing: false) { try await $0.counts() }
    }

    /// What is inconsistent in the file (see ``StoreConnection/consistencyProblems()``),
    /// followed by anything SQLite's own integrity check reports.
    package func consistencyProblems() async throws -> [String] {
        try await transaction("cannot check the store", writing: false) { connection in
            var problems = try await connection.consistencyProblems()
            let integrity = try await connection.rows("PRAGMA integrity_check").map { try $0.text("integrity_check") }
            if integrity != ["ok"] { problems += integrity }
            return problems
        }
    }

    public func close() async throws {
        await turns.begin()
        defer { turns.end() }
        do {
            try queue.close()
        } catch {
            throw Self.failure(path, "cannot close the store", error)
        }
    }
}

/// The store's one connection, reached through GRDB's queue one statement at a time.
private struct SQLiteConnection: StoreConnection {
    let queue: DatabaseQueue
    var dialect: any SQLDialect { SQLiteDialect() }

    func rows(_ sql: SQL) throws -> [StoreRow] {
        let (text, values) = SQLiteDialect().render(sql)
        return try queue.writeWithoutTransaction { db in
            let statement = try db.cachedStatement(sql: text)
            var rows: [StoreRow] = []
            let cursor = try Row.fetchCursor(statement, arguments: StatementArguments(values.map(\.databaseValue)))
            while let row = try cursor.next() {
                rows.append(StoreRow(zip(row.columnNames, row.databaseValues).map { ($0, StoreValue($1)) }))
            }
            return rows
        }
    }

    func execute(_ sql: SQL) throws {
        let (text, values) = SQLiteDialect().render(sql)
        try queue.writeWithoutTransaction { db in
            try db.cachedStatement(sql: text).execute(arguments: StatementArguments(values.map(\.databaseValue)))
        }
    }

    /// Runs a transaction-control statement.
    func run(_ text: String) throws {
        try queue.writeWithoutTransaction { db in try db.execute(sql: text) }
    }
}

extension StoreValue {
    fileprivate init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let number): self = .integer(Int(number))
        case .double(let number): self = .real(number)
        case .string(let text): self = .text(text)
        case .blob(let data): self = .text(String(decoding: data, as: UTF8.self))
        }
    }

    fileprivate var databaseValue: DatabaseValue {
        switch self {
        case .null: return .null
        case .integer(let number): return number.databaseValue
        case .real(let number): return number.databaseValue
        case .text(let text): return text.databaseValue
        }
    }
}
