import ArgumentParser
import Foundation
import Pipeline
import PipelineCore

/// `scrutineer extract FILE [--json]`: extracts one file and prints its blocks.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract one DOCX, PDF, text or Markdown file and print its blocks.",
        discussion: "The format is decided from the file's bytes. Without --json the blocks are printed as an outline."
    )

    @Argument(help: "The file to read.")
    var file: String

    @Flag(name: .long, help: "Print the extracted document as JSON.")
    var json = false

    init() {}

    func run() async throws {
        let action = ExtractAction(path: file, json: json)
        do {
            Console.standard.write(try action.perform())
        } catch let error as PipelineError {
            Console.standard.report(error)
            throw ExitCode.failure
        }
    }
}

/// What `scrutineer extract` does once its arguments are parsed.
struct ExtractAction {
    /// The file to read, as the user gave it.
    var path: String
    /// True for JSON output, false for the outline.
    var json: Bool
    /// The router to extract with.
    var extractor = Extractor()

    /// Reads and extracts the file and renders it.
    /// - Throws: `PipelineError` naming the file and the problem.
    func perform() throws -> Data {
        let file = try SourceFile.read(path: path)
        var diagnostics = Diagnostics()
        let document = try extractor.extract(file, diagnostics: &diagnostics)
        if json {
            do {
                return try JSONOutput.encode(document)
            } catch {
                throw PipelineError(
                    stage: "extract", file: path, reason: .damaged, message: "the extracted document cannot be encoded",
                    underlying: "\(error)")
            }
        }
        var text = DocumentOutline(document: document).render()
        for diagnostic in diagnostics.all {
            text += "\(diagnostic.severity.rawValue): \(diagnostic.code): \(diagnostic.message)\n"
        }
        return Data(text.utf8)
    }
}
