import Foundation
import Pipeline
import PipelineCore
import Storage
import TestSupport
import Testing

/// Loads documents into a SQLite store for the in-process bulk-ingest tests.
struct SQLiteSink: DocumentSink {
    let store: SQLiteStore

    func load(_ review: ReviewDocument) async throws -> Bool {
        try await store.ingest(review) == .unchanged
    }

    func finish() async throws {
        try await store.close()
    }
}

/// Bulk ingest in this process: the outputs of any number of jobs are those of one, names are
/// stable and distinct, and files given twice are read once.
struct BatchIngestDeterminismTests {
    let root = PackageFolder.root()
    var pipeline: String { root.appendingPathComponent("Pipelines/default.yml").path }
    var inputs: [String] {
        Corpus.seedNames.flatMap(Corpus.renditions(of:)).map { Corpus.url($0).path }
            + ["updates/barking-dagenham-progress-2009.docx", "updates/barking-dagenham-progress-2009.pdf"].map { Corpus.url($0).path }
    }

    func ingest(_ paths: [String], jobs: Int, into folder: URL, store: Bool = true) async throws -> BatchReport {
        let sink = store ? SQLiteSink(store: try SQLiteStore(path: folder.appendingPathComponent("store.sqlite").path, glossary: Glossary(entries: []))) : nil
        try await sink?.store.migrate()
        let ingest = BatchIngest(pipelineFile: pipeline, outputDirectory: folder, sink: sink, options: BatchOptions(jobs: jobs, workerExecutable: nil))
        return try await ingest.run(paths: paths)
    }

    func snapshot(_ folder: URL) async throws -> (files: [String: Data], counts: StoreCounts, tracked: [TrackedItem]) {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".json") && !name.hasPrefix("ingest-report") {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        let store = try SQLiteStore(path: folder.appendingPathComponent("store.sqlite").path, glossary: Glossary(entries: []))
        try await store.migrate()
        let counts = try await store.counts()
        let tracked = try await store.trackedItems(filter: TrackerFilter())
        try await store.close()
        return (files, counts, tracked)
    }

    @Test func threeJobsWriteTheSameJSONAndStoreAsOne() async throws {
        let one = try temporaryFolder("jobs-1")
        let three = try temporaryFolder("jobs-3")
        defer {
            try? FileManager.default.removeItem(at: one)
            try? FileManager.default.removeItem(at: three)
        }
        let single = try await ingest(inputs, jobs: 1, into: one)
        let parallel = try await ingest(inputs, jobs: 3, into: three)
        #expect(single.entries.map(\.outcome) == Array(repeating: .loaded, count: 17))
        #expect(parallel.entries.map(\.outcome) == single.entries.map(\.outcome))
        #expect(parallel.entries.map(\.output) == single.entries.map(\.output))
        let a = try await snapshot(one)
        let b = try await snapshot(three)
        #expect(a.files.count == 17)
        #expect(a.files == b.files)
        #expect(a.counts == b.counts)
        #expect(a.counts.documents == 17)
        #expect(a.tracked == b.tracked)
        #expect(!a.tracked.isEmpty)
    }

    @Test func aSecondRunReadsNothingAgain() async throws {
        let folder = try temporaryFolder("again")
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = Array(inputs.prefix(6))
        _ = try await ingest(paths, jobs: 2, into: folder)
        let before = try await snapshot(folder)
        let again = try await ingest(paths, jobs: 2, into: folder)
        #expect(again.entries.map(\.outcome) == Array(repeating: .unchanged, count: 6))
        let after = try await snapshot(folder)
        #expect(after.files == before.files)
        #expect(after.counts == before.counts)
    }

    @Test func namesAreStableAndDistinctForSameNamedFilesInTwoFolders() async throws {
        let folder = try temporaryFolder("names")
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a")
        let b = folder.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: a, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: b, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Corpus.url("text/thurrock-self-evaluation.txt"), to: a.appendingPathComponent("report.txt"))
        try FileManager.default.copyItem(at: Corpus.url("text/london-vcs-representation.txt"), to: b.appendingPathComponent("report.txt"))
        let out = folder.appendingPathComponent("out")
        let paths = [a.appendingPathComponent("report.txt").path, b.appendingPathComponent("report.txt").path]
        let first = try await ingest(paths, jobs: 2, into: out, store: false)
        let names = first.entries.compactMap(\.output)
        #expect(names.count == 2)
        #expect(Set(names).count == 2)
        #expect(names.allSatisfy { $0.hasPrefix("report-") && $0.count == "report-".count + 8 + ".json".count })
        // Reading only the second folder keeps its name.
        let alone = try await ingest([paths[1]], jobs: 1, into: out, store: false)
        #expect(alone.entries.first?.output == names[1])
        #expect(alone.entries.first?.outcome == .unchanged)
        let thurrock = try JSONDecoder().decode(ReviewDocument.self, from: Data(contentsOf: out.appendingPathComponent(names[0])))
        #expect(thurrock.document.authority == "Thurrock")
    }

    @Test func aFileGivenTwiceIsReadOnce() async throws {
        let folder = try temporaryFolder("twice")
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("copy.txt")
        let original = Corpus.url("text/thurrock-self-evaluation.txt").path
        try FileManager.default.copyItem(atPath: original, toPath: copy.path)
        let out = folder.appendingPathComponent("out")
        let report = try await ingest([original, original, copy.path], jobs: 2, into: out)
        #expect(report.entries.map(\.path) == [original, copy.path])
        #expect(report.entries.map(\.outcome) == [.loaded, .duplicate])
        #expect(report.entries[1].message == "the same bytes as \(original), read once")
        let snapshot = try await snapshot(out)
        #expect(snapshot.counts.documents == 1)
        #expect(snapshot.files.count == 1)
    }
}
