public import Configuration
public import Foundation
public import PipelineCore

/// A pipeline file read and checked: its definition, the framework and glossary it names,
/// and its stages built, ready to run.
public struct LoadedPipeline: Sendable {
    /// Where the definition was read from.
    public let file: URL
    /// The definition as written.
    public let definition: PipelineDefinition
    /// The framework the stages use.
    public let framework: Framework
    /// The glossary the stages use.
    public let glossary: Glossary
    /// What the readers know about each genre.
    public let vocabulary: Vocabulary
    /// The stages in run order.
    public let stages: [any Stage]

    /// Reads a pipeline file and builds its stages.
    /// - Parameters:
    ///   - url: The pipeline file (`Pipelines/default.yml`).
    ///   - catalog: The stages it may name.
    /// - Throws: `PipelineError(.invalidConfiguration)` naming the pipeline file when it is
    ///   invalid, names an unknown stage, lists a stage before the one that makes what it
    ///   consumes, or names a framework or glossary that cannot be read.
    public init(contentsOf url: URL, catalog: StageCatalog = .standard) throws {
        let configuration = try PipelineConfiguration(contentsOf: url, knownStages: catalog.names)
        let definition = configuration.definition
        func fail(_ message: String, _ underlying: String? = nil) -> PipelineError {
            PipelineError(stage: "configure", file: url.path, reason: .invalidConfiguration, message: message, underlying: underlying)
        }
        let framework = configuration.framework
        let glossary = configuration.glossary
        let vocabulary = configuration.vocabulary
        let context = StageContext(definition: definition, framework: framework, glossary: glossary, vocabulary: vocabulary)
        var stages: [any Stage] = []
        for name in definition.stages {
            guard let factory = catalog.factory(named: name) else { continue }
            do { stages.append(try factory(context)) } catch let error as PipelineError {
                throw fail("the \(name) stage cannot be built", error.message)
            }
        }
        if let problem = Self.firstGap(in: stages) { throw fail(problem) }
        self.file = url
        self.definition = definition
        self.framework = framework
        self.glossary = glossary
        self.vocabulary = vocabulary
        self.stages = stages
    }

    /// The first stage that needs something no stage before it produces, described; nil
    /// when every stage has what it consumes.
    static func firstGap(in stages: [any Stage]) -> String? {
        var available: Set<Artifact> = [.file]
        for stage in stages {
            if let missing = stage.consumes.first(where: { !available.contains($0) }) {
                let makers = stages.filter { $0.produces.contains(missing) && !$0.consumes.contains(missing) }.map(\.name)
                let hint = makers.isEmpty ? "" : "; list \(makers.joined(separator: " or ")) before it"
                return "the \(stage.name) stage needs \(missing.description), which no stage before it produces\(hint)"
            }
            available.formUnion(stage.produces)
        }
        return nil
    }
}
