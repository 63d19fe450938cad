import Foundation
import Pipeline
import PipelineCore
import TestSupport
import Testing

/// The shipped default pipeline over the real corpus: every rendition of every seed.
struct CorpusRunTests {
    let root = PackageFolder.root()

    func loadDefault() throws -> LoadedPipeline {
        try LoadedPipeline(contentsOf: root.appendingPathComponent("Pipelines/default.yml"))
    }

    @Test(arguments: Corpus.renditions(of: "barking-dagenham-scrutiny"))
    func reportsEachSegmentationWarningOnce(rendition: String) async throws {
        let outcome = await PipelineRunner(pipeline: try loadDefault(), consumers: []).run(paths: [Corpus.url(rendition).path]).outcomes[0]
        let review = try #require(outcome.review, "\(String(describing: outcome.error))")
        // The gold lists this one warning for the report; it must not come back a second
        // time under a stage-prefixed code.
        #expect(review.warnings.map(\.code).filter { $0.hasSuffix("plan-numbering-disagrees") } == ["plan-numbering-disagrees"])
    }

    @Test func everyFileEmittedForTheCorpusValidatesAgainstTheSchema() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrutineer-corpus-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = Corpus.seedNames.flatMap(Corpus.renditions(of:)).map { Corpus.url($0).path }
        let consumer = JSONFileConsumer(directory: folder, inputs: inputs)
        let report = await PipelineRunner(pipeline: try loadDefault(), consumers: [consumer]).run(paths: inputs)
        #expect(report.failures == 0, "\(report.outcomes.compactMap(\.error))")
        let validator = try JSONSchemaValidator(schemaAt: root.appendingPathComponent("Pipelines/schema/review-document.schema.json"))
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(written.count == 15)
        #expect(written.contains("thurrock-self-evaluation.docx.json"))
        for name in written {
            let problems = try validator.validate(Data(contentsOf: folder.appendingPathComponent(name)))
            #expect(problems.isEmpty, "\(name): \(problems.prefix(5))")
        }
    }

    @Test func emitsTheSameBytesOnASecondRun() async throws {
        let input = Corpus.url("docx/barking-dagenham-scrutiny.docx").path
        let runner = PipelineRunner(pipeline: try loadDefault(), consumers: [])
        let first = try #require(await runner.run(paths: [input]).outcomes.first?.review)
        let second = try #require(await runner.run(paths: [input]).outcomes.first?.review)
        #expect(try JSONOutput.encode(first) == JSONOutput.encode(second))
    }

    @Test func reportsEachHostileFileAndCarriesOnWithTheRest() async throws {
        let hostile = Corpus.url("hostile").path
        let good = Corpus.url("text/hertfordshire-self-evaluation.txt").path
        let collection = InputFiles.collect([hostile, good])
        let report = await PipelineRunner(pipeline: try loadDefault(), consumers: []).run(paths: collection.files)
        let hostileFiles = collection.files.filter { $0.hasPrefix(hostile) && !$0.hasSuffix(".md") }
        #expect(hostileFiles.count >= 9)
        for path in hostileFiles {
            let outcome = try #require(report.outcomes.first { $0.path == path })
            #expect(outcome.error?.stage == "extract", "\(path)")
            #expect(outcome.error?.file == path)
        }
        let herts = try #require(report.outcomes.first { $0.path == good })
        #expect(herts.error == nil)
        #expect(herts.emitted)
        #expect(herts.review?.actions.count == 24)
    }
}
