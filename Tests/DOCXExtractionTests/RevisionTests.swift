import PipelineCore
import Testing

struct RevisionTests {
    let blocks: [Block]

    init() throws {
        blocks = try Extraction.document("features/revisions.docx").blocks
    }

    @Test func keepsInsertionsAndDropsDeletions() {
        #expect(blocks[0].text == "The Trust will review the plan every six months.")
    }

    @Test func keepsMovedTextOnlyWhereItWasMovedTo() {
        #expect(blocks[1].text == "Stays.")
        #expect(blocks[2].text == "Moved sentence.")
        #expect(blocks.filter { $0.text.contains("Moved sentence") }.count == 1)
    }

    @Test func ignoresFormattingFromBeforeATrackedChange() {
        #expect(blocks[3].text == "Once bold, now plain.")
        #expect(blocks[3].spans == nil)
        #expect(blocks[3].font?.bold == false)
    }

    @Test func dropsAParagraphWhoseTextWasAllDeleted() {
        #expect(blocks.count == 4)
    }
}
