import PipelineCore
import Testing

struct FieldTests {
    let document: Document

    init() throws {
        document = try Extraction.document("features/fields.docx")
    }

    @Test func keepsAHyperlinkFieldsDisplayedTextAndLinksIt() throws {
        let block = document.blocks[0]
        #expect(block.text == "NGO services to be included in the revised ASK Thurrock ( www.askThurrock.org.uk) directory of services.")
        let span = try #require(block.spans?.first { $0.link != nil })
        #expect(span.link == "http://www.askThurrock.org.uk/")
        #expect(span.color == "0000FF")
        #expect(Extraction.slice(block.text, span) == "www.askThurrock.org.uk")
    }

    @Test func neverLeaksFieldInstructions() {
        for text in Extraction.allTexts(document) {
            for word in ["HYPERLINK", "MERGEFORMAT", "MERGEFIELD", "TOC \\o", "PAGE", "DATE"] {
                #expect(!text.contains(word), "\(word) leaked into \(text)")
            }
        }
    }

    @Test func keepsSimpleFieldResults() {
        #expect(document.blocks[1].text == "Printed on page 4 of the plan.")
    }

    @Test func showsOnlyTheOuterResultOfNestedFields() {
        #expect(document.blocks[2].text == "Status: Completed")
    }

    @Test func keepsTableOfContentsEntriesAcrossParagraphs() throws {
        #expect(document.blocks[3].text == "Introduction\t2")
        #expect(document.blocks[3].spans?.first?.link == "#_Toc1")
        #expect(document.blocks[4].text == "Action plan\t7")
    }

    @Test func resolvesHyperlinkRelationshipsAndCharacterStyles() throws {
        let block = document.blocks[5]
        #expect(block.text == "More details at www.vcsengage.org.uk.")
        let span = try #require(block.spans?.first)
        #expect(span.link == "http://www.vcsengage.org.uk" && span.bold == true)
        #expect(Extraction.slice(block.text, span) == "www.vcsengage.org.uk")
    }

    @Test func showsNothingForAFieldWithoutAResult() {
        #expect(document.blocks[6].text == "Date: end")
        #expect(document.blocks.count == 7)
    }

    @Test func keepsPageNumberResultsInFooters() {
        #expect(document.furniture.map(\.text) == ["Page 3"])
    }
}

struct UnterminatedFieldTests {
    @Test func warnsWhenAPartEndsInsideAField() throws {
        let (document, diagnostics) = try Extraction.run("features/unterminated-field.docx")
        #expect(document.blocks.map(\.text) == ["Before the field.", "Shown"])
        #expect(diagnostics.all.map(\.code) == ["docx.unterminated-field"])
        #expect(diagnostics.all.first?.file == "Corpus/features/unterminated-field.docx")
        #expect(diagnostics.all.first?.severity == .warning)
    }
}
