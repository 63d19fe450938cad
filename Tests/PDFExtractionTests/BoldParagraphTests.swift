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
}
