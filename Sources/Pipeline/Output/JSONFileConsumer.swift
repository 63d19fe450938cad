public import Foundation
public import PipelineCore

/// Writes each document's review JSON to `DIR/<name>.json`, named by `OutputNaming`
/// (`thurrock-self-evaluation.json`, or `x.docx.json` when inputs share a stem), with the
/// deterministic encoding of `JSONOutput`.
public struct JSONFileConsumer: OutputConsumer {
    /// The folder written to; created when missing.
    public let directory: URL
    private let names: [String: String]

    /// Creates a consumer.
    /// - Parameters:
    ///   - directory: The output folder.
    ///   - inputs: Every input path of the run, so inputs that share a stem get distinct names.
    public init(directory: URL, inputs: [String]) {
        self.directory = directory
        self.names = OutputNaming.names(for: inputs)
    }

    /// The file a document read from `source` is written to.
    public func outputURL(for source: String) -> URL {
        directory.appendingPathComponent((names[source] ?? OutputNaming.name(for: source)) + ".json")
    }

    /// Writes the document's JSON, replacing an earlier file of the same name.
    /// - Throws: `PipelineError(.unreadableFile)` naming the file that cannot be written.
    public func consume(_ review: ReviewDocument, extracted: Document) async throws {
        let url = outputURL(for: review.document.source)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try JSONOutput.encode(review).write(to: url, options: .atomic)
        } catch {
            throw PipelineError(
                stage: "emit", file: review.document.source, reason: .unreadableFile,
                message: "cannot write \(url.path)", underlying: error.localizedDescription)
        }
    }
}
