public import EvidenceTagging

/// A pipeline as data (`Pipelines/*.yml`): the stages it runs in order, the framework and
/// glossary files it reads, and the options its stages take. Editing the file changes a
/// run without recompiling.
///
/// ```yaml
/// name: default
/// stages: [extract, segment, tag, emit]
/// framework: frameworks/set.yml   # relative to the pipeline file's folder
/// glossary: glossary.yml
/// genres: genres.yml               # what the readers know about each genre
/// options:
///   tagging: {threshold: 1.2, maxTags: 3}
/// ```
public struct PipelineDefinition: Codable, Hashable, Sendable {
    /// The pipeline's name, shown in progress lines.
    public var name: String
    /// What the pipeline is for, in a sentence.
    public var description: String?
    /// Stage names in the order they run (`extract`, `segment`, `tag`, `emit`).
    public var stages: [String]
    /// The framework file, relative to the pipeline file's folder (or absolute).
    public var framework: String
    /// The glossary file, relative to the pipeline file's folder (or absolute), if any.
    public var glossary: String?
    /// The genre vocabulary file, relative to the pipeline file's folder (or absolute).
    public var genres: String
    /// Options for the stages.
    public var options: PipelineOptions

    /// Creates a definition.
    public init(
        name: String, description: String? = nil, stages: [String], framework: String, glossary: String? = nil,
        genres: String = PipelineDefinition.defaultGenres, options: PipelineOptions = PipelineOptions()
    ) {
        self.genres = genres
        self.name = name
        self.description = description
        self.stages = stages
        self.framework = framework
        self.glossary = glossary
        self.options = options
    }

    /// The genre vocabulary a definition reads when it names none.
    public static let defaultGenres = "genres.yml"

    enum CodingKeys: String, CodingKey { case name, description, stages, framework, glossary, genres, options }

    /// Decodes a definition; `description`, `glossary`, `genres` and `options` may be omitted.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        stages = try c.decode([String].self, forKey: .stages)
        framework = try c.decode(String.self, forKey: .framework)
        glossary = try c.decodeIfPresent(String.self, forKey: .glossary)
        genres = try c.decodeIfPresent(String.self, forKey: .genres) ?? Self.defaultGenres
        options = try c.decodeIfPresent(PipelineOptions.self, forKey: .options) ?? PipelineOptions()
    }
}

/// Options a pipeline file gives its stages.
public struct PipelineOptions: Codable, Hashable, Sendable {
    /// The tag stage's threshold, weights, limits and stop words.
    public var tagging: TaggingOptions

    /// Creates options; tagging defaults to `TaggingOptions.defaults`.
    public init(tagging: TaggingOptions = .defaults) {
        self.tagging = tagging
    }

    enum CodingKeys: String, CodingKey { case tagging }

    /// Decodes options; every key may be omitted.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        tagging = try c.decodeIfPresent(TaggingOptions.self, forKey: .tagging) ?? .defaults
    }
}
