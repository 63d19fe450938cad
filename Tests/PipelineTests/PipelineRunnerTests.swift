import Configuration
import EvidenceTagging
import Foundation
import Pipeline
import PipelineCore
import TestSupport
import Testing

/// Stands in for extract + segment: one review document with one evidence item per line
/// of the file, under the domain named on the first line.
struct LinesAsEvidenceStage: Stage {
    let name = "segment"
    let consumes: [Artifact] = [.file]
    let produces: [Artifact] = [.review]

    func run(_ work: inout PipelineWork, diagnostics: inout Diagnostics) async throws {
        let text = String(decoding: work.file.data, as: UTF8.self)
        guard !text.isEmpty else {
            throw PipelineError(stage: "", file: work.file.path, reason: .emptyFile, message: "the file is empty")
        }
        var lines = text.split(separator: "\n").map(String.init)
        let domain = lines.removeFirst()
        let location = SourceLocation(block: 0, start: 0, end: 1)
        if text.contains("ERROR") {
            diagnostics.append(Diagnostic(severity: .error, code: "test.broken-table", message: "a table could not be read", file: work.file.path))
        }
        diagnostics.warn("test.odd-heading", "a heading looks odd", file: work.file.path, location: location)
        work.review = ReviewDocument(
            document: DocumentInfo(id: String(repeating: "0", count: 64), source: work.file.path, format: .text),
            evidence: lines.enumerated().map { EvidenceItem(id: "e\($0.offset + 1)", domain: domain, text: $0.element, location: location) })
    }
}

struct PipelineRunnerTests {
    let pipelines = PackageFolder.root().appendingPathComponent("Pipelines")

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("scrutineer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func pipelineFile(in folder: URL, stages: [String], framework: String? = nil) throws -> URL {
        let url = folder.appendingPathComponent("test.yml")
        let text = """
            name: test
            stages: [\(stages.joined(separator: ", "))]
            framework: \(framework ?? pipelines.appendingPathComponent("frameworks/set.yml").path)
            glossary: \(pipelines.appendingPathComponent("glossary.yml").path)
            genres: \(pipelines.appendingPathComponent("genres.yml").path)
            options:
              tagging: {threshold: 1.5, maxTags: 2}
            """
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    var catalog: StageCatalog {
        var catalog = StageCatalog.standard
        catalog.register("segment") { _ in LinesAsEvidenceStage() }
        return catalog
    }

    @Test func loadsTheShippedDefaultPipeline() throws {
        let definition: PipelineDefinition = try ConfigurationLoader.decode(pipelines.appendingPathComponent("default.yml"))
        #expect(definition.stages == ["extract", "segment", "tag", "emit"])
        #expect(definition.framework == "frameworks/set.yml")
        #expect(definition.options.tagging.maxTags == 3)
        #expect(definition.options.tagging.weights["keywords"] == 2.0)
    }

    @Test func fillsLeftOutTaggingOptionsWithDefaults() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("minimal.yml")
        try "name: minimal\nstages: [tag]\nframework: \(pipelines.path)/frameworks/set.yml\noptions:\n  tagging: {maxTags: 1}\n"
            .write(to: url, atomically: true, encoding: .utf8)
        let definition: PipelineDefinition = try ConfigurationLoader.decode(url)
        #expect(definition.glossary == nil)
        #expect(definition.options.tagging.maxTags == 1)
        #expect(definition.options.tagging.threshold == TaggingOptions.defaults.threshold)
        #expect(definition.options.tagging.weights == TaggingOptions.defaults.weights)
    }

