import Foundation
import PipelineCore
import Testing

/// Bold paragraphs whose first lines, taken alone, look like bold headings at body size.
@Suite struct BoldParagraphTests {
    /// Chromium prints an emphasised paragraph over three lines; the first two fill the
    /// column and end mid-sentence, so the third carries on the same paragraph.
    @Test func keepsAWrappedBoldParagraphAsOneBlock() throws {
        let document = try extractPDF("renditions/pdf-chromium/london-vcs-representation.pdf")
        let matching = document.blocks.filter { $0.text.contains("This is a major concern") || $0.text.hasPrefix("Directors of Children") }
        #expect(matching.count == 1)
        let block = try #require(matching.first)
        #expect(block.kind == .paragraph)
        #expect(block.text == "This is a major concern and something which this report recommends the new Third Sector Safeguarding Unit picks up and brings to the attention of the Directors of Children's Services in the London Boroughs involved.")
        #expect(block.font?.bold == true)
        // The heading after it is still a heading of its own.
        let next = try #require(document.blocks.first { $0.index == block.index + 1 })
        #expect(next.kind == .heading)
        #expect(next.text == "b) How were your local VCS representatives elected?")
    }

    /// A paragraph whose last line on a page fills the column mid-sentence carries on at the
    /// top of the next page, although the next word there is capitalised.
    @Test func joinsAParagraphAcrossAPageBreakBeforeACapitalisedWord() throws {
        let document = try extractPDF("renditions/pdf-chromium/vcs-engage-additional-offer.pdf")
        let matching = document.blocks.filter { $0.text.contains("VCS organisations who contributed") || $0.text.hasPrefix("Infrastructure chief officers") }
        #expect(matching.count == 1)
        let block = try #require(matching.first)
        #expect(block.kind == .paragraph)
        #expect(block.page == 5)
        #expect(block.text == "The VCS organisations who contributed included; County (HCTP) VCS Representatives, District Children Trust Partnerships, VCS Representatives, VCS provider, and VCS Infrastructure chief officers. The event built on a series of commissioning events that HCTP has co delivered with the sector the autumn of 2007.")
        // The next paragraph, which starts a new sentence on that page, stays apart.
        let next = try #require(document.blocks.first { $0.index == block.index + 1 })
        #expect(next.text.hasPrefix("From an engagement perspective"))
    }
}
