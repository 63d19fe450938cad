import ArgumentParser
import Configuration
@testable import CommandLineInterface
import Foundation
import PipelineCore
import TestSupport
import Testing

/// Collects what a command prints.
final class CapturedConsole: @unchecked Sendable {
    private let lock = NSLock()
    private var outputLines: [String] = []
    private var errorLines: [String] = []

    var console: Console {
        Console(
            output: { line in self.record(line, error: false) },
            error: { line in self.record(line, error: true) })
    }

    private func record(_ line: String, error: Bool) {
        lock.lock()
        if error { errorLines.append(line) } else { outputLines.append(line) }
        lock.unlock()
    }

    var output: [String] {
        lock.lock()
        defer { lock.unlock() }
        return outputLines
    }

    var errors: [String] {
        lock.lock()
        defer { lock.unlock() }
        return errorLines
    }
}

struct IngestCommandTests {
    @Test func parsesPathsPipelineAndOutputFolder() throws {
        let command = try #require(
            try ScrutineerCommand.parseAsRoot(["ingest", "Corpus/docx", "a.pdf", "--pipeline", "Pipelines/self-evaluation.yml", "--out", "/tmp/out"])
                as? IngestCommand)
        #expect(command.paths == ["Corpus/docx", "a.pdf"])
        #expect(command.pipeline == "Pipelines/self-evaluation.yml")
        #expect(command.out == "/tmp/out")
    }

    @Test func defaultsToTheShippedPipelineAndTheOutputFolderOfTheWorkingDirectory() throws {
        let command = try #require(try ScrutineerCommand.parseAsRoot(["ingest", "x.docx"]) as? IngestCommand)
        #expect(command.pipeline == nil)
        #expect(DefaultFiles.pipeline(named: nil, environment: [:]) == DefaultFiles.pipeline)
        #expect(DefaultFiles.pipeline.lastPathComponent == "default.yml")
        #expect(command.out == "Output")
    }

    @Test func takesThePipelineFromTheFlagThenTheEnvironment() {
        let environment = [DefaultFiles.pipelineVariable: "/srv/pipelines/plans.yml"]
        #expect(DefaultFiles.pipeline(named: "mine.yml", environment: environment).lastPathComponent == "mine.yml")
        #expect(DefaultFiles.pipeline(named: nil, environment: environment).path == "/srv/pipelines/plans.yml")
        #expect(DefaultFiles.pipeline(named: nil, environment: [DefaultFiles.pipelineVariable: ""]) == DefaultFiles.pipeline)
    }

    @Test func requiresAtLeastOnePath() {
        #expect(throws: (any Error).self) { try ScrutineerCommand.parseAsRoot(["ingest"]) }
    }

    @Test func parsesEvalOptions() throws {
        let command = try #require(try ScrutineerCommand.parseAsRoot(["eval", "--gold", "g", "--corpus", "c", "--json"]) as? EvalCommand)
        #expect(command.gold == "g")
        #expect(command.corpus == "c")
        #expect(command.json)
    }

    @Test func reportsAnUnusablePipelineFileByName() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).yml")
        try "name: bad\nstages: [tag, polish]\nframework: frameworks/set.yml\n".write(to: url, atomically: true, encoding: .utf8)
        let captured = CapturedConsole()
        let action = IngestAction(paths: ["x.txt"], pipelineFile: url, outputs: .init(jsonDirectory: nil), showProgress: false)
        await #expect(throws: PipelineError.self) { try await action.perform(console: captured.console) }
        #expect(captured.errors.count == 1)
        #expect(captured.errors.first?.hasPrefix("scrutineer: \(url.path): unknown stage 'polish'") == true)
    }
}
