import Foundation
import PipelineCore
@testable import Storage
import Testing

/// Killing a loading process leaves the SQLite store consistent: every document complete or absent.
///
/// The test runs this test binary again as a child with `SCRUTINEER_CRASH_CHILD_STORE` set,
/// which enables ``ingestsUntilKilled()``: it loads generated documents into that store
/// without end. The parent waits until several documents are in, kills the child with
/// SIGKILL in the middle of its next loads, then opens the store and checks it.
struct StoreCrashTests {
    static let childVariable = "SCRUTINEER_CRASH_CHILD_STORE"

    @Test(.enabled(if: ProcessInfo.processInfo.environment[childVariable] != nil))
    func ingestsUntilKilled() async throws {
        let path = try #require(ProcessInfo.processInfo.environment[Self.childVariable])
        let store = try await StoreLocation.sqlite(path: path).open(glossary: StoreFixtures.glossary)
        let benchmark = StoreBenchmark(fixtures: try StoreFixtures.all.map(StoreFixtures.review), documents: 1_000_000, repetitions: 0)
        for index in 0..<benchmark.documents { _ = try await store.ingest(benchmark.variant(index)) }
    }

    @Test func killingALoadMidwayLeavesEveryDocumentCompleteOrAbsent() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrutineer-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("crash.sqlite").path

        let child = Process()
        child.executableURL = URL(fileURLWithPath: try #require(Self.testBinary()))
        child.arguments = ["--testing-library", "swift-testing", "--filter", "ingestsUntilKilled"]
        var environment = ProcessInfo.processInfo.environment
        environment[Self.childVariable] = path
        child.environment = environment
        child.standardOutput = FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        try child.run()

        var loaded = 0
        for _ in 0..<1200 where loaded < 8 && child.isRunning {
            try await Task.sleep(for: .milliseconds(100))
            if FileManager.default.fileExists(atPath: path) {
                let probe = try SQLiteStore(path: path, glossary: StoreFixtures.glossary)
                loaded = (try? await probe.counts().documents) ?? 0
                try await probe.close()
            }
        }
        #expect(child.isRunning, "the child stopped before it could be killed")
        try await Task.sleep(for: .milliseconds(23))
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal)
        #expect(loaded >= 8)

        let store = try SQLiteStore(path: path, glossary: StoreFixtures.glossary)
        try await store.migrate()
        #expect(try await store.consistencyProblems() == [])
        let counts = try await store.counts()
        #expect(counts.items == counts.indexed)
        // Every stored document holds exactly the items of the fixture it was made from.
        let fixtures = try StoreFixtures.all.map(StoreFixtures.review)
        let expected = fixtures.map { $0.questions.count + $0.evidence.count + $0.actions.count + $0.recommendations.count }
        let wholeRounds = counts.documents / fixtures.count
        let remainder = counts.documents % fixtures.count
        #expect(counts.items == wholeRounds * expected.reduce(0, +) + expected.prefix(remainder).reduce(0, +))
        // The store takes the next document as usual.
        let next = StoreBenchmark(fixtures: fixtures, documents: counts.documents + 1, repetitions: 0).variant(counts.documents)
        #expect(try await store.ingest(next) == .inserted)
        #expect(try await store.consistencyProblems() == [])
        try await store.close()
    }

    /// The running test binary (`…/ScrutineerPackageTests.xctest`).
    static func testBinary() -> String? {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return resolved }
        return CommandLine.arguments.first
    }
}
