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

    @Test func aParagraphWhoseMarkAndTextWereDeletedTakesNoNumber() throws {
        // A recommendation deleted with its paragraph mark, between recommendations 5 and 6 of a
        // list whose numbering comes from the paragraph style: Word shows 1–8 with no gap.
        let document = try Extraction.document("genres/brackwater-children-scrutiny-review-school-exclusions.docx")
        let items = document.blocks.filter { $0.style == "Scrutiny Recommendation" }
        #expect(items.map(\.label) == ["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8."])
        #expect(items[5].text == "That the Council extends the Inclusion Outreach Team to all primary and secondary schools from April 2027.")
        #expect(!document.blocks.contains { $0.text.contains("publishes its suspension and exclusion rates") })
    }
}
