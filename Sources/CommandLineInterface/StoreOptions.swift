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

    /// Opens the chosen store with the glossary, migrated and ready.
    func open() async throws -> any ReviewStore {
        try await location().open(glossary: try loadGlossary())
    }
}

/// Runs a command body, printing a failure as `scrutineer: <problem>` and exiting non-zero.
func reportingFailures(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as PipelineError {
        FileHandle.standardError.write(Data("scrutineer: \(error.description)\n".utf8))
        throw ExitCode.failure
    }
}

/// Writes text to standard output.
func emit(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}
