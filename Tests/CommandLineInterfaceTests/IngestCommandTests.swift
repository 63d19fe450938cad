import ArgumentParser
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

    @Test func defaultsToTheDefaultPipelineAndOutputFolder() throws {
        let command = try #require(try ScrutineerCommand.parseAsRoot(["ingest", "x.docx"]) as? IngestCommand)
        #expect(command.pipeline == "Pipelines/default.yml")
        #expect(command.out == "Output")
    }

    @Test func requiresAtLeastOnePath() {
        #expect(throws: (any Error).self) { try ScrutineerCommand.parseAsRoot(["ingest"]) }
    }

    @Test func parsesEvalOptions() throws {
        let command = try #require(try ScrutineerCommand.parseAsRoot(["eval", "--gold", "g", "--corpus", "c", "--json"]) as? EvalCommand)
        #expect(command.gold == "g")
        #expect(command.corpus == "c")
        #expect(command.json)
        let filtered = try #require(
            try ScrutineerCommand.parseAsRoot(["eval", "--split", "unseen", "--chain", "real", "--chain", "genres", "--shared", "s"]) as? EvalCommand)
        #expect(filtered.split == "unseen")
        #expect(filtered.chain == ["real", "genres"])
        #expect(filtered.shared == "s")
        #expect(filtered.pipeline == nil)
    }

    @Test func refusesASplitOtherThanTuneUnseenOrAll() {
        #expect(throws: (any Error).self) { try ScrutineerCommand.parseAsRoot(["eval", "--split", "dev"]) }
    }

    @Test func reportsAnUnusablePipelineFileByName() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).yml")
        try "name: bad\nstages: [tag, polish]\nframework: frameworks/set.yml\n".write(to: url, atomically: true, encoding: .utf8)
        let captured = CapturedConsole()
        let action = IngestAction(paths: ["x.txt"], pipelineFile: url.path, outputs: .init(jsonDirectory: nil), showProgress: false)
        await #expect(throws: PipelineError.self) { try await action.perform(console: captured.console) }
        #expect(captured.errors.count == 1)
        #expect(captured.errors.first?.hasPrefix("scrutineer: \(url.path): unknown stage 'polish'") == true)
    }
}
