public import Foundation
import BundledPipelines

/// The data files a run uses when none is named: the copies of `Pipelines/` that ship with
/// the binary, unless a flag or `SCRUTINEER_PIPELINE` names another pipeline file.
public enum DefaultFiles {
    /// The environment variable naming the pipeline file when no flag does.
    public static let pipelineVariable = "SCRUTINEER_PIPELINE"

    /// The bundled standard pipeline (`Pipelines/default.yml`).
    public static var pipeline: URL { BundledPipelines.url("default.yml") }
    /// The bundled glossary (`Pipelines/glossary.yml`).
    public static var glossary: URL { BundledPipelines.url("glossary.yml") }
    /// The bundled SET framework (`Pipelines/frameworks/set.yml`).
    public static var framework: URL { BundledPipelines.url("frameworks/set.yml") }
    /// The bundled JSON Schema of the review JSON (`Pipelines/schema/review-document.schema.json`).
    public static var schema: URL { BundledPipelines.url("schema/review-document.schema.json") }

    /// The pipeline file to run: `named` (a flag) when given, else `$SCRUTINEER_PIPELINE`
    /// when set and not empty, else the bundled default. Relative paths are relative to the
    /// working directory.
    public static func pipeline(named: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let named, !named.isEmpty { return URL(fileURLWithPath: named) }
        if let variable = environment[pipelineVariable], !variable.isEmpty { return URL(fileURLWithPath: variable) }
        return pipeline
    }

    /// The glossary file: `named` when given, else the bundled one.
    public static func glossary(named: String?) -> URL {
        named.map { URL(fileURLWithPath: $0) } ?? glossary
    }
}
