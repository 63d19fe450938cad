import PipelineCore
import Testing
import TextExtraction

/// Decoding, identity and small inputs.
struct TextExtractorTests {
    private func extract(_ text: String, path: String = "note.txt") throws -> Document {
        var diagnostics = Diagnostics()
        return try TextExtractor().extract(SourceFile(path: path, data: Array(text.utf8)), diagnostics: &diagnostics)
    }

    @Test func identifiesTheDocumentByItsContentHash() throws {
        let file = try SeedText.file("barking-dagenham-scrutiny")
        var diagnostics = Diagnostics()
        let document = try TextExtractor().extract(file, diagnostics: &diagnostics)
        #expect(document.id == SHA256.hex(of: file.data))
        #expect(document.source == "Corpus/text/barking-dagenham-scrutiny.txt")
        #expect(document.blocks.allSatisfy { $0.page == nil })
        #expect(document.blocks.enumerated().allSatisfy { $0.offset == $0.element.index })
    }

    @Test(arguments: ["thurrock-self-evaluation", "hertfordshire-self-evaluation", "vcs-engage-additional-offer",
                      "london-vcs-representation", "barking-dagenham-scrutiny"])
    func extractsTheSameJSONEveryTime(seed: String) throws {
        let once = try JSONOutput.encode(SeedText.extract(seed).document)
        let twice = try JSONOutput.encode(SeedText.extract(seed).document)
        #expect(once == twice)
    }

    @Test func rejectsEmptyAndBinaryInput() {
        var diagnostics = Diagnostics()
        #expect(throws: PipelineError(stage: "extract", file: "empty.txt", reason: .emptyFile, message: "the file is empty")) {
            try TextExtractor().extract(SourceFile(path: "empty.txt", data: []), diagnostics: &diagnostics)
        }
        #expect {
            try TextExtractor().extract(SourceFile(path: "blob.bin", data: [0xC3, 0x28, 0x00]), diagnostics: &diagnostics)
        } throws: { error in
            (error as? PipelineError)?.reason == .unsupportedFormat && (error as? PipelineError)?.file == "blob.bin"
        }
    }

    @Test func readsUTF16WithAByteOrderMarkAndCRLFLineEnds() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Thurrock Summary\r\n\r\nThe NGO group meets monthly.\r\n".utf16 {
            bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        var diagnostics = Diagnostics()
        let document = try TextExtractor().extract(SourceFile(path: "utf16.txt", data: bytes), diagnostics: &diagnostics)
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph])
        #expect(document.blocks.map(\.text) == ["Thurrock Summary", "The NGO group meets monthly."])
    }

    @Test func reducesInlineMarkdownToTextWithSpans() throws {
        let document = try extract("# **Contacts**\n\n## Sutton\n\n**Toni Walsh** at [toni@suttoncvs.org.uk](mailto:toni@suttoncvs.org.uk), *tel.* 020\n")
        #expect(document.format == .markdown)
        let contact = try #require(document.blocks.last)
        #expect(contact.text == "Toni Walsh at toni@suttoncvs.org.uk, tel. 020")
        #expect(contact.spans == [
            Span(start: 0, end: 10, bold: true),
            Span(start: 14, end: 35, link: "mailto:toni@suttoncvs.org.uk"),
            Span(start: 37, end: 41, italic: true),
        ])
    }

    @Test func joinsSoftWrappedMarkdownLinesAndKeepsHardBreaks() throws {
        let document = try extract("# Plan\n\n## Notes\n\nThe panel met\non 14 January 2008.\n\nToni Walsh  \n020 8644 2867\n")
        #expect(document.blocks.map(\.text) == ["Plan", "Notes", "The panel met on 14 January 2008.", "Toni Walsh\n020 8644 2867"])
    }

    @Test func readsPipeTables() throws {
        let document = try extract("# Ratings\n\n## Governance\n\n| Question | Grade |\n|---|---|\n| 1. Engagement | B |\n")
        let table = try #require(document.blocks.last?.table)
        #expect(table.rows.map { $0.cells.map(\.text) } == [["Question", "Grade"], ["1. Engagement", "B"]])
    }

    @Test func readsPlainListsWithTheirLabels() throws {
        let document = try extract("Areas for development\n\n1. Identify NGO involvement.\n\na) To deliver services,\n\n· marketing support to NGO group\n")
        #expect(document.blocks.map(\.kind) == [.heading, .listItem, .listItem, .listItem])
        #expect(document.blocks.map(\.label) == [nil, "1.", "a)", "•"])
        #expect(document.blocks[3].text == "marketing support to NGO group")
    }
}
