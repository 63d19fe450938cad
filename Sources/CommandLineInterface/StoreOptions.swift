import ArgumentParser
import Configuration
import Foundation
import PipelineCore
import Storage

/// Options every store command shares: which store, and which glossary widens searches.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The store: a SQLite file path or a postgres:// URL (default: $SCRUTINEER_STORE, else Output/scrutineer.sqlite).",
        valueName: "path-or-url"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp(
        "The glossary of acronyms used to widen searches (default: the one shipped with scrutineer).", valueName: "path"))
    var glossary: String?

    /// The store location chosen.
    func location() throws -> StoreLocation {
        try StoreLocation.resolve(store)
    }

    /// The glossary: the named file, else the one shipped with the binary.
    func loadGlossary() throws -> Glossary {
        try Self.loadGlossary(glossary)
    }

    /// The glossary at `named`, else the one shipped with the binary.
    /// - Throws: `PipelineError` naming the file when it cannot be read or is malformed.
    static func loadGlossary(_ named: String?) throws -> Glossary {
        try ConfigurationLoader.glossary(at: DefaultFiles.glossary(named: named))
    }

    /// Opens the chosen store with the glossary, runs `body` with it and closes it, also
    /// when `body` throws. The commands that read or update items need a store that holds
    /// them: a SQLite file that does not exist is an error, not a new empty store.
    /// - Throws: `PipelineError(.storeFailure)` naming the file when there is no store there.
    func withStore<Result>(_ body: (any ReviewStore) async throws -> Result) async throws -> Result {
        let location = try location()
        try Self.requireExisting(location)
        return try await CommandLineInterface.withStore(at: location, glossary: try loadGlossary(), body)
    }

    /// Refuses a SQLite store file that does not exist, saying how to make one.
    /// - Throws: `PipelineError(.storeFailure)` naming the file.
    static func requireExisting(_ location: StoreLocation) throws {
        guard case .sqlite(let path) = location, !FileManager.default.fileExists(atPath: path) else { return }
        throw PipelineError(
            stage: "store", file: path, reason: .storeFailure,
            message: "no store here; load documents into it with `scrutineer ingest` (which writes \(StoreLocation.defaultPath) unless --store or \(StoreLocation.environmentVariable) names another), or name an existing one with --store")
    }
}

/// Opens the store at `location`, runs `body` with it and closes it, also when `body` throws.
func withStore<Result>(
    at location: StoreLocation, glossary: Glossary, _ body: (any ReviewStore) async throws -> Result
) async throws -> Result {
    let store = try await location.open(glossary: glossary)
    let result: Result
    do {
        result = try await body(store)
    } catch {
        try? await store.close()
        throw error
    }
    try await store.close()
    return result
}

/// Runs a command body, printing a failure as `scrutineer: <problem>` and exiting non-zero.
func reportingFailures(console: Console = .standard, _ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as PipelineError {
        console.report(error)
        throw ExitCode.failure
    }
}
