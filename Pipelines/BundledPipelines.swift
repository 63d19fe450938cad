public import Foundation

/// The data files that ship inside the binary: this folder (`Pipelines/`) copied into the
/// `BundledPipelines` resource bundle by SwiftPM, so a run from any folder finds the
/// default pipeline, framework, glossary and schema.
public enum BundledPipelines {
    /// The bundled copy of this folder.
    public static var folder: URL {
        Bundle.module.resourceURL ?? Bundle.module.bundleURL
    }

    /// A bundled file by its path inside `Pipelines/` (`default.yml`, `frameworks/set.yml`).
    public static func url(_ relativePath: String) -> URL {
        folder.appendingPathComponent(relativePath)
    }
}
