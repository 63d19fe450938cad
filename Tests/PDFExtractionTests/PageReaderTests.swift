@testable import PDFExtraction
import TestSupport
import Testing

/// Reading a page through one pass of poppler's content-stream interpreter: its text in
/// reading order with boxes and fonts, cell shading with its colour, and ruling lines where
/// they are drawn, in page coordinates (points from the top-left) as the text is.
@Suite struct PageReaderTests {
    /// The corpus PDF's first page: its title first, each character with a box on the page
    /// and a font named without its subset tag, spaces between words and a line break
    /// between lines; its paint read from the same pass.
    @Test func readsTextWithBoxesAndFontsAndPaintInOnePass() throws {
        let file = try Corpus.file("pdf/thurrock-self-evaluation.pdf")
        let reader = PageReader(bytes: file.data, password: nil)
        let page = try #require(reader.text(ofPage: 0, number: 1))
        #expect(page.number == 1)
        #expect(abs(page.width - 595.3) < 0.1 && abs(page.height - 841.9) < 0.1)
        let text = String(String.UnicodeScalarView(page.glyphs.map(\.scalar)))
        #expect(text.hasPrefix("Thurrock’s Self Evaluation and Action Plan\n"))
        let first = page.glyphs[0]
        #expect(first.scalar == "T" && first.x0 > 0 && first.x1 > first.x0 && first.y1 > first.y0 && first.y1 < page.height)
        let style = try #require(page.style(of: first))
        #expect(!style.fontName.contains("+") && style.size >= 10)
        #expect(page.glyphs.allSatisfy { $0.style >= 0 })
        // The space after "Thurrock’s" spans the gap to the next word.
        let space = page.glyphs[10]
        #expect(space.scalar == " " && space.x0 >= page.glyphs[9].x1 - 0.01 && space.x1 <= page.glyphs[11].x0 + 0.01)
        #expect(reader.drawing().shading(sampling: [(100, 389)]) == "00B050")
    }

    /// The self-evaluation printed from HTML by Chromium: its key cells are shaded green and
    /// amber, and its borders are painted as thin black rectangles.
    @Test func readsCellShadingAndPaintedBorders() throws {
        let file = try Corpus.file("renditions/pdf-chromium/thurrock-self-evaluation.pdf")
        let reader = PageReader(bytes: file.data, password: nil)
        let drawing = reader.drawing(ofPage: 0)
        #expect(drawing.shading(sampling: [(100, 372)]) == "00B050")
        #expect(drawing.shading(sampling: [(100, 396)]) == "FFC000")
        #expect(drawing.shading(sampling: [(300, 40)]) == nil)
        #expect(drawing.horizontal.count >= 4)
        #expect(drawing.vertical.count >= 2)
    }

    /// The corpus PDF strokes its table rules: the first rule of page 1 runs across the table
    /// at y ≈ 383, from x ≈ 51 to ≈ 533; the RAG key's cells under it are filled green, amber
    /// and red.
    @Test func readsStrokedRulesInPageCoordinates() throws {
        let file = try Corpus.file("pdf/thurrock-self-evaluation.pdf")
        let reader = PageReader(bytes: file.data, password: nil)
        let drawing = reader.drawing(ofPage: 0)
        let rule = try #require(drawing.horizontal.first { abs($0.position - 383.1) < 0.5 })
        #expect(abs(rule.start - 51.0) < 0.5)
        #expect(abs(rule.end - 533.4) < 0.5)
        #expect(drawing.vertical.contains { abs($0.position - 147.7) < 0.5 && $0.start < 384 && $0.end > 418 })
        #expect(drawing.shading(sampling: [(100, 389)]) == "00B050")
        #expect(drawing.shading(sampling: [(100, 401)]) == "FFC000")
        #expect(drawing.shading(sampling: [(100, 413)]) == "FF0000")
        #expect(drawing.shading(sampling: [(300, 401)]) == nil)
    }

    /// Bytes poppler cannot open, and pages that are not there, draw nothing.
    @Test func unreadableInputDrawsNothing() throws {
        let notPDF = PageReader(bytes: Array("%PDF-1.4 nothing else".utf8), password: nil)
        #expect(notPDF.drawing(ofPage: 0).horizontal.isEmpty)
        let file = try Corpus.file("pdf/thurrock-self-evaluation.pdf")
        let reader = PageReader(bytes: file.data, password: nil)
        let beyond = reader.drawing(ofPage: 10_000)
        #expect(beyond.horizontal.isEmpty && beyond.vertical.isEmpty && beyond.fills.isEmpty)
        #expect(reader.drawing(ofPage: -1).fills.isEmpty)
    }

    /// poppler-glib deletes poppler's process-wide parameters when its last open document
    /// closes; the drawing reader must still read pages after that, and while glib documents
    /// open and close on other threads.
    @Test func drawsAfterAndBesideTheTextReadersDocuments() async throws {
        let file = try Corpus.file("pdf/thurrock-self-evaluation.pdf")
        do { _ = try PopplerDocument(bytes: file.data, path: file.path).pageCount }
        let reader = PageReader(bytes: file.data, password: nil)
        #expect(reader.drawing(ofPage: 0).shading(sampling: [(100, 389)]) == "00B050")
        let rules = try await withThrowingTaskGroup(of: Int.self) { group in
            for task in 0..<8 {
                group.addTask {
                    if task.isMultiple(of: 2) {
                        for _ in 0..<20 { _ = try PopplerDocument(bytes: file.data, path: file.path).pageCount }
                        return 0
                    }
                    var count = 0
                    for _ in 0..<20 {
                        let drawing = PageReader(bytes: file.data, password: nil)
                            .drawing(ofPage: 0)
                        count += drawing.horizontal.contains { abs($0.position - 383.1) < 0.5 } ? 1 : 0
                    }
                    return count
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(rules == 80)
    }
}
