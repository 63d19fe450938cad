import ArgumentParser
import Foundation
import PipelineCore
import Storage
import Yams

/// Options every store command shares: which store, and which glossary widens searches.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The store: a SQLite file path or a postgres:// URL (default: $SCRUTINEER_STORE, else Output/scrutineer.sqlite).",
        valueName: "path-or-url"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp("The glossary of acronyms used to widen searches.", valueName: "path"))
    var glossary: String?

    /// The default glossary file.
    static let defaultGlossary = "Pipelines/glossary.yml"

    /// The store location chosen.
    func location() throws -> StoreLocation {
        try StoreLocation.resolve(store)
    }

    /// The glossary: the named file, else the default file when present, else none.
    func loadGlossary() throws -> Glossary {
        try Self.loadGlossary(glossary)
    }

    /// The glossary at `named`, else the default file when present, else an empty one.
    /// - Throws: `PipelineError` when a named file is missing or any glossary file is malformed.
    static func loadGlossary(_ named: String?) throws -> Glossary {
        let glossary = named
        let path = glossary ?? Self.defaultGlossary
        guard FileManager.default.fileExists(atPath: path) else {
            if glossary != nil {
                throw PipelineError(stage: "search", file: path, reason: .unreadableFile, message: "the glossary file does not exist")
            }
            return Glossary(entries: [])
        }
        do {
            let file = try YAMLDecoder().decode(GlossaryFile.self, from: String(contentsOfFile: path, encoding: .utf8))
            return Glossary(entries: file.entries.map { .init(acronym: $0.acronym, expansions: $0.expansions, variants: $0.variants ?? []) })
        } catch {
            throw PipelineError(stage: "search", file: path, reason: .invalidConfiguration, message: "cannot read the glossary", underlying: "\(error)")
        }
    }

    /// Opens the chosen store with the glossary, migrated and ready.
    func open() async throws -> any ReviewStore {
        try await location().open(glossary: try loadGlossary())
    }
}

/// The glossary file as written: `variants` may be left out of an entry.
private struct GlossaryFile: Decodable {
    struct Entry: Decodable {
        var acronym: String
        var expansions: [String]
        var variants: [String]?
    }
    var entries: [Entry]
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
