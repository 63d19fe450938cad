public import Foundation
public import PipelineCore

/// Which store a command uses: a SQLite file or a PostgreSQL database, read from
/// `--store`, else the `SCRUTINEER_STORE` environment variable, else `Output/scrutineer.sqlite`.
public enum StoreLocation: Hashable, Sendable, CustomStringConvertible {
    /// A SQLite file at this path.
    case sqlite(path: String)
    /// A PostgreSQL database.
    case postgres(PostgresLocation)

    /// The default store file.
    public static let defaultPath = "Output/scrutineer.sqlite"

    /// The environment variable that names the store for every command.
    public static let environmentVariable = "SCRUTINEER_STORE"

    /// Reads a store argument: a `postgres://` or `postgresql://` URL, else a SQLite path.
    /// - Throws: `PipelineError(.invalidConfiguration)` for an empty argument or a malformed URL.
    public static func parse(_ text: String) throws -> StoreLocation {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            throw PipelineError(stage: "store", file: "--store", reason: .invalidConfiguration, message: "the store is empty; give a SQLite path or a postgres:// URL")
        }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") {
            return .postgres(try PostgresLocation(url: trimmed))
        }
        return .sqlite(path: trimmed)
    }

    /// The store chosen by an explicit argument, else the environment, else the default file.
    public static func resolve(_ argument: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> StoreLocation {
        if let argument { return try parse(argument) }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty { return try parse(fromEnvironment) }
        return .sqlite(path: defaultPath)
    }

    /// Opens the store and brings its schema up to date.
    /// - Throws: `PipelineError(.storeFailure)` when it cannot be reached.
    public func open(glossary: Glossary) async throws -> any ReviewStore {
        let store: any ReviewStore
        switch self {
        case .sqlite(let path): store = try SQLiteStore(path: path, glossary: glossary)
        case .postgres(let location): store = try await PostgresStore(location: location, glossary: glossary)
        }
        do {
            try await store.migrate()
        } catch {
            try? await store.close()
            throw error
        }
        return store
    }

    /// The path, or the URL without its password.
    public var description: String {
        switch self {
        case .sqlite(let path): return path
        case .postgres(let location): return location.description
        }
    }
}
