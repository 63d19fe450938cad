import DOCXExtraction
import PipelineCore
import TestSupport
import Testing

struct DeterminismTests {
    @Test(arguments: [
        "docx/thurrock-self-evaluation.docx", "docx/hertfordshire-self-evaluation.docx",
        "docx/barking-dagenham-scrutiny.docx", "docx/vcs-engage-additional-offer.docx",
        "docx/london-vcs-representation.docx", "features/tables.docx", "features/layout.docx",
    ])
    func extractsTheSameFileToIdenticalJSON(path: String) throws {
        let first = try JSONOutput.encode(try Extraction.document(path))
        let second = try JSONOutput.encode(try Extraction.document(path))
        #expect(first == second)
        #expect(first.count > 1000)
    }

    @Test(arguments: Corpus.seedNames)
    func numbersEveryBlockByItsPosition(seed: String) throws {
        let document = try Extraction.document("docx/\(seed).docx")
        #expect(!document.blocks.isEmpty)
        #expect(document.blocks.map(\.index) == Array(0..<document.blocks.count))
        #expect(document.furniture.map(\.index) == Array(0..<document.furniture.count))
        #expect(!document.blocks.contains { $0.text.isEmpty && $0.kind != .table })
    }
}
