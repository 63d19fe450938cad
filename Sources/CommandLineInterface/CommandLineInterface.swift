public import ArgumentParser

/// The `scrutineer` command: reads council documents into reviewable, searchable data.
public struct ScrutineerCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "scrutineer",
        abstract: "Read council self-evaluations, action plans and scrutiny reports into structured, reviewable data.",
        subcommands: [
            IngestCommand.self, SearchCommand.self, RecommendationsCommand.self, ExtractCommand.self,
            EvalCommand.self, BenchCommand.self, BenchStoreCommand.self, IngestWorkerCommand.self,
        ]
    )

    public init() {}
}
