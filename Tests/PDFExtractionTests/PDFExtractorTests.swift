import Foundation
import PDFExtraction
import PipelineCore
import TestSupport
import Testing

/// Extracts a corpus PDF.
func extractPDF(_ relativePath: String) throws -> Document {
    var diagnostics = Diagnostics()
    return try PDFExtractor().extract(Corpus.file(relativePath), diagnostics: &diagnostics)
}

/// Every text the document holds: body blocks, furniture, and table cells with their blocks.
func allTexts(_ document: Document) -> [String] {
    func texts(_ blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            var out = [block.text] + [block.label].compactMap { $0 }
            for row in block.table?.rows ?? [] {
                for cell in row.cells { out += [cell.text] + texts(cell.blocks) }
            }
            return out
        }
    }
    return texts(document.blocks) + texts(document.furniture) + [document.metadata.title, document.metadata.author].compactMap { $0 }
}

@Suite struct PDFExtractorTests {
    @Test func reportsFormatAndContentHash() throws {
        let file = try Corpus.file("pdf/hertfordshire-self-evaluation.pdf")
        var diagnostics = Diagnostics()
        let document = try PDFExtractor().extract(file, diagnostics: &diagnostics)
        #expect(PDFExtractor().format == .pdf)
        #expect(document.format == .pdf)
        #expect(document.id == SHA256.hex(of: file.data))
        #expect(document.source == "Corpus/pdf/hertfordshire-self-evaluation.pdf")
        #expect(document.metadata.pageCount == 7)
        #expect(document.blocks.enumerated().allSatisfy { $0.offset == $0.element.index })
    }

    @Test(arguments: ["pdf/barking-dagenham-scrutiny.pdf", "pdf/hertfordshire-self-evaluation.pdf", "pdf/thurrock-self-evaluation.pdf"])
    func extractsTheSameFileToIdenticalJSON(path: String) throws {
        let first = try JSONOutput.encode(extractPDF(path))
        let second = try JSONOutput.encode(extractPDF(path))
        #expect(first == second)
    }

    @Test(arguments: ["pdf/barking-dagenham-scrutiny.pdf", "pdf/hertfordshire-self-evaluation.pdf", "pdf/thurrock-self-evaluation.pdf"])
    func givesPagesAndTopLeftBoxes(path: String) throws {
        let document = try extractPDF(path)
        let pageCount = try #require(document.metadata.pageCount)
        for block in document.blocks {
            let page = try #require(block.page)
            #expect((1...pageCount).contains(page))
            let box = try #require(block.box)
            #expect(box.x0 < box.x1 && box.y0 < box.y1)
            #expect(box.y1 <= 842)
        }
        let pages = document.blocks.compactMap(\.page)
        #expect(pages == pages.sorted())
    }
}
