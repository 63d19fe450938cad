import PipelineCore
import Testing

struct ListAndHeadingTests {
    let blocks: [Block]
    let diagnostics: Diagnostics

    init() throws {
        let result = try Extraction.run("features/lists.docx")
        blocks = result.document.blocks
        diagnostics = result.diagnostics
    }

    @Test func resolvesHeadingLevelsFromOutlineLevelsAndStyleNames() throws {
        #expect(blocks[0].kind == .heading && blocks[0].level == 1 && blocks[0].style == "Title")
        #expect(blocks[1].text == "Inter-agency governance")
        #expect(blocks[1].kind == .heading && blocks[1].level == 1 && blocks[1].style == "Heading 1")
        #expect(blocks[2].text == "Integrated strategy" && blocks[2].level == 2 && blocks[2].style == "Heading 2")
        #expect(blocks[3].text == "Workforce development" && blocks[3].level == 3 && blocks[3].style == "Council Subsection")
    }

    @Test func bodyTextOutlineLevelOverridesAHeadingStyle() {
        #expect(blocks[4].text == "Not a heading after all")
        #expect(blocks[4].kind == .paragraph && blocks[4].level == nil)
    }

    @Test func carriesFontFactsFromTheStyleChain() throws {
        let heading = try #require(blocks[1].font)
        #expect(heading.bold && heading.size == 16)
        #expect(blocks[0].font?.size == 24)
        #expect(blocks[5].font?.size == 11 && blocks[5].font?.bold == false)
    }

    @Test(arguments: [
        (5, "Sector will need support", "1.", 0), (6, "terms of reference", "a)", 1), (7, "membership", "b)", 1),
        (8, "first sub-point", "(i)", 2), (9, "Specific NGO led items", "3.", 0), (10, "restarted letter", "a)", 1),
        (11, "Continues from five", "5.", 0), (12, "Styled bullet", "•", 0), (13, "Direct bullet", "•", 0),
        (14, "Chapter", "1.", 0), (15, "Section one", "1.1", 1), (16, "Section two", "1.2", 1),
        (17, "Overridden level", "III:", 0),
    ])
    func rendersListLabelsFromNumberingDefinitions(index: Int, text: String, label: String, level: Int) {
        #expect(blocks[index].text == text)
        #expect(blocks[index].kind == .listItem)
        #expect(blocks[index].label == label)
        #expect(blocks[index].level == level)
    }

    @Test func readsAParagraphInAnUndefinedListWithoutALabelAndWarns() {
        #expect(blocks[18].text == "Unknown list")
        #expect(blocks[18].kind == .paragraph && blocks[18].label == nil)
        #expect(diagnostics.all.map(\.code) == ["docx.unknown-list"])
    }

    @Test func numIdZeroRemovesTheStylesNumbering() {
        #expect(blocks[19].text == "Numbering removed")
        #expect(blocks[19].kind == .paragraph && blocks[19].label == nil && blocks[19].style == "List Bullet")
        #expect(blocks.count == 20)
    }

    @Test func dropsEmptyParagraphsAndNumbersBlocksInOrder() {
        #expect(blocks.map(\.index) == Array(0..<blocks.count))
        #expect(!blocks.contains { $0.text.isEmpty })
    }
}