    @Test func namesThePipelineFileWhenAStageIsUnknown() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try pipelineFile(in: folder, stages: ["segment", "translate"])
        let error = try #require(throws: PipelineError.self) { try LoadedPipeline(contentsOf: url, catalog: catalog) }
        #expect(error.reason == .invalidConfiguration)
        #expect(error.file == url.path)
        #expect(error.message.contains("translate"))
    }

    @Test func namesThePipelineFileWhenTheFrameworkIsMissing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try pipelineFile(in: folder, stages: ["segment"], framework: "frameworks/missing.yml")
        let error = try #require(throws: PipelineError.self) { try LoadedPipeline(contentsOf: url, catalog: catalog) }
        #expect(error.reason == .invalidConfiguration)
        #expect(error.file == url.path)
        #expect(error.message.contains("frameworks/missing.yml"))
    }

    @Test func runsTheNamedStagesInOrderWithProgressAndTagsTheResult() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipeline = try LoadedPipeline(contentsOf: try pipelineFile(in: folder, stages: ["segment", "tag", "emit"]), catalog: catalog)
        let collector = CollectingConsumer()
        let lines = LineRecorder()
        let runner = PipelineRunner(pipeline: pipeline, consumers: [collector], progress: { lines.append($0) })
        let file = SourceFile(path: "notes.txt", data: Array("strategy\nSafeguarding training for volunteers is now offered.".utf8))
        let outcome = await runner.run(file)
        #expect(outcome.error == nil)
        #expect(outcome.emitted)
        #expect(lines.all == ["[1/3] segment notes.txt", "[2/3] tag notes.txt", "[3/3] emit notes.txt"])
        let review = try #require(await collector.reviews.first)
        #expect(review.evidence[0].tags.first?.setQuestion == "STR-3")
        #expect(review.warnings.map(\.code) == ["test.odd-heading"])
    }

    @Test func addsTheStageNameToAnErrorAndEmitsNothing() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipeline = try LoadedPipeline(contentsOf: try pipelineFile(in: folder, stages: ["segment", "emit"]), catalog: catalog)
        let collector = CollectingConsumer()
        let outcome = await PipelineRunner(pipeline: pipeline, consumers: [collector]).run(SourceFile(path: "empty.txt", data: []))
        let error = try #require(outcome.error)
        #expect(error.stage == "segment")
        #expect(error.reason == .emptyFile)
        #expect(await collector.reviews.isEmpty)
    }

    @Test func gatesADocumentWhoseDiagnosticsHoldAnError() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipeline = try LoadedPipeline(contentsOf: try pipelineFile(in: folder, stages: ["segment", "emit"]), catalog: catalog)
        let collector = CollectingConsumer()
        let file = SourceFile(path: "broken.txt", data: Array("governance\nERROR in this table".utf8))
        let outcome = await PipelineRunner(pipeline: pipeline, consumers: [collector]).run(file)
        let error = try #require(outcome.error)
        #expect(error.stage == "emit")
        #expect(error.underlying?.contains("test.broken-table") == true)
        #expect(!outcome.emitted)
        #expect(await collector.reviews.isEmpty)
    }

    @Test func refusesTagBeforeAnythingSegmentedWhenItLoads() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try pipelineFile(in: folder, stages: ["tag"])
        let error = try #require(throws: PipelineError.self) { try LoadedPipeline(contentsOf: url, catalog: catalog) }
        #expect(error.reason == .invalidConfiguration)
        #expect(error.file == url.path)
        #expect(error.message == "the tag stage needs a segmented review, which no stage before it produces")
    }

    @Test func refusesStagesOutOfOrderWhenItLoadsNamingTheStageAndWhatItLacks() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try pipelineFile(in: folder, stages: ["tag", "segment"])
        let error = try #require(throws: PipelineError.self) { try LoadedPipeline(contentsOf: url) }
        #expect(error.file == url.path)
        #expect(error.message == "the tag stage needs a segmented review, which no stage before it produces; list segment before it")
        let late = try pipelineFile(in: folder, stages: ["segment", "extract", "tag", "emit"])
        let lateError = try #require(throws: PipelineError.self) { try LoadedPipeline(contentsOf: late) }
        #expect(lateError.message == "the segment stage needs an extracted document, which no stage before it produces; list extract before it")
    }

    @Test func walksFoldersSortedAndSkipsHiddenFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("b"), withIntermediateDirectories: true)
        for name in ["b/z.txt", "a.txt", ".DS_Store", "b/.hidden.txt"] {
            try "x".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let collection = InputFiles.collect([folder.path, folder.appendingPathComponent("nope").path])
        #expect(collection.files == [folder.appendingPathComponent("a.txt").path, folder.appendingPathComponent("b/z.txt").path])
        #expect(collection.skipped.count == 2)
        #expect(collection.missing == [folder.appendingPathComponent("nope").path])
    }

    @Test func summarisesARun() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipeline = try LoadedPipeline(contentsOf: try pipelineFile(in: folder, stages: ["segment", "emit"]), catalog: catalog)
        let good = folder.appendingPathComponent("good.txt")
        try "delivery\nOne\nTwo".write(to: good, atomically: true, encoding: .utf8)
        let empty = folder.appendingPathComponent("empty.txt")
        try "".write(to: empty, atomically: true, encoding: .utf8)
        let report = await PipelineRunner(pipeline: pipeline, consumers: []).run(paths: [empty.path, good.path])
        #expect(report.documents == 1)
        #expect(report.items == 2)
        #expect(report.warnings == 1)
        #expect(report.failures == 1)
        #expect(report.summary.hasPrefix("1 documents, 2 items, 1 warnings, 1 failed, "))
    }
}

/// Collects progress lines from a `@Sendable` callback.
final class LineRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) {
        lock.lock()
        lines.append(line)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return lines
    }
}
