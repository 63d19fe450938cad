public import Foundation
public import Pipeline
import PipelineCore

/// One file to run and the gold to score it against.
public struct EvaluationInput: Hashable, Sendable {
    /// The document's gold answers.
    public var gold: GoldDocument
    /// The rendition chain the file comes from.
    public var chain: String
    /// The file's format (`docx`, `pdf`, `text`), for the gold's `…VisibleIn` lists.
    public var format: String
    /// The file's path.
    public var path: String

    /// Creates an input.
    public init(gold: GoldDocument, chain: String, format: String, path: String) {
        self.gold = gold
        self.chain = chain
        self.format = format
        self.path = path
    }
}

/// Where an evaluation finds its files, all derived from the gold folder unless given.
public struct EvaluationSources: Sendable {
    /// The gold folder (`<repo>/Corpus/gold`).
    public var gold: URL
    /// The corpus folder holding `docx/`, `pdf/` and `text/` (default: the gold folder's parent).
    public var corpus: URL
    /// The renditions manifest (default: `<corpus>/renditions/manifest.tsv`, used when present).
    public var manifest: URL
    /// The shared folder real papers' `source` is relative to (default: `<repo>/../shared`).
    public var shared: URL
    /// The manifest of the genre papers' second renditions (default:
    /// `<corpus>/genres/renditions/manifest.tsv`, used when present and genre gold is loaded).
    public var genreManifest: URL

    /// Creates the sources; nil arguments take the defaults above.
    public init(gold: URL, corpus: URL? = nil, manifest: URL? = nil, shared: URL? = nil, genreManifest: URL? = nil) {
        self.gold = gold.standardizedFileURL
        let corpus = (corpus ?? self.gold.deletingLastPathComponent()).standardizedFileURL
        self.corpus = corpus
        self.manifest = manifest ?? corpus.appendingPathComponent("renditions/manifest.tsv")
        self.shared = (shared ?? corpus.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")).standardizedFileURL
        self.genreManifest = genreManifest ?? corpus.appendingPathComponent("genres/renditions/manifest.tsv")
    }

    /// The repository folder: the corpus folder's parent.
    public var repository: URL { corpus.deletingLastPathComponent() }
}

/// Runs a pipeline, through the same runner `ingest` uses but with no outputs, over every
/// input that has gold, and scores each output.
public struct Evaluator: Sendable {
    /// The seed rendition folders, their file extension, the format each scores as and the
    /// chain name it reports under.
    public static let seedChains: [(folder: String, extension: String, format: String, chain: String)] = [
        ("docx", "docx", "docx", "docx-corpus"), ("pdf", "pdf", "pdf", "pdf-corpus"), ("text", "txt", "text", "text-corpus"),
    ]

    /// The pipeline to evaluate.
    public let pipeline: LoadedPipeline
    /// The scorer.
    public let scorer: Scorer

    /// Creates an evaluator.
    public init(pipeline: LoadedPipeline, scorer: Scorer = Scorer()) {
        self.pipeline = pipeline
        self.scorer = scorer
    }

    /// Reads every `*.json` seed gold file directly in a folder, sorted by name.
    /// - Throws: `GoldProblem` naming the first file that cannot be used.
    public static func goldFiles(in folder: URL) throws -> [GoldDocument] {
        try GoldSet.jsonFiles(in: folder).map { try GoldSet.read($0, real: false) }
    }

