public import Foundation
public import PipelineCore

/// A pipeline file read and checked with the data files it names: its definition, the
/// framework and the glossary, ready for a runner to build its stages from.
public struct PipelineConfiguration: Sendable {
    /// Where the definition was read from.
    public let file: URL
    /// The definition as written.
    public let definition: PipelineDefinition
    /// The framework the stages use.
    public let framework: Framework
    /// The glossary the stages use (empty when the pipeline names none).
    public let glossary: Glossary
    /// What the readers know about each genre (`genres.yml`).
    public let vocabulary: Vocabulary

    /// Reads a pipeline file and the framework and glossary it names, relative to its folder.
    /// - Parameters:
    ///   - url: The pipeline file.
    ///   - knownStages: The stage names a runner can build, sorted; nil to accept any name.
    /// - Throws: `PipelineError(.invalidConfiguration)` naming the pipeline file when it is
    ///   invalid, lists no stages or an unknown one, or names a framework or glossary that is
    ///   missing or invalid.
    public init(contentsOf url: URL, knownStages: [String]? = nil) throws {
        let definition: PipelineDefinition = try ConfigurationLoader.decode(url)
        func fail(_ message: String, _ underlying: String? = nil) -> PipelineError {
            PipelineError(stage: "configure", file: url.path, reason: .invalidConfiguration, message: message, underlying: underlying)
        }
        guard !definition.stages.isEmpty else { throw fail("the pipeline lists no stages") }
        if let knownStages, let unknown = definition.stages.first(where: { !knownStages.contains($0) }) {
            throw fail("unknown stage '\(unknown)'; known stages: \(knownStages.joined(separator: ", "))")
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
        do { vocabulary = try ConfigurationLoader.vocabulary(at: genresURL) } catch let error as PipelineError {
            throw fail("the genres file \(definition.genres) is invalid", error.description)
        }
        self.file = url
        self.definition = definition
        self.framework = framework
        self.glossary = glossary
    }
}
