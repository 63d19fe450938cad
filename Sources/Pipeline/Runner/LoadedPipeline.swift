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
    public let steps: [any PipelineStep]

    /// Reads a pipeline file and builds its stages.
    /// - Parameters:
    ///   - url: The pipeline file (`Pipelines/default.yml`).
    ///   - catalog: The stages it may name.
    /// - Throws: `PipelineError(.invalidConfiguration)` naming the pipeline file when it is
    ///   invalid, names an unknown stage, or names a framework or glossary that cannot be read.
    public init(contentsOf url: URL, catalog: StageCatalog = .standard) throws {
        let definition: PipelineDefinition = try ConfigurationLoader.decode(url)
        func fail(_ message: String, _ underlying: String? = nil) -> PipelineError {
            PipelineError(stage: "configure", file: url.path, reason: .invalidConfiguration, message: message, underlying: underlying)
        }
        guard !definition.stages.isEmpty else { throw fail("the pipeline lists no stages") }
        if let unknown = definition.stages.first(where: { catalog.factory(named: $0) == nil }) {
            throw fail("unknown stage '\(unknown)'; known stages: \(catalog.names.joined(separator: ", "))")
        }
        let folder = url.deletingLastPathComponent()
        func resolve(_ path: String) -> URL {
            path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
        }
        let frameworkURL = resolve(definition.framework)
        guard FileManager.default.fileExists(atPath: frameworkURL.path) else {
            throw fail("the framework file \(definition.framework) does not exist", frameworkURL.path)
        }
        let framework: Framework
        do { framework = try ConfigurationLoader.framework(at: frameworkURL) } catch let error as PipelineError {
            throw fail("the framework file \(definition.framework) is invalid", error.description)
        }
        var glossary = Glossary(entries: [])
        if let path = definition.glossary {
            let glossaryURL = resolve(path)
            guard FileManager.default.fileExists(atPath: glossaryURL.path) else {
                throw fail("the glossary file \(path) does not exist", glossaryURL.path)
            }
            do { glossary = try ConfigurationLoader.glossary(at: glossaryURL) } catch let error as PipelineError {
                throw fail("the glossary file \(path) is invalid", error.description)
            }
        }
        let genresURL = resolve(definition.genres)
        guard FileManager.default.fileExists(atPath: genresURL.path) else {
            throw fail("the genres file \(definition.genres) does not exist", genresURL.path)
        }
        let vocabulary: Vocabulary
        do { vocabulary = try ConfigurationLoader.vocabulary(at: genresURL) } catch let error as PipelineError {
            throw fail("the genres file \(definition.genres) is invalid", error.description)
        }
        let context = StageContext(definition: definition, framework: framework, glossary: glossary, vocabulary: vocabulary)
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
        self.vocabulary = vocabulary
        self.steps = steps
    }
}