    /// The inputs of an evaluation: each seed's corpus renditions, each manifest row whose
    /// seed has gold, each real and genre paper of the chosen split, and each second rendition
    /// of those genre papers, with notes on what is missing.
    /// - Parameters:
    ///   - gold: The gold answers.
    ///   - sources: Where the files are.
    ///   - split: The papers' split to keep (`tune`, `unseen`), or nil for all.
    ///   - chains: The chains to keep, or nil for all.
    public static func inputs(
        gold: GoldSet, sources: EvaluationSources, split: String? = nil, chains: Set<String>? = nil
    ) -> (inputs: [EvaluationInput], notes: [String]) {
        var inputs: [EvaluationInput] = []
        var notes: [String] = []
        let files = FileManager.default
        func wanted(_ chain: String) -> Bool { chains.map { $0.contains(chain) } ?? true }

        for answers in gold.seeds {
            for rendition in seedChains where wanted(rendition.chain) {
                let url = sources.corpus.appendingPathComponent(rendition.folder).appendingPathComponent("\(answers.name).\(rendition.extension)")
                guard files.fileExists(atPath: url.path) else { continue }
                inputs.append(EvaluationInput(gold: answers, chain: rendition.chain, format: rendition.format, path: url.path))
            }
        }

        if files.fileExists(atPath: sources.manifest.path) {
            let seeds = Dictionary(gold.seeds.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            do {
                // A relative path is read against the manifest's folder, the repository that holds
                // it (`<repo>/Corpus/renditions/manifest.tsv`), then the corpus and repository evaluated.
                let folder = sources.manifest.deletingLastPathComponent()
                let bases = [folder, folder.deletingLastPathComponent().deletingLastPathComponent(), sources.corpus, sources.repository]
                let manifest = try RenditionManifest.read(sources.manifest, bases: bases)
                notes += manifest.problems
                for row in manifest.rows where wanted(row.chain) {
                    guard let answers = seeds[row.seed] else {
                        notes.append("\(sources.manifest.path): line \(row.line): no gold for seed '\(row.seed)'")
                        continue
                    }
                    inputs.append(EvaluationInput(gold: answers, chain: row.chain, format: row.format, path: row.path))
                }
            } catch {
                notes.append("\(error)")
            }
        }

        let real = gold.real.filter { split == nil || $0.split == split }
        if !real.isEmpty && wanted(EvaluationReport.realChain) {
            var isFolder: ObjCBool = false
            if files.fileExists(atPath: sources.shared.path, isDirectory: &isFolder), isFolder.boolValue {
                inputs += papers(real, under: sources.shared, chain: EvaluationReport.realChain, notes: &notes)
            } else {
                notes.append("\(sources.shared.path): the shared folder is missing, so the \(real.count) real papers are skipped (give it with --shared)")
            }
        }
        let genres = gold.genres.filter { split == nil || $0.split == split }
        if wanted(EvaluationReport.genreChain) {
            inputs += papers(genres, under: sources.repository, chain: EvaluationReport.genreChain, notes: &notes)
        }
        // The genre papers' second renditions, each scored against its paper's gold.
        if !gold.genres.isEmpty, files.fileExists(atPath: sources.genreManifest.path) {
            let papers = Dictionary(genres.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            let known = Set(gold.genres.map(\.name))
            do {
                let manifest = try RenditionManifest.read(sources.genreManifest, bases: [sources.repository, sources.corpus])
                notes += manifest.problems
                for row in manifest.rows where wanted(row.chain) {
                    guard let answers = papers[row.seed] else {
                        if !known.contains(row.seed) {
                            notes.append("\(sources.genreManifest.path): line \(row.line): no gold for paper '\(row.seed)'")
                        }
                        continue
                    }
                    inputs.append(EvaluationInput(gold: answers, chain: row.chain, format: row.format, path: row.path))
                }
            } catch {
                notes.append("\(error)")
            }
        }
        return (inputs, notes)
    }

    /// The inputs of papers whose `source` is relative to `folder`, noting each missing file.
    static func papers(_ gold: [GoldDocument], under folder: URL, chain: String, notes: inout [String]) -> [EvaluationInput] {
        var inputs: [EvaluationInput] = []
        for answers in gold {
            let url = folder.appendingPathComponent(answers.source ?? "").standardizedFileURL
            guard FileManager.default.fileExists(atPath: url.path) else {
                notes.append("\(url.path): the paper of \(answers.name) is missing; its row is skipped")
                continue
            }
            inputs.append(EvaluationInput(gold: answers, chain: chain, format: format(of: url.path), path: url.path))
        }
        return inputs
    }

    /// Runs the pipeline over each input and scores it.
    public func evaluate(_ inputs: [EvaluationInput], notes: [String] = []) async -> EvaluationReport {
        let runner = PipelineRunner(pipeline: pipeline, consumers: [])
        var scores: [DocumentScore] = []
        for input in inputs {
            let outcome = await runner.run(paths: [input.path]).outcomes[0]
            var score = scorer.score(gold: input.gold, output: outcome.error == nil ? outcome.review : nil, chain: input.chain, format: input.format)
            score.error = outcome.error?.description
            scores.append(score)
        }
        return EvaluationReport(documents: scores, notes: notes)
    }

    /// The format a file scores as, from its extension (`docx`, `pdf`, else `text`).
    static func format(of path: String) -> String {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "docx": "docx"
        case "pdf": "pdf"
        default: "text"
        }
    }
}
