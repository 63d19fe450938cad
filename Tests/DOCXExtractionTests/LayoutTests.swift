import PipelineCore
import Testing

struct LayoutTests {
    let blocks: [Block]
    let diagnostics: Diagnostics

    init() throws {
        let result = try Extraction.run("features/layout.docx")
        blocks = result.document.blocks
        diagnostics = result.diagnostics
    }

    @Test func readsThroughBlockAndRunContentControls() {
        #expect(blocks[0].text == "Lead officer: Partnership Manager")
        #expect(blocks[1].text.hasPrefix("Timeframe: September 2008"))
    }

    @Test func dropsPlaceholderPromptsOfEmptyContentControls() {
        #expect(blocks[1].text == "Timeframe: September 2008 Owner:")
        #expect(!blocks.contains { $0.text.contains("Click or tap here") })
    }

    @Test func placesTextBoxesAfterTheirAnchorParagraphOnce() {
        #expect(blocks[2].text == "Anchor paragraph.")
        #expect(blocks[3].text == "Key message: engage the sector early.")
        #expect(blocks.filter { $0.text.contains("Key message") }.count == 1)
        #expect(blocks[4].text == "Second anchor.")
        #expect(blocks[5].text == "VML box text")
    }

    @Test func mapsSymbolFontGlyphsAndDropsUnknownOnes() {
        #expect(blocks[6].text == "• Bullet by symbol; tick ✓; unknown end")
        #expect(blocks[7].text == "• Symbol-font bullet")
        #expect(blocks[8].text == "Strayglyph")
        #expect(diagnostics.all.map(\.code) == ["docx.unmapped-symbol"])
    }

    @Test func rendersSpecialRunCharacters() {
        #expect(blocks[9].text == "self-evaluationtool\tLead\nNext line")
    }

    @Test func dropsHiddenText() {
        #expect(blocks[10].text == "Visible text")
    }

    @Test func recordsSpansOnlyForFormattedRuns() throws {
        let block = blocks[11]
        #expect(block.text == "Plain bold and highlighted and shaded and red and italic and black")
        let spans = try #require(block.spans)
        #expect(spans.map { Extraction.slice(block.text, $0) } == ["bold", "highlighted", "shaded", "red", "italic"])
        #expect(spans[0].bold == true && spans[0].italic == nil)
        #expect(spans[1].highlight == "yellow")
        #expect(spans[2].highlight == "FFC000")
        #expect(spans[3].color == "FF0000")
        #expect(spans[4].italic == true)
        #expect(block.font?.bold == false)
    }

    @Test func givesTheDominantSizeAndWholeParagraphBoldness() throws {
        let font = try #require(blocks[12].font)
        #expect(blocks[12].text == "Bold heading text here")
        #expect(font.size == 16 && font.bold)
    }

    @Test func readsThroughSmartTagsAndDropsBlankParagraphs() {
        #expect(blocks[13].text == "Thurrock Council")
        #expect(blocks.count == 14)
    }
}
