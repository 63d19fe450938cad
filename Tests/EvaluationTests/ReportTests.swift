import Evaluation
import Foundation
import Pipeline
import PipelineCore
import TestSupport
import Testing

/// Reports by chain and split, gold loading and the inputs an evaluation plans.
struct ReportTests {
    static func paper(_ name: String, split: String, recommendations: [String]) -> GoldDocument {
        GoldDocument(
            name: name, source: "real-dev/council/\(name).pdf", split: split, document: GoldInfo(kind: "committee-report"),
            recommendations: recommendations.enumerated().map { GoldRecommendation(number: "\($0.offset + 1)", text: $0.element) })
    }

    static func output(_ texts: [String]) -> ReviewDocument {
        ReviewDocument(
            document: DocumentInfo(id: "x", source: "x.pdf", format: .pdf, kind: .committeeReport),
            recommendations: texts.enumerated().map {
                Recommendation(id: "r\($0.offset)", number: "\($0.offset + 1)", theme: nil, text: $0.element, location: SourceLocation(block: 0, start: 0, end: 1))
            })
    }

    @Test func reportsRealPapersByTuneAndUnseenSplit() {
        let scorer = Scorer()
        let tune = scorer.score(
            gold: Self.paper("tuned", split: "tune", recommendations: ["To NOTE the report.", "To AGREE the plan."]),
            output: Self.output(["To NOTE the report.", "To AGREE the plan."]), chain: "real", format: "pdf")
        let unseen = scorer.score(
            gold: Self.paper("held-out", split: "unseen", recommendations: ["To APPROVE the budget.", "To DELEGATE authority to the Director."]),
            output: Self.output(["To APPROVE the budget."]), chain: "real", format: "pdf")
        let seed = scorer.score(
            gold: GoldDocument(name: "seed", document: GoldInfo(kind: "scrutiny-report")),
            output: ReviewDocument(document: DocumentInfo(id: "s", source: "s.docx", format: .docx, kind: .scrutinyReport)),
            chain: "docx-corpus", format: "docx")
        let report = EvaluationReport(documents: [seed, tune, unseen])

        // tune: kind + 2 recommendations + 2 numbers, all right.
        #expect(report.totals(split: "tune").total == FieldCount(truePositives: 5))
        // unseen: kind, one recommendation and its number right; one recommendation missed.
        #expect(report.totals(split: "unseen").total == FieldCount(truePositives: 3, falseNegatives: 1))
        #expect(report.totals(split: "unseen").total.f1 == 6.0 / 7.0)
        #expect(report.totals(chain: "docx-corpus").total == FieldCount(truePositives: 1))
        #expect(report.overall.total == FieldCount(truePositives: 9, falseNegatives: 1))
        #expect(report.chains == ["docx-corpus", "real"])

        let lines = report.table.split(separator: "\n").map(String.init)
        #expect(lines.contains("  tune" + String(repeating: " ", count: 9) + "1.000  (P 1.000, R 1.000)  items 1.000  1 documents, invented 0"))
        #expect(lines.contains("  unseen" + String(repeating: " ", count: 7) + "0.857  (P 1.000, R 0.750)  items 0.667  1 documents, invented 0"))
        #expect(lines.contains("overall" + String(repeating: " ", count: 8) + "0.947  (P 1.000, R 0.900)  items 0.857  3 documents, invented 0"))
        #expect(!lines.contains { $0.hasPrefix("  fresh") }, "a split no paper carries prints no row")
        let row = lines.first { $0.hasPrefix("held-out / real") }
        #expect(row?.contains("1.000/0.500/0.667") == true)
        #expect(row?.hasSuffix("unseen") == true)
    }

