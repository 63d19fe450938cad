import ArgumentParser
import Foundation
import PipelineCore
import Storage

/// `scrutineer recommendations`: the tracker of recommendations and actions.
struct RecommendationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommendations",
        abstract: "Track recommendations and actions through to completion.",
        subcommands: [List.self, Show.self, SetStatus.self],
        defaultSubcommand: List.self
    )

    /// Reads a status as written on the command line.
    static func status(_ text: String) throws -> Status {
        guard let status = Status(rawValue: text.lowercased()) else {
            throw ValidationError("--status must be one of \(Status.allCases.map(\.rawValue).joined(separator: ", ")), not '\(text)'")
        }
        return status
    }

    /// Checks an ISO date option.
    static func checkDate(_ text: String?, _ option: String) throws {
        if let text, !(text.count == 10 && StoreDate.isISODate(text)) {
            throw ValidationError("\(option) must be a date as YYYY-MM-DD, not '\(text)'")
        }
    }

    /// `scrutineer recommendations [list]`: the tracker list.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List tracked recommendations and actions.")

        @Option(help: "Only items whose current status is this (completed, ongoing, not-started).")
        var status: String?

        @Option(help: "Only items with an owner containing this text.")
        var owner: String?

        @Option(help: "Only items of this authority.")
        var authority: String?

        @Option(name: .customLong("overdue-at"), help: ArgumentHelp("Only items due before this date and not completed.", valueName: "YYYY-MM-DD"))
        var overdueAt: String?

        @Flag(help: "Print CSV for a spreadsheet.")
        var csv = false

        @Flag(help: "Print JSON.")
        var json = false

        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            if let status { _ = try RecommendationsCommand.status(status) }
            try RecommendationsCommand.checkDate(overdueAt, "--overdue-at")
            if csv && json { throw ValidationError("choose one of --csv and --json") }
        }

        func run() async throws {
            try await reportingFailures {
                let filter = TrackerFilter(status: try status.map(RecommendationsCommand.status), owner: owner, authority: authority, overdueAt: overdueAt)
                let items = try await storeOptions.withStore { store in try await store.trackedItems(filter: filter) }
                if csv {
                    Console.standard.write(TrackerCSV.render(items, overdueAt: overdueAt))
                } else if json {
                    Console.standard.write(try JSONOutput.encode(items))
                } else {
                    Console.standard.write(Self.render(items))
                }
            }
        }

        /// The list as text for a terminal.
        static func render(_ items: [TrackedItem]) -> String {
            var out = "\(items.count) tracked item\(items.count == 1 ? "" : "s")\n"
            for item in items {
                let status = item.status?.rawValue ?? "no status"
                out += "\n\(item.id)  \(item.authority ?? "(no authority)") \(item.kind.rawValue) \(item.label.map { "(\($0))" } ?? "")\n"
                out += "   \(item.text)\n"
                out += "   owners: \(item.owners.isEmpty ? "none stated" : item.owners.joined(separator: "; "))"
                out += " · due: \(item.due ?? "none stated") · status: \(status)" + (item.statusDate.map { " (as of \($0))" } ?? "") + "\n"
            }
            return out
        }
    }

    /// `scrutineer recommendations show ID`: one item with its history.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one recommendation or action and its status history.")

        @Argument(help: "The tracked id (R-… or A-…).")
        var id: String

        @Flag(help: "Print JSON.")
        var json = false

        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            try await reportingFailures {
                let found = try await storeOptions.withStore { store in try await store.history(id: id) }
                guard let found else {
                    throw PipelineError(stage: "store", file: try storeOptions.location().description, reason: .storeFailure, message: "no recommendation or action has id \(id)")
                }
                Console.standard.write(json ? String(decoding: try JSONOutput.encode(found), as: UTF8.self) : Self.render(found))
            }
        }

        /// The item and its history as text.
        static func render(_ found: TrackedItemHistory) -> String {
            var out = List.render([found.item]).split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).joined(separator: "\n")
            out += "\nhistory:\n"
            for entry in found.history {
                let origin = entry.documentId == nil ? "manual update" + (entry.recordedBy.map { " by \($0)" } ?? "") : (entry.source ?? entry.documentId ?? "")
                out += "  \(entry.date ?? "undated")  \(entry.status?.rawValue ?? "no status")  \(origin)"
                out += (entry.label.map { " (\($0))" } ?? "") + "\n"
                if let note = entry.note { out += "      \(note)\n" }
            }
            return out
        }
    }

    /// `scrutineer recommendations set ID --status … --note … [--by NAME]`: a manual update.
    struct SetStatus: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Record a manual status update in an item's history.")

        @Argument(help: "The tracked id (R-… or A-…).")
        var id: String

        @Option(help: "The new status (completed, ongoing, not-started).")
        var status: String

        @Option(help: "What was done or decided.")
        var note: String?

        @Option(help: "Who is recording the update.")
        var by: String?

        @Option(help: ArgumentHelp("The date the update applies from (default: today).", valueName: "YYYY-MM-DD"))
        var date: String?

        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            _ = try RecommendationsCommand.status(status)
            try RecommendationsCommand.checkDate(date, "--date")
        }

        func run() async throws {
            try await reportingFailures {
                let update = ManualUpdate(trackedId: id, status: try RecommendationsCommand.status(status), note: note, recordedBy: by,
                                          date: date ?? StoreDate.today())
                let result = try await storeOptions.withStore { store in try await store.recordUpdate(update) }
                Console.standard.write(Show.render(result))
            }
        }
    }
}
