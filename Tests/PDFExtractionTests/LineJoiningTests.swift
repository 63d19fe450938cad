@testable import PDFExtraction
import PipelineCore
import Testing

/// Joining lines into paragraphs: end-of-line hyphenation, soft hyphens and ligatures.
@Suite struct LineJoiningTests {
    /// Lays the strings out as consecutive 11-point lines from the top of a page, 6 points a
    /// character from x = 72.
    func lines(_ rows: [String]) -> [TextLine] {
        GlyphPage.lines(GlyphPage.text(rows.map { [(72, $0)] }, fontName: "ABCDEF+Arial-Regular", characterWidth: 6,
                                       spaceAfterPieces: false))
    }

    /// The strings' lines joined into blocks.
    func paragraphs(_ rows: [String]) -> [Block] {
        let lines = lines(rows)
        let builder = BlockBuilder(headings: HeadingClassifier(lines: lines), words: DocumentWords(lines: lines))
        return builder.build(lines.map { .line($0) })
    }

    @Test func joinsAWordHyphenatedAtTheLineEnd() throws {
        // A typesetter's break: the document writes the word whole elsewhere.
        let blocks = paragraphs([
            "The arrangements were efficient. The panel found them to be an effi-",
            "cient use of the time that the members and the officers gave to it.",
        ])
        #expect(blocks.map(\.text) == [
            "The arrangements were efficient. The panel found them to be an efficient use of the time that the members and the officers gave to it.",
        ])
    }

    /// Word processors do not hyphenate: a hyphen at a line end is the word's own unless the
    /// word is written whole elsewhere.
    @Test func keepsTheHyphenOfAWordTheDocumentNeverWritesWhole() throws {
        let blocks = paragraphs([
            "Few sites are high on the list to visit, but frequency matters. The door-to-",
            "needle times matter too: we will review them at the sites with the high-",
            "frequency visits first, as the needle audit asked.",
        ])
        #expect(blocks.map(\.text) == [
            "Few sites are high on the list to visit, but frequency matters. The door-to-needle times matter too: "
                + "we will review them at the sites with the high-frequency visits first, as the needle audit asked.",
        ])
    }

    @Test func keepsTheHyphenOfACompoundTheDocumentWritesWhole() throws {
        let blocks = paragraphs([
            "Staff will co-ordinate the plan; they will also co-",
            "ordinate the budget.",
        ])
        #expect(blocks.map(\.text) == ["Staff will co-ordinate the plan; they will also co-ordinate the budget."])
    }

    @Test func keepsACompoundBrokenBeforeACapitalWhole() throws {
        let blocks = paragraphs(["The Panel asked for the notes of the Finance Sub-", "Group to be circulated to all members."])
        #expect(blocks.map(\.text) == ["The Panel asked for the notes of the Finance Sub-Group to be circulated to all members."])
    }

    @Test func keepsASpanOfFiguresBrokenAfterItsDashWhole() throws {
        let blocks = paragraphs(["The service starts in the third quarter, Q3 2025-", "26, and runs to 2027."])
        #expect(blocks.map(\.text) == ["The service starts in the third quarter, Q3 2025-26, and runs to 2027."])
    }

    @Test func dropsSoftHyphensAndUnfoldsLigatures() throws {
        let blocks = paragraphs(["The ﬁnal report sets out each recom\u{00AD}", "mendation in turn."])
        #expect(blocks.map(\.text) == ["The final report sets out each recommendation in turn."])
    }

    @Test func startsAListItemAtALabel() throws {
        let blocks = paragraphs(["Areas for development are listed below in order:", "a) The sector will need support"])
        #expect(blocks.map(\.kind) == [.paragraph, .listItem])
        #expect(blocks[1].label == "a)")
        #expect(blocks[1].text == "The sector will need support")
    }

    /// Lays the strings out, one line each, as the lines of one table cell whose text may
    /// reach `edge`, with `elsewhere` below it on the page, and returns the cell's text.
    func cellText(_ rows: [String], edge: Double, elsewhere: [String]) -> String {
        let lines = lines(rows + elsewhere)
        let builder = BlockBuilder(headings: HeadingClassifier(lines: lines), words: DocumentWords(lines: lines))
        return builder.paragraphs(Array(lines.prefix(rows.count)), allowHeadings: false) { _ in edge }.map(\.text).joined(separator: "\n")
    }

    @Test func joinsAWordANarrowCellCutWithoutAHyphen() throws {
        // "Decemb" fills the cell (72 + 6 × 6 = 108); the document writes "December" elsewhere.
        #expect(cellText(["Decemb", "er 2026"], edge: 108, elsewhere: ["From September to December 2025."]) == "December 2026")
        // Without the whole word elsewhere, or when the line stops short of the edge, the
        // lines stay two words.
        #expect(cellText(["Decemb", "er 2026"], edge: 108, elsewhere: ["From September 2025."]) == "Decemb er 2026")
        #expect(cellText(["Over", "view 2026"], edge: 140, elsewhere: ["An overview of the year."]) == "Over\nview 2026")
    }
}