    @Test func namesTheFileAndTheProblemOfEachBadGoldFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gold-\(UUID().uuidString)")
        let real = folder.appendingPathComponent("real")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try #"{"name": "good", "document": {"kind": "other"}}"#.write(to: folder.appendingPathComponent("good.json"), atomically: true, encoding: .utf8)
        try #"{"name": "textless", "document": {}, "recommendations": [{"number": "1"}]}"#
            .write(to: folder.appendingPathComponent("textless.json"), atomically: true, encoding: .utf8)
        try #"{"name": "renamed", "document": {}}"#.write(to: folder.appendingPathComponent("other.json"), atomically: true, encoding: .utf8)
        try "{not json".write(to: folder.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        try #"{"name": "paper", "source": "real-dev/council/paper.pdf", "split": "unseen", "document": {"kind": "minutes"}}"#
            .write(to: real.appendingPathComponent("paper.json"), atomically: true, encoding: .utf8)
        try #"{"name": "dev", "source": "real-dev/council/dev.pdf", "split": "dev", "document": {}}"#
            .write(to: real.appendingPathComponent("dev.json"), atomically: true, encoding: .utf8)
        try #"{"name": "nosource", "split": "tune", "document": {}}"#.write(to: real.appendingPathComponent("nosource.json"), atomically: true, encoding: .utf8)
        try #"{"name": "typed", "source": "x.pdf", "split": "tune", "document": {"date": 2025}}"#
            .write(to: real.appendingPathComponent("typed.json"), atomically: true, encoding: .utf8)

        let set = GoldSet.load(folder: folder)
        #expect(set.seeds.map(\.name) == ["good"])
        #expect(set.real.map(\.name) == ["paper"])
        #expect(set.real.first?.split == "unseen")
        #expect(set.problems.map(\.description) == [
            "\(folder.path)/broken.json: not valid JSON",
            "\(folder.path)/other.json: name 'renamed' differs from the file name 'other'",
            "\(folder.path)/textless.json: recommendations[0]: missing key 'text'",
            "\(real.path)/dev.json: split must be one of tune, unseen, fresh, not 'dev'",
            "\(real.path)/nosource.json: missing key 'source' (the paper's path)",
            "\(real.path)/typed.json: document.date: expected a string",
        ])
    }

    @Test func readsTheRepositorysGoldWithoutProblems() {
        let set = GoldSet.load(folder: Corpus.url("gold"))
        #expect(set.problems == [])
        #expect(set.seeds.map(\.name) == Corpus.seedNames.sorted())
        #expect(set.real.allSatisfy { $0.source?.hasPrefix("real-dev/council/") == true })
        #expect(set.genres.allSatisfy { $0.source?.hasPrefix("Corpus/genres/") == true })
    }

    @Test func plansSeedRenditionsManifestRowsAndRealPapersAndSaysWhatIsMissing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("manifest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = folder.appendingPathComponent("manifest.tsv")
        try """
            seed\tchain\tformat\tpath\ttool-and-version
            barking-dagenham-scrutiny\tpdf-copy\tpdf\tpdf/barking-dagenham-scrutiny.pdf\tcp 9.1
            barking-dagenham-scrutiny\tpdf-copy\tpdf\tpdf/not-there.pdf\tcp 9.1
            thurrock-self-evaluation\todt-chain\todt\tdocx/thurrock-self-evaluation.docx\tnone
            unknown-seed\tpdf-copy\tpdf\tpdf/barking-dagenham-scrutiny.pdf\tcp 9.1

            """.write(to: manifest, atomically: true, encoding: .utf8)
        let gold = GoldSet(
            seeds: [try GoldSet.read(Corpus.url("gold/barking-dagenham-scrutiny.json"), real: false)],
            real: [Self.paper("absent-paper", split: "tune", recommendations: [])])
        let shared = folder.appendingPathComponent("shared")
        let sources = EvaluationSources(gold: Corpus.url("gold"), manifest: manifest, shared: shared)
        let plan = Evaluator.inputs(gold: gold, sources: sources)
        #expect(plan.inputs.map(\.chain) == ["docx-corpus", "pdf-corpus", "text-corpus", "pdf-copy"])
        #expect(plan.inputs.last?.path == Corpus.url("pdf/barking-dagenham-scrutiny.pdf").standardizedFileURL.path)
        #expect(plan.notes == [
            "\(manifest.path): line 3: pdf/not-there.pdf: no such file",
            "\(manifest.path): line 4: unknown format 'odt' (docx, pdf or text)",
            "\(manifest.path): line 5: no gold for seed 'unknown-seed'",
            "\(shared.path): the shared folder is missing, so the 1 real papers are skipped (give it with --shared)",
        ])

        let onlyReal = Evaluator.inputs(gold: gold, sources: sources, split: "unseen", chains: ["real", "text-corpus"])
        #expect(onlyReal.inputs.map(\.chain) == ["text-corpus"])
        #expect(onlyReal.notes.count == 2)
    }
}

