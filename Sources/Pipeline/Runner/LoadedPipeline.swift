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
    /// The stages in run order.
    public let steps: [any PipelineStep]

    /// Reads a pipeline file and builds its stages.
    /// - Parameters:
    ///   - url: The pipeline file (`Pipelines/default.yml`).
    ///   - catalog: The stages it may name.
    /// - Throws: `PipelineError(.invalidConfiguration)` naming the pipeline file when it is
    ///   invalid, names an unknown stage, or names a framework or glossary that cannot be read.
    public init(contentsOf url: URL, catalog: StageCatalog = .standard) throws {
        let configuration = try PipelineConfiguration(contentsOf: url, knownStages: catalog.names)
        let definition = configuration.definition
        func fail(_ message: String, _ underlying: String? = nil) -> PipelineError {
            PipelineError(stage: "configure", file: url.path, reason: .invalidConfiguration, message: message, underlying: underlying)
        }
        let framework = configuration.framework
        let glossary = configuration.glossary
        let context = StageContext(definition: definition, framework: framework, glossary: glossary)
        var steps: [any PipelineStep] = []
        for name in definition.stages {
            guard let factory = catalog.factory(named: name) else { continue }
            do { steps.append(try factory(context)) } catch let error as PipelineError {
                throw fail("the \(name) stage cannot be built", error.message)
            }
        }
        self.file = url
        self.definition = definition
        self.framework = framework
        self.glossary = glossary
        self.steps = steps
    }
}
