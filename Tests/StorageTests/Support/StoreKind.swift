import Foundation
import PipelineCore
import Storage
import Testing

/// The stores the shared suite runs against: SQLite always, PostgreSQL when
/// `SCRUTINEER_TEST_POSTGRES_URL` names a server (see `Scripts/start-test-postgres.sh`).
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    /// The PostgreSQL URL for tests, when set.
    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["SCRUTINEER_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The kinds this run can test.
    static var available: [StoreKind] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    var testDescription: String { rawValue }

    /// Runs `body` against a fresh, migrated, empty store of this kind, then removes it.
    func withStore<T: Sendable>(glossary: Glossary = StoreFixtures.glossary, _ body: (any ReviewStore) async throws -> T) async throws -> T {
        try await withVersionedStore(glossary: glossary, migratedUpTo: nil) { try await body($0) }
    }

    /// Runs `body` against a fresh, empty store of this kind with the migrations up to and
    /// including `last` applied (all when nil), then removes it.
    func withVersionedStore<T: Sendable>(
        glossary: Glossary = StoreFixtures.glossary, migratedUpTo last: String?, _ body: (any VersionedStore) async throws -> T
    ) async throws -> T {
        switch self {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrutineer-store-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let store = try SQLiteStore(path: folder.appendingPathComponent("test.sqlite").path, glossary: glossary)
            do {
                try await store.migrate(upTo: last)
                let result = try await body(store)
                try await store.close()
                return result
            } catch {
                try? await store.close()
                throw error
            }
        case .postgres:
            let url = try #require(Self.postgresURL)
            let schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            let separator = url.contains("?") ? "&" : "?"
            let location = try PostgresLocation(url: url + separator + "schema=" + schema)
            let store = try await PostgresStore(location: location, glossary: glossary)
            do {
                try await store.migrate(upTo: last)
                let result = try await body(store)
                try await store.dropSchema()
                try await store.close()
                return result
            } catch {
                try? await store.dropSchema()
                try? await store.close()
                throw error
            }
        }
    }
}

/// Says in every run's output whether the PostgreSQL half of the store suites ran.
struct PostgresSuiteAvailability {
    @Test(.enabled(if: StoreKind.postgresURL != nil,
                   "the PostgreSQL store suites were skipped: set SCRUTINEER_TEST_POSTGRES_URL (Scripts/test.sh does) to run them"))
    func runsThePostgresStoreSuites() {
        #expect(StoreKind.available.contains(.postgres))
    }
}
