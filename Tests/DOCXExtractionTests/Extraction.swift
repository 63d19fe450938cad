import DOCXExtraction
import PipelineCore
import TestSupport

/// Extracts corpus files for the DOCX tests.
enum Extraction {
    /// The document extracted from a corpus file, with the findings recorded on the way.
    static func run(_ relativePath: String) throws -> (document: Document, diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        let document = try DOCXExtractor().extract(try Corpus.file(relativePath), diagnostics: &diagnostics)
        return (document, diagnostics)
    }

    /// The document extracted from a corpus file.
    static func document(_ relativePath: String) throws -> Document {
        try run(relativePath).document
    }

    /// Every text the document carries: blocks, cells (recursively), furniture and notes.
    static func allTexts(_ document: Document) -> [String] {
        var texts: [String] = []
        func visit(_ blocks: [Block]) {
            for block in blocks {
                texts.append(block.text)
                if let label = block.label { texts.append(label) }
                for row in block.table?.rows ?? [] {
                    for cell in row.cells {
                        texts.append(cell.text)
                        visit(cell.blocks)
                    }
                }
            }
        }
        visit(document.blocks)
        visit(document.furniture)
        texts += document.notes.map(\.text)
        return texts
    }

    /// The substring of `text` covered by a span, counted in Unicode scalars.
    static func slice(_ text: String, _ span: Span) -> String {
        let scalars = Array(text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[span.start..<span.end]))
    }
}

extension Extraction {
    /// Every list label in the document's blocks and cells, in reading order.
    static func allLabels(_ document: Document) -> [String] {
        var labels: [String] = []
        func visit(_ blocks: [Block]) {
            for block in blocks {
                if let label = block.label { labels.append(label) }
                for row in block.table?.rows ?? [] {
                    for cell in row.cells { visit(cell.blocks) }
                }
            }
        }
        visit(document.blocks)
        return labels
    }
}

extension Extraction {
    /// Each piece of text once: list labels and paragraph texts (including those inside
    /// table cells), furniture and notes, without the joined table and cell texts.
    static func leafTexts(_ document: Document) -> [String] {
        var texts: [String] = []
        func visit(_ blocks: [Block]) {
            for block in blocks {
                if let label = block.label { texts.append(label) }
                if let table = block.table {
                    for row in table.rows {
                        for cell in row.cells { visit(cell.blocks) }
                    }
                } else {
                    texts.append(block.text)
                }
            }
        }
        visit(document.blocks)
        visit(document.furniture)
        texts += document.notes.map(\.text)
        return texts
    }
}
