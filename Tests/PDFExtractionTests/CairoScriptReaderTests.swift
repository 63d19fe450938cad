@testable import PDFExtraction
import Testing

/// Reading fills and ruling lines out of the cairo script poppler draws a page as. The
/// scripts are excerpts of what the Thurrock and Kent PDFs produce.
@Suite struct CairoScriptReaderTests {
    /// From the Thurrock self-evaluation: a RAG key of three filled cells inside a clip.
    static let ragKey = """
        %!CairoScript
        << /content //COLOR_ALPHA /width 595.303937 /height 841.889764 >> surface context
        n 0 0 595.273438 841.863281 rectangle
        clip+
        0 0.690186 0.313721 rgb set-source
        n 412.699219 644.601562 120.449219 11.949219 rectangle
        fill+
        1 0.75293 0 rgb set-source
        n 412.699219 656.601562 120.449219 11.949219 rectangle
        fill+
        1 0 0 rgb set-source
        n 412.699219 668.601562 120.449219 11.949219 rectangle
        fill+
        (H) [56.8 -45.400764 <~!<~>] <~!<E~> //FORWARD show-text-glyphs
        0 g set-source
        """

    /// From a Kent record of decision: a 4-column table ruled with per-cell strokes.
    static let ruledTable = """
        n 23.773438 36.75 544.652344 759.339844 rectangle
        clip+
        n 29.5 224.5 m 29.5 332.5 l
        1 set-line-width
        stroke+
        n 86.5 224.5 m 86.5 251.5 l
        stroke+
        n 86.5 251.5 m 86.5 278.5 l
        stroke+
        n 251.5 305.5 m 251.5 332.5 l
        stroke+
        n 395.5 224.5 m 395.5 332.5 l
        stroke+
        n 28.5 224.5 m 395.5 224.5 l
        stroke+
        n 29.5 251.5 m 395.5 251.5 l
        stroke+
        reset-clip
        """

    @Test func readsFillColoursAsTheyWerePainted() {
        let drawing = CairoScriptReader.read(Array(Self.ragKey.utf8), width: 595.3, height: 841.9)
        #expect(drawing.fills.count == 3)
        #expect(drawing.shading(sampling: [(420, 650)]) == "00B050")
        #expect(drawing.shading(sampling: [(420, 662)]) == "FFC000")
        #expect(drawing.shading(sampling: [(420, 674)]) == "FF0000")
        #expect(drawing.shading(sampling: [(300, 662)]) == nil)
    }

    @Test func readsStrokedRulesInPageCoordinates() {
        let drawing = CairoScriptReader.read(Array(Self.ruledTable.utf8), width: 595.45, height: 841.7)
        #expect(drawing.horizontal.map(\.position) == [224.5, 251.5])
        #expect(drawing.horizontal.first.map { [$0.start, $0.end] } == [28.5, 395.5])
        #expect(drawing.vertical.map(\.position) == [29.5, 86.5, 86.5, 251.5, 395.5])
        #expect(drawing.fills.isEmpty)
    }

    @Test func joinsPerCellStrokesIntoOneRule() {
        let pieces = [
            PageDrawing.Line(position: 251.5, start: 29.5, end: 86.5),
            PageDrawing.Line(position: 251.5, start: 86.5, end: 147.5),
            PageDrawing.Line(position: 251.9, start: 147.5, end: 395.5),
        ]
        let rules = RuledTable.join(pieces, within: 1.5, gap: 3)
        #expect(rules.count == 1)
        #expect(rules.first.map { [$0.start, $0.end] } == [29.5, 395.5])
    }

    @Test func splitsABandIntoRowsWhereShorterRulesCrossSomeOfItsCells() throws {
        // Columns at 50 | 90 | 200 | 400. The first row is a header; in the second, rules at
        // 140 and 170 cross the narrow first column and the last two, not the second: its
        // cell ("Objective 1") covers three rows beside three actions.
        var drawing = PageDrawing()
        drawing.horizontal = [
            .init(position: 100, start: 50, end: 400), .init(position: 120, start: 50, end: 400),
            .init(position: 140, start: 50, end: 90), .init(position: 140, start: 200, end: 400),
            .init(position: 170, start: 50, end: 90), .init(position: 170, start: 200, end: 400),
            .init(position: 200, start: 50, end: 400),
        ]
        drawing.vertical = [50.0, 90, 200, 400].map { PageDrawing.Line(position: $0, start: 100, end: 200) }
        let table = try #require(RuledTable.find(in: drawing, glyphs: []).first)
        #expect(RuledTable.find(in: drawing, glyphs: []).count == 1)
        #expect(table.rows.map(\.y0) == [100, 120, 140, 170])
        #expect(table.rows[1].cells.map(\.rowSpan) == [1, 3, 1])
        #expect(table.rows[2].cells.map(\.continuesMerge) == [false, true, false])
        // Text in the covering cell, on any of its rows, belongs to the row where it starts.
        #expect(table.cellIndex(x: 150, y: 180).map { [$0.row, $0.cell] } == [1, 1])
        #expect(table.cellIndex(x: 300, y: 180).map { [$0.row, $0.cell] } == [3, 2])
    }

    @Test func survivesScriptsThatAreNotCairos() {
        for text in ["", "((((", "<~", "[ [ [ 1 2", "1 2 3 4 rectangle fill+ } } >> ]", "n 1e999 1 m 2 2 l stroke+"] {
            let drawing = CairoScriptReader.read(Array(text.utf8), width: 100, height: 100)
            #expect(drawing.fills.count <= 1)
        }
    }
}
