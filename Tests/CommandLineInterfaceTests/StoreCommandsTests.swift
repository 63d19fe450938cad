import ArgumentParser
@testable import CommandLineInterface
import Foundation
import PipelineCore
import Storage
import Testing

/// Parsing of the store commands: search, recommendations (list, show, set) and bench-store.
struct StoreCommandsTests {
    @Test func parsesSearchWithEveryFilter() throws {
        let command = try SearchCommand.parse([
            "\"voluntary sector\" AND commission*", "--domain", "strategy", "--question", "STR-1", "--authority", "Thurrock",
            "--kind", "evidence", "--from", "2008", "--to", "2009-04", "--limit", "5", "--json", "--store", "postgres://u:p@127.0.0.1/db",
        ])
        #expect(command.query == "\"voluntary sector\" AND commission*")
        #expect(command.domain == "strategy")
        #expect(command.question == "STR-1")
        #expect(command.kind == "evidence")
        #expect(command.from == "2008")
        #expect(command.to == "2009-04")
        #expect(command.limit == 5)
        #expect(command.json)
        #expect(command.storeOptions.store == "postgres://u:p@127.0.0.1/db")
    }

    @Test func rejectsAnUnknownKind() {
        #expect(throws: (any Error).self) { try SearchCommand.parse(["CAF", "--kind", "minutes"]) }
    }

    @Test func routesRecommendationsToListShowAndSet() throws {
        let list = try ScrutineerCommand.parseAsRoot(["recommendations", "--status", "ongoing", "--overdue-at", "2009-01-01", "--csv"])
        let parsedList = try #require(list as? RecommendationsCommand.List)
        #expect(parsedList.status == "ongoing")
        #expect(parsedList.overdueAt == "2009-01-01")
        #expect(parsedList.csv)

        let show = try #require(try ScrutineerCommand.parseAsRoot(["recommendations", "show", "R-d27c262d64"]) as? RecommendationsCommand.Show)
        #expect(show.id == "R-d27c262d64")

        let set = try #require(try ScrutineerCommand.parseAsRoot([
            "recommendations", "set", "R-d27c262d64", "--status", "completed", "--note", "Panels agreed", "--by", "Clair Bantin",
        ]) as? RecommendationsCommand.SetStatus)
        #expect(set.status == "completed")
        #expect(set.by == "Clair Bantin")
    }

    @Test(arguments: [
        ["recommendations", "--status", "done"],
        ["recommendations", "--overdue-at", "next week"],
        ["recommendations", "--csv", "--json"],
        ["recommendations", "set", "R-1", "--status", "finished"],
        ["bench-store", "--documents", "0"],
    ])
    func rejectsBadOptions(arguments: [String]) {
        #expect(throws: (any Error).self) { try ScrutineerCommand.parseAsRoot(arguments) }
    }
}

/// The commands that read the store refuse a SQLite file that is not there, instead of
/// making an empty store and finding nothing in it.
struct MissingStoreTests {
    @Test func refusesASQLiteStoreThatDoesNotExist() throws {
        let path = "/tmp/scrutineer-no-store-\(UInt32.random(in: 0...UInt32.max))/scrutineer.sqlite"
        let error = try #require(throws: PipelineError.self) { try StoreOptions.requireExisting(.sqlite(path: path)) }
        #expect(error.file == path)
        #expect(error.reason == .storeFailure)
        #expect(error.message.contains("scrutineer ingest"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func acceptsAnExistingFileAndAnyPostgresURL() throws {
        let path = NSTemporaryDirectory() + "scrutineer-store-\(UInt32.random(in: 0...UInt32.max)).sqlite"
        FileManager.default.createFile(atPath: path, contents: Data())
        defer { try? FileManager.default.removeItem(atPath: path) }
        try StoreOptions.requireExisting(.sqlite(path: path))
        try StoreOptions.requireExisting(try StoreLocation.parse("postgres://u:p@127.0.0.1/db"))
    }
}
