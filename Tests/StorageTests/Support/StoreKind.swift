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
        switch self {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrutineer-store-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let store = try await StoreLocation.sqlite(path: folder.appendingPathComponent("test.sqlite").path).open(glossary: glossary)
            do {
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
                try await store.migrate()
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
