public import Foundation
public import PipelineCore
import Yams

/// Reads the data files under `Pipelines/`: frameworks, the glossary and pipeline
/// definitions. A user changes what the pipeline knows by editing these files, not code.
public enum ConfigurationLoader {
    /// Loads a framework (e.g. `Pipelines/frameworks/set.yml`).
    /// - Throws: `PipelineError(.invalidConfiguration)` naming the file and the problem.
    public static func framework(at url: URL) throws -> Framework {
        let framework: Framework = try decode(url)
        var seen = Set<String>()
        for question in framework.questions where !seen.insert(question.id).inserted {
            throw PipelineError(
                stage: "configure", file: url.path, reason: .invalidConfiguration,
                message: "question id \(question.id) appears twice")
        }
        return framework
    }

    /// Loads a glossary (e.g. `Pipelines/glossary.yml`).
    /// - Throws: `PipelineError(.invalidConfiguration)` naming the file and the problem.
    public static func glossary(at url: URL) throws -> Glossary {
        try decode(url)
    }

    /// Loads a genre vocabulary (e.g. `Pipelines/genres.yml`).
    /// - Throws: `PipelineError(.invalidConfiguration)` naming the file and the problem.
    public static func vocabulary(at url: URL) throws -> Vocabulary {
        let vocabulary: Vocabulary = try decode(url)
        if vocabulary.kinds.isEmpty {
            throw PipelineError(
                stage: "configure", file: url.path, reason: .invalidConfiguration,
                message: "the genres file lists no kinds of paper")
        }
        return vocabulary
    }

    /// Decodes any YAML configuration file into a `Decodable` value.
    /// - Throws: `PipelineError(.unreadableFile)` or `.invalidConfiguration`.
    public static func decode<Value: Decodable>(_ url: URL, as type: Value.Type = Value.self) throws -> Value {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw PipelineError(
                stage: "configure", file: url.path, reason: .unreadableFile,
                message: "cannot read the configuration file", underlying: error.localizedDescription)
        }
        do {
            return try YAMLDecoder().decode(Value.self, from: text)
        } catch let error as DecodingError {
            throw PipelineError(
                stage: "configure", file: url.path, reason: .invalidConfiguration,
                message: "the file does not describe a valid \(Value.self)", underlying: describe(error))
        } catch {
            throw PipelineError(
                stage: "configure", file: url.path, reason: .invalidConfiguration,
                message: "the file is not valid YAML", underlying: "\(error)")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing key '\(key.stringValue)' at \(path(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(context.debugDescription) at \(path(context.codingPath))"
        @unknown default:
            return "\(error)"
        }
    }
}
