import ArgumentParser
@testable import CommandLineInterface
import Foundation
import PipelineCore
import TestSupport
import Testing

/// `scrutineer extract` and `scrutineer bench`: argument parsing and what the actions print.
struct ExtractCommandTests {
    @Test func parsesTheFileAndTheJSONFlag() throws {
        let command = try #require(try ScrutineerCommand.parseAsRoot(["extract", "plan.docx", "--json"]) as? ExtractCommand)
        #expect(command.file == "plan.docx")
        #expect(command.json)
        let outline = try #require(try ScrutineerCommand.parseAsRoot(["extract", "plan.pdf"]) as? ExtractCommand)
        #expect(!outline.json)
    }

    @Test func requiresAFile() {
        #expect(throws: (any Error).self) { try ScrutineerCommand.parseAsRoot(["extract"]) }
    }

    @Test func parsesBenchOptionsAndRejectsAZeroScale() throws {
        let bench = try #require(try ScrutineerCommand.parseAsRoot(["bench", "--scale", "4", "--out", "bench.md"]) as? BenchCommand)
        #expect(bench.scale == 4)
        #expect(bench.out == "bench.md")
        #expect(bench.corpus == "Corpus")
        #expect(throws: (any Error).self) { try ScrutineerCommand.parseAsRoot(["bench", "--scale", "0"]) }
    }

    @Test func printsAnOutlineWithHeadingsLabelsAndTableRows() throws {
        let path = Corpus.url("text/hertfordshire-self-evaluation.txt").path
        let output = String(decoding: try ExtractAction(path: path, json: false).perform(), as: UTF8.self)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(path) (text, 110 blocks)")
        #expect(lines.contains("title: Hertfordshire’s Self Evaluation and Action Plan"))
        #expect(lines.contains("  ## Hertfordshire Summary"))
        #expect(lines.contains("    [table: 4 rows × 2 columns]"))
        #expect(lines.contains { $0.hasPrefix("      row 2: 1. To what extent does the children’s trust or partnership") && $0.hasSuffix("| B") })
        #expect(lines.contains("    a) To deliver services on behalf of one of its main funders,"))
    }

    @Test func printsPageNumbersAndShadingForAPDF() throws {
        let path = Corpus.url("pdf/hertfordshire-self-evaluation.pdf").path
        let output = String(decoding: try ExtractAction(path: path, json: false).perform(), as: UTF8.self)
        #expect(output.split(separator: "\n").first?.hasSuffix("pages)") == true)
        #expect(output.contains("p.1 "))
        #expect(output.contains(" [#"))
    }

    @Test func printsTheDocumentAsJSON() throws {
        let path = Corpus.url("text/barking-dagenham-scrutiny.txt").path
        let data = try ExtractAction(path: path, json: true).perform()
        let document = try JSONDecoder().decode(Document.self, from: data)
        #expect(document.format == .markdown)
        #expect(document.source == path)
        // The file opens with the Markdown heading "## THE ASSEMBLY".
        #expect(document.blocks.first?.text == "THE ASSEMBLY")
        #expect(document.blocks.first?.kind == .heading)
        #expect(document.blocks.first?.level == 2)
        #expect(document.blocks.count == 196)
    }

    @Test func reportsAnUnreadableFileInOneLine() {
        #expect {
            try ExtractAction(path: "missing/plan.docx", json: false).perform()
        } throws: { error in
            guard let error = error as? PipelineError else { return false }
            return error.commandLineMessage == "scrutineer: missing/plan.docx: no such file"
        }
    }

}
