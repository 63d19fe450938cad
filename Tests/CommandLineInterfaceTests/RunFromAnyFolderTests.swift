import Foundation
import TestSupport
import Testing

/// The built binary run from a folder outside the checkout finds its pipeline, framework,
/// glossary and schema in its own resources and writes to `./Output` there.
struct RunFromAnyFolderTests {
    @Test func ingestsACorpusFileFromAnotherFolder() throws {
        let folder = try BuiltBinary.scratchFolder("elsewhere")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = Corpus.url("text/london-vcs-representation.txt").path
        let run = try BuiltBinary.run(["ingest", input, "--quiet"], in: folder)
        #expect(run.status == 0, "\(run.error)")
        #expect(!run.error.contains("cannot read the configuration file"), "\(run.error)")
        let output = folder.appendingPathComponent("Output")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: output.path)
            .first { $0.hasPrefix("london-vcs-representation-") && $0.hasSuffix(".json") })
        let data = try Data(contentsOf: output.appendingPathComponent(name))
        let review = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let document = try #require(review["document"] as? [String: Any])
        #expect(document["source"] as? String == input)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output/scrutineer.sqlite").path))
    }

    @Test func evaluatesAGoldFolderFromAnotherFolder() throws {
        let folder = try BuiltBinary.scratchFolder("elsewhere")
        let corpus = try BuiltBinary.scratchFolder("corpus")
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: corpus)
        }
        // One seed's gold and its text rendition, laid out as Corpus/ is.
        for (from, to) in [("gold/london-vcs-representation.json", "gold"), ("text/london-vcs-representation.txt", "text")] {
            let target = corpus.appendingPathComponent(to)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Corpus.url(from), to: target.appendingPathComponent(Corpus.url(from).lastPathComponent))
        }
        let run = try BuiltBinary.run(["eval", "--gold", corpus.appendingPathComponent("gold").path], in: folder)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("london-vcs-representation"), "\(run.output)")
        #expect(run.output.contains("text"), "\(run.output)")
    }

    @Test func takesThePipelineFromTheEnvironment() throws {
        let folder = try BuiltBinary.scratchFolder("elsewhere")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipeline = folder.appendingPathComponent("missing.yml").path
        let run = try BuiltBinary.run(["ingest", Corpus.url("text/london-vcs-representation.txt").path, "--no-store"], in: folder,
                                      environment: ["SCRUTINEER_PIPELINE": pipeline])
        #expect(run.status != 0)
        #expect(run.error.hasPrefix("scrutineer: \(pipeline): cannot read the configuration file"), "\(run.error)")
    }
}

/// Two separate processes reading the same files write byte-identical JSON: hash order,
/// which differs between processes, must not reach the output.
struct DeterminismAcrossProcessesTests {
    @Test func twoRunsWriteTheSameBytes() throws {
        let inputs = ["docx/thurrock-self-evaluation.docx", "pdf/hertfordshire-self-evaluation.pdf", "text/barking-dagenham-scrutiny.txt"]
            .map { Corpus.url($0).path }
        var written: [[String: Data]] = []
        for _ in 0..<2 {
            let folder = try BuiltBinary.scratchFolder("determinism")
            defer { try? FileManager.default.removeItem(at: folder) }
            let run = try BuiltBinary.run(["ingest"] + inputs + ["--no-store", "--quiet"], in: folder)
            #expect(run.status == 0, "\(run.error)")
            let output = folder.appendingPathComponent("Output")
            // The reviews, not the ingest report (which records how long each file took).
            let names = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
                .filter { !$0.hasPrefix("ingest-report") }
            #expect(names.map { $0.split(separator: "-").dropLast().joined(separator: "-") }
                == ["barking-dagenham-scrutiny", "hertfordshire-self-evaluation", "thurrock-self-evaluation"])
            var files: [String: Data] = [:]
            for name in names { files[name] = try Data(contentsOf: output.appendingPathComponent(name)) }
            written.append(files)
        }
        #expect(written[0] == written[1])
    }
}
