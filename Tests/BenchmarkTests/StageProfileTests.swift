import Foundation
import Benchmark
import Pipeline
import PipelineCore
import TestSupport
import Testing

/// The stage profile: every part timed for every file, the pages counted, every review loaded
/// into a fresh store each round.
struct StageProfileTests {
    /// A store that only counts what it is given.
    actor CountingSink: DocumentSink {
        private(set) var loaded: [String] = []
        private(set) var finished = 0

        func load(_ review: ReviewDocument) async throws -> Bool {
            loaded.append(review.document.source)
            return false
        }

        func finish() async throws {
            finished += 1
        }
    }

    @Test func timesEveryPartOfEveryFileAndLoadsEachRoundIntoItsOwnStore() async throws {
        let pipeline = try LoadedPipeline(contentsOf: PackageFolder.root().appendingPathComponent("Pipelines/default.yml"))
        let sinks = [CountingSink(), CountingSink()]
        let seeds = [Corpus.url("docx/london-vcs-representation.docx"), Corpus.url("pdf/london-vcs-representation.pdf")]
        let profile = StageProfile(seeds: seeds, pipeline: pipeline, repetitions: 2) { round in sinks[round] }
        let report = try await profile.run()

        #expect(report.parts == ["extract", "segment", "tag", "emit", "worker hand-off (reply JSON)", "review JSON", "store"])
        #expect(report.files == [.docx: 1, .pdf: 1])
        #expect(report.pages[.pdf] == 10)
        for part in report.parts {
            #expect((report.millisecondsPerFile(.pdf, part) ?? -1) >= 0)
            #expect((report.millisecondsPerFile(.docx, part) ?? -1) >= 0)
        }
        #expect((report.millisecondsPerFile(.pdf, "extract") ?? 0) > 0)
        for sink in sinks {
            #expect(await sink.loaded.map { URL(fileURLWithPath: $0).lastPathComponent }
                == ["london-vcs-representation.docx", "london-vcs-representation.pdf"])
            #expect(await sink.finished == 1)
        }
        let table = report.markdown()
        #expect(table.contains("| part | DOCX ms/file | DOCX share | PDF ms/file | PDF share | PDF ms/page |"))
        #expect(table.contains("Files: 1 DOCX, 1 PDF (10 pages); each run 2 times"))
        #expect(table.split(separator: "\n").contains { $0.hasPrefix("| total |") && $0.contains("100 %") })
    }

    @Test func refusesSeedsThatAreNeitherPDFNorDOCX() async throws {
        let pipeline = try LoadedPipeline(contentsOf: PackageFolder.root().appendingPathComponent("Pipelines/default.yml"))
        let profile = StageProfile(seeds: [Corpus.url("text/london-vcs-representation.txt")], pipeline: pipeline)
        let error = try await #require(throws: PipelineError.self) { try await profile.run() }
        #expect(error.message == "no PDF or DOCX seed files to profile")
    }
}
