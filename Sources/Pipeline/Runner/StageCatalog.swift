public import Configuration
import EvidenceTagging
public import PipelineCore
import Segmentation

/// The stages a pipeline file may name, each with a factory that builds it from the loaded
/// framework, glossary and options. Extend it with `register` to add a stage.
public struct StageCatalog: Sendable {
    /// Builds a step for one loaded pipeline.
    public typealias Factory = @Sendable (StageContext) throws -> any Stage

    private var factories: [String: Factory] = [:]

    /// Creates an empty catalog.
    public init() {}

    /// The stages Scrutineer ships: extract, segment, tag and emit.
    public static var standard: StageCatalog {
        var catalog = StageCatalog()
        catalog.register("extract") { _ in Extractor() }
        catalog.register("segment") { context in Segmenter(framework: context.framework, vocabulary: context.vocabulary) }
        catalog.register("tag") { context in
            Tagger(framework: context.framework, glossary: context.glossary, options: context.definition.options.tagging)
        }
        catalog.register("emit") { _ in Emitter() }
        return catalog
    }

    /// Adds or replaces a stage.
    public mutating func register(_ name: String, factory: @escaping Factory) {
        factories[name] = factory
    }

    /// The stage names known, sorted.
    public var names: [String] { factories.keys.sorted() }

    /// The factory for a name, or nil when the catalog has no such stage.
    public func factory(named name: String) -> Factory? { factories[name] }
}

/// What a stage factory gets: the pipeline's definition and the data files it names.
public struct StageContext: Sendable {
    /// The pipeline definition.
    public var definition: PipelineDefinition
    /// The loaded framework.
    public var framework: Framework
    /// The loaded glossary (empty when the pipeline names none).
    public var glossary: Glossary
    /// The loaded genre vocabulary.
    public var vocabulary: Vocabulary

    /// Creates a context.
    public init(definition: PipelineDefinition, framework: Framework, glossary: Glossary, vocabulary: Vocabulary) {
        self.definition = definition
        self.framework = framework
        self.glossary = glossary
        self.vocabulary = vocabulary
    }
}
