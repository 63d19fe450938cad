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

    @Test func parsesTheBulkIngestOptions() throws {
        let command = try #require(
            try ScrutineerCommand.parseAsRoot([
                "ingest", "archive", "--jobs", "3", "--timeout", "5", "--memory-limit", "512M", "--password", "pw", "--verbose", "--quiet",
            ]) as? IngestCommand)
        #expect(command.jobs == 3)
        #expect(command.timeout == 5)
        #expect(IngestCommand.bytes(command.memoryLimit) == 512 << 20)
        #expect(command.password == "pw")
        #expect(command.verbose)
        #expect(command.quiet)
        let defaults = try #require(try ScrutineerCommand.parseAsRoot(["ingest", "x.docx"]) as? IngestCommand)
        #expect(defaults.timeout == 60)
        #expect(defaults.jobs == ProcessInfo.processInfo.activeProcessorCount)
        #expect(IngestCommand.bytes(defaults.memoryLimit) == 1 << 30)
        #expect(defaults.password == nil)
    }

    @Test func readsMemorySizes() {
        #expect(IngestCommand.bytes("1G") == 1_073_741_824)
        #expect(IngestCommand.bytes("1.5g") == 1_610_612_736)
        #expect(IngestCommand.bytes("64KiB") == 65_536)
        #expect(IngestCommand.bytes("4096") == 4096)
        #expect(IngestCommand.bytes("0") == 0)
        #expect(IngestCommand.bytes("lots") == nil)
        #expect(IngestCommand.bytes("-1M") == nil)
    }

    @Test func rejectsAZeroJobCountAndTimeout() {
        #expect(throws: (any Error).self) { try ScrutineerCommand.parseAsRoot(["ingest", "x", "--jobs", "0"]) }
        #expect(throws: (any Error).self) { try ScrutineerCommand.parseAsRoot(["ingest", "x", "--timeout", "0"]) }
        #expect(throws: (any Error).self) { try ScrutineerCommand.parseAsRoot(["ingest", "x", "--memory-limit", "big"]) }
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
        defer { try? FileManager.default.removeItem(at: url) }
        let captured = CapturedConsole()
        let action = IngestAction(paths: ["x.txt"], pipelineFile: url.path, outputs: .init(jsonDirectory: nil), showProgress: false)
        await #expect(throws: PipelineError.self) { try await action.perform(console: captured.console) }
        #expect(captured.errors.count == 1)
        #expect(captured.errors.first?.hasPrefix("scrutineer: \(url.path): unknown stage 'polish'") == true)
    }
}
