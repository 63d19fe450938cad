public import Foundation
public import PipelineCore

/// Finds the package's folders from a test file's path, since SwiftPM resources cannot
/// reach `Corpus/` or `Pipelines/`.
public enum PackageFolder {
    /// The folder holding `Package.swift`, found by walking up from `file`.
    public static func root(file: StaticString = #filePath) -> URL {
        var url = URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url
            }
            url.deleteLastPathComponent()
        }
        fatalError("Package.swift not found above \(file)")
    }
}

/// Lookup of corpus files for tests.
public enum Corpus {
    /// The corpus folder.
    public static var root: URL { PackageFolder.root().appendingPathComponent("Corpus") }

    /// The five seed documents, by the name every rendition shares.
    public static let seedNames = [
        "thurrock-self-evaluation",
        "hertfordshire-self-evaluation",
        "vcs-engage-additional-offer",
        "london-vcs-representation",
        "barking-dagenham-scrutiny",
    ]

    /// A corpus file by relative path (`docx/thurrock-self-evaluation.docx`).
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// The bytes of a corpus file as a `SourceFile` named by its corpus-relative path.
    public static func file(_ relativePath: String) throws -> SourceFile {
        let data = try Data(contentsOf: url(relativePath))
        return SourceFile(path: "Corpus/" + relativePath, data: [UInt8](data))
    }

    /// The DOCX, PDF and text renditions of a seed.
    public static func renditions(of seed: String) -> [String] {
        ["docx/\(seed).docx", "pdf/\(seed).pdf", "text/\(seed).txt"]
    }
}

/// The real papers beside the checkout (`../shared/real-dev/`), which CI lays next to the
/// clone. Suites that read them are switched off, with a message, when they are absent.
public enum SharedPapers {
    /// The shared folder beside the package.
    public static var root: URL { PackageFolder.root().deletingLastPathComponent().appendingPathComponent("shared") }

    /// True when the real papers are there.
    public static var isPresent: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("real-dev/council").path)
    }

    /// A real council paper by file stem, as a `SourceFile` named by its shared-relative path.
    public static func council(_ stem: String) throws -> SourceFile {
        let relative = "real-dev/council/\(stem).pdf"
        let data = try Data(contentsOf: root.appendingPathComponent(relative))
        return SourceFile(path: relative, data: [UInt8](data))
    }
}