/// A genre paper's second renditions are scored against its gold, under their own chains and
/// the paper's split.
struct GenreRenditionPlanTests {
    @Test func plansEachSecondRenditionOfAGenrePaperOfTheSplit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("genre-manifest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = folder.appendingPathComponent("manifest.tsv")
        try """
            seed\tchain\tformat\tpath\ttool-and-version
            tuned-plan\tgenres-lo-pdf\tpdf\tCorpus/pdf/thurrock-self-evaluation.pdf\tLibreOffice 7.4
            held-out-plan\tgenres-lo-pdf\tpdf\tCorpus/pdf/hertfordshire-self-evaluation.pdf\tLibreOffice 7.4
            nobody\tgenres-lo-pdf\tpdf\tCorpus/pdf/hertfordshire-self-evaluation.pdf\tLibreOffice 7.4

            """.write(to: manifest, atomically: true, encoding: .utf8)
        let gold = GoldSet(genres: [
            GoldDocument(name: "tuned-plan", source: "Corpus/docx/thurrock-self-evaluation.docx", split: "tune", document: GoldInfo(kind: "action-plan")),
            GoldDocument(name: "held-out-plan", source: "Corpus/docx/hertfordshire-self-evaluation.docx", split: "unseen", document: GoldInfo(kind: "action-plan")),
        ])
        let sources = EvaluationSources(gold: Corpus.url("gold"), genreManifest: manifest)
        let tune = Evaluator.inputs(gold: gold, sources: sources, split: "tune", chains: ["genres", "genres-lo-pdf"])
        #expect(tune.inputs.map(\.chain) == ["genres", "genres-lo-pdf"])
        #expect(tune.inputs.map(\.gold.name) == ["tuned-plan", "tuned-plan"])
        #expect(tune.inputs.last?.format == "pdf")
        #expect(tune.notes == ["\(manifest.path): line 4: no gold for paper 'nobody'"])
        let all = Evaluator.inputs(gold: gold, sources: sources, chains: ["genres-lo-pdf"])
        #expect(all.inputs.map(\.gold.name) == ["tuned-plan", "held-out-plan"])
    }

    @Test func reportsSecondRenditionsByTheirPapersSplit() {
        let scorer = Scorer()
        let first = scorer.score(
            gold: ReportTests.paper("plan", split: "tune", recommendations: ["To NOTE the report."]),
            output: ReportTests.output(["To NOTE the report."]), chain: "genres", format: "docx")
        let second = scorer.score(
            gold: ReportTests.paper("plan", split: "tune", recommendations: ["To NOTE the report."]),
            output: ReportTests.output([]), chain: "genres-lo-pdf", format: "pdf")
        let report = EvaluationReport(documents: [first, second])
        #expect(report.totals(chain: "genres", split: "tune").total.f1 == 1)
        // The kind right, the one recommendation missed.
        #expect(report.totals(chain: "genres-renditions", split: "tune").total == FieldCount(truePositives: 1, falseNegatives: 1))
        #expect(report.table.contains("genre papers' second renditions by split:"))
    }
}

/// The evaluator over one corpus file, through the shipped pipeline.
struct EvaluatorRunTests {
    @Test func countsEveryGoldRecommendationOfTheScrutinyReportOnce() async throws {
        let pipeline = try LoadedPipeline(contentsOf: PackageFolder.root().appendingPathComponent("Pipelines/default.yml"))
        let gold = GoldSet(seeds: [try GoldSet.read(Corpus.url("gold/barking-dagenham-scrutiny.json"), real: false)])
        let plan = Evaluator.inputs(gold: gold, sources: EvaluationSources(gold: Corpus.url("gold")), chains: ["text-corpus"])
        #expect(plan.inputs.map(\.path) == [Corpus.url("text/barking-dagenham-scrutiny.txt").standardizedFileURL.path])
        let report = await Evaluator(pipeline: pipeline).evaluate(plan.inputs)
        let row = try #require(report.documents.first)
        #expect(report.documents.count == 1)
        #expect((row.name, row.chain, row.format) == ("barking-dagenham-scrutiny", "text-corpus", "text"))
        #expect(row.error == nil)
        // The report's twenty recommendations (1)–(20), each found or missed, none twice.
        let recommendations = row.items("recommendation")
        #expect(recommendations.truePositives + recommendations.falseNegatives == 20)
    }
}
