import Foundation
import Pipeline
import PipelineCore
import Storage
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Bulk ingest through the built binary: isolation, typed errors, the report, resuming after
/// SIGKILL, and the hostile files in ../shared/real-dev/odd.
@Suite(.serialized)
struct BatchIngestBinaryTests {
    let root = PackageFolder.root()

    /// The five seed texts with a numbered line added, so that every copy has its own bytes.
    func writeTextCopies(_ count: Int, into folder: URL) throws -> [String] {
        var paths: [String] = []
        for number in 0..<count {
            let seed = Corpus.seedNames[number % Corpus.seedNames.count]
            var text = try String(contentsOf: Corpus.url("text/\(seed).txt"), encoding: .utf8)
            text += "\n\nFiled copy \(number + 1).\n"
            let url = folder.appendingPathComponent(String(format: "copy-%03d-\(seed).txt", number + 1))
            try text.write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        return paths
    }

    @Test func aBatchWithCrashingHangingEncryptedAndForeignFilesLoadsEveryGoodFile() throws {
        guard let shared = IngestBinary.shared else {
            print("skipped: ../shared/real-dev/odd is not on this machine")
            return
        }
        let scratch = try temporaryFolder("batch")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inputs = scratch.appendingPathComponent("in")
        let good = inputs.appendingPathComponent("good")
        let bad = inputs.appendingPathComponent("bad")
        try FileManager.default.createDirectory(at: good, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: bad, withIntermediateDirectories: true)
        var goodPaths: [String] = []
        for relative in Corpus.seedNames.flatMap(Corpus.renditions(of:)) + ["updates/barking-dagenham-progress-2009.docx", "updates/barking-dagenham-progress-2009.pdf"] {
            let target = good.appendingPathComponent(relative.replacingOccurrences(of: "/", with: "-"))
            try FileManager.default.copyItem(at: Corpus.url(relative), to: target)
            goodPaths.append(target.path)
        }
        goodPaths += try writeTextCopies(50 - goodPaths.count, into: good)
        #expect(goodPaths.count == 50)
        // The Barking and Dagenham text saved as Windows-1252: its £, – and ’ become single bytes.
        let legacy = good.appendingPathComponent("scrutiny-1252.txt")
        let seedText = try String(contentsOf: Corpus.url("text/barking-dagenham-scrutiny.txt"), encoding: .utf8)
        let legacyBytes = try #require(seedText.data(using: .windowsCP1252))
        #expect(legacyBytes.contains(0x92) && legacyBytes.contains(0xA3))
        try legacyBytes.write(to: legacy)
        let crashing = bad.appendingPathComponent("fuzzed.docx")
        try FileManager.default.copyItem(
            at: shared.appendingPathComponent("real-dev/odd/poi-clusterfuzz-testcase-minimized-poixwpffuzzer-4791943399604224.docx"), to: crashing)
        let hanging = bad.appendingPathComponent("text-bomb.pdf")
        try FileManager.default.copyItem(at: shared.appendingPathComponent("real-dev/odd/made-text-bomb-4-pages.pdf"), to: hanging)
        let encrypted = bad.appendingPathComponent("encrypted.pdf")
        try FileManager.default.copyItem(at: Corpus.url("hostile/encrypted.pdf"), to: encrypted)
        let protected = bad.appendingPathComponent("protected.docx")
        try Data(passwordProtectedDOCX()).write(to: protected)

        let out = scratch.appendingPathComponent("out")
        let result = try IngestBinary.run(
            ["ingest", inputs.path, "--out", out.path, "--store", out.appendingPathComponent("store.sqlite").path,
             "--timeout", "12", "--jobs", "2", "--quiet"],
            scratch: scratch)
        #expect(result.status == 1)
        let report = try IngestBinary.report(in: out)
        #expect(report.count == 55)
        for path in goodPaths + [legacy.path] {
            #expect(report[path]?.outcome == "loaded", "\(path): \(String(describing: report[path]))")
        }
        #expect(report[crashing.path]?.outcome == "failed")
        // The fuzzed DOCX that crashed the zip reader is now refused before it is read: its
        // central directory points past the end of the file.
        #expect(report[crashing.path]?.code == "damaged")
        #expect(report[hanging.path]?.outcome == "timed-out")
        #expect(report[hanging.path]?.code == "timed-out")
        #expect(report[encrypted.path]?.code == "encrypted")
        #expect(report[protected.path]?.code == "encrypted")
        #expect(report[protected.path]?.message?.contains("password-protected DOCX") == true)
        #expect(report[protected.path]?.format == "docx-encrypted")

        // One clean line per bad file on standard error, and the summary names all four.
        for path in [crashing.path, hanging.path, encrypted.path, protected.path] {
            #expect(result.errorLines.filter { $0.hasPrefix("scrutineer: \(path): ") }.count == 1, "\(path)\n\(result.errors)")
            #expect(result.output.contains("  \(path): "), "\(path) missing from the summary:\n\(result.output)")
        }
        #expect(result.output.contains("failed (4):"))
        for line in result.errorLines { #expect(line.hasPrefix("scrutineer: \(inputs.path)/"), "stray line: \(line)") }

        // The Windows-1252 file reads as its UTF-8 rendition does, with the encoding stated.
        func review(_ path: String) throws -> ReviewDocument {
            let name = try #require(report[path]?.output)
            return try JSONDecoder().decode(ReviewDocument.self, from: Data(contentsOf: out.appendingPathComponent(name)))
        }
        let legacyReview = try review(legacy.path)
        let utf8Review = try review(good.appendingPathComponent("text-barking-dagenham-scrutiny.txt").path)
        #expect(legacyReview.recommendations.count == 20)
        #expect(legacyReview.recommendations.map(\.text) == utf8Review.recommendations.map(\.text))
        #expect(legacyReview.warnings.contains { $0.code == "text.legacy-encoding" && $0.message.contains("Windows-1252") })

        // The CSV lists every input too.
        let csv = try String(contentsOf: out.appendingPathComponent("ingest-report.csv"), encoding: .utf8)
        #expect(csv.split(separator: "\n").count == 56)
        #expect(csv.contains("\(hanging.path),timed-out,timed-out,"))
    }

    @Test func theRightPasswordOpensAnEncryptedPDF() throws {
        let scratch = try temporaryFolder("password")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("out")
        let input = Corpus.url("hostile/encrypted.pdf").path
        let result = try IngestBinary.run(["ingest", input, "--out", out.path, "--no-store", "--password", "scrutineer-user", "--quiet"], scratch: scratch)
        #expect(result.status == 0, "\(result.errors)")
        let row = try #require(try IngestBinary.report(in: out)[input])
        #expect(row.outcome == "loaded")
        let review = try JSONDecoder().decode(ReviewDocument.self, from: Data(contentsOf: out.appendingPathComponent(try #require(row.output))))
        #expect(review.document.pageCount == 15)
        #expect(review.recommendations.count == 20)
    }

    @Test func aFileThatNeedsMoreMemoryThanTheCapFailsAsTooLargeAndTheNextLoads() throws {
        guard let shared = IngestBinary.shared else {
            print("skipped: ../shared/real-dev/odd is not on this machine")
            return
        }
        let scratch = try temporaryFolder("memory")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("out")
        let bomb = shared.appendingPathComponent("real-dev/odd/made-text-bomb-4-pages.pdf").path
        let good = Corpus.url("pdf/thurrock-self-evaluation.pdf").path
        let result = try IngestBinary.run(
            ["ingest", bomb, good, "--out", out.path, "--no-store", "--jobs", "1", "--memory-limit", "300M", "--timeout", "120", "--quiet"],
            scratch: scratch)
        #expect(result.status == 1)
        let report = try IngestBinary.report(in: out)
        #expect(report[bomb]?.outcome == "failed")
        #expect(report[bomb]?.code == "too-large")
        #expect(report[bomb]?.message?.hasPrefix("reading it needs more than 300 MiB of memory") == true)
        #expect(report[good]?.outcome == "loaded")
        #expect(result.errorLines == [result.errorLines.first { $0.hasPrefix("scrutineer: \(bomb): reading it needs more than 300 MiB") } ?? "missing"])
    }

    @Test func aRunKilledMidwayContinuesAndLoadsEachDocumentOnce() async throws {
        let scratch = try temporaryFolder("resume")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inputs = scratch.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let paths = try writeTextCopies(200, into: inputs)
        let out = scratch.appendingPathComponent("out")
        let store = out.appendingPathComponent("store.sqlite").path
        let arguments = ["ingest", inputs.path, "--out", out.path, "--store", store, "--jobs", "2", "--quiet"]

        let first = try IngestBinary.start(arguments, scratch: scratch)
        var written = 0
        let deadline = Date().addingTimeInterval(300)
        while first.isRunning && Date() < deadline {
            written = ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).filter { $0.hasPrefix("copy-") && $0.hasSuffix(".json") }.count
            if written >= 30 { break }
            usleep(20_000)
        }
        #expect(first.isRunning, "the first run ended before it could be killed")
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        #expect(first.terminationReason == .uncaughtSignal)
        let writtenBeforeKill = ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).filter { $0.hasPrefix("copy-") && $0.hasSuffix(".json") }.count
        #expect(writtenBeforeKill < 200)

        let second = try IngestBinary.run(arguments, scratch: scratch)
        #expect(second.status == 0, "\(second.errors)")
        let report = try IngestBinary.report(in: out)
        #expect(report.count == 200)
        #expect(Set(paths) == Set(report.keys))
        let unchanged = report.values.filter { $0.outcome == "unchanged" }.count
        let loaded = report.values.filter { $0.outcome == "loaded" }.count
        #expect(unchanged + loaded == 200)
        #expect(unchanged >= writtenBeforeKill - 1)
        #expect(unchanged >= 29)

        let opened = try SQLiteStore(path: store, glossary: Glossary(entries: []))
        try await opened.migrate()
        let counts = try await opened.counts()
        try await opened.close()
        #expect(counts.documents == 200)
        #expect(Set(report.values.compactMap(\.documentId)).count == 200)
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(names.filter { $0.hasSuffix(".json") && $0.hasPrefix("copy-") }.count == 200)
        #expect(!names.contains { $0.hasSuffix(".ingest-tmp") })
    }

    @Test func everyOddFileEndsInJSONOrOneCleanLine() throws {
        guard let shared = IngestBinary.shared else {
            print("skipped: ../shared/real-dev/odd is not on this machine")
            return
        }
        let odd = shared.appendingPathComponent("real-dev/odd")
        let files = try FileManager.default.contentsOfDirectory(atPath: odd.path).filter { !$0.hasPrefix(".") }.sorted()
        let scratch = try temporaryFolder("odd")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("out")
        let result = try IngestBinary.run(
            ["ingest", odd.path, "--out", out.path, "--no-store", "--timeout", "20", "--memory-limit", "1G", "--quiet"], scratch: scratch)
        #expect(result.status == 0 || result.status == 1)
        let report = try IngestBinary.report(in: out)
        #expect(report.count == files.count)
        var failed = 0
        for name in files {
            let path = odd.appendingPathComponent(name).path
            let row = try #require(report[path], "\(name) missing from the report")
            let lines = result.errorLines.filter { $0.hasPrefix("scrutineer: \(path): ") }
            if row.outcome == "loaded" {
                let output = try #require(row.output)
                #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(output).path), "\(name)")
                #expect(lines.isEmpty, "\(name): \(lines)")
            } else {
                failed += 1
                #expect(row.outcome == "failed" || row.outcome == "timed-out" || row.outcome == "duplicate", "\(name): \(row.outcome)")
                if row.outcome != "duplicate" { #expect(lines.count == 1, "\(name): \(lines)") }
            }
            if let peak = row.peakMemory { #expect(peak < 512 << 20, "\(name): peak \(peak >> 20) MiB") }
        }
        // Nothing printed but the per-file lines: no runtime crash report, no library noise.
        for line in result.errorLines { #expect(line.hasPrefix("scrutineer: \(odd.path)/"), "stray line: \(line)") }
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        #expect(usage.ru_maxrss * 1024 < 512 << 20, "peak of a child: \(usage.ru_maxrss / 1024) MiB")
        print("odd files: \(files.count - failed) loaded, \(failed) failed; \(report.values.filter { $0.code == "crashed" }.map(\.path))")
    }
}
