import DOCXExtraction
import PDFExtraction
import PipelineCore
import Segmentation
import TestSupport

/// Extracts and segments corpus renditions with the extractors this build has.
enum CorpusReview {
    /// The renditions of a seed whose files exist and whose format this build can read.
    static func renditions(of seed: String) -> [String] {
        Corpus.renditions(of: seed).filter { canRead($0) }
    }

    /// The renditions of every seed.
    static var allRenditions: [String] {
        Corpus.seedNames.flatMap(renditions(of:))
    }

    /// True when the file exists and an extractor for its format is part of this build.
    static func canRead(_ relativePath: String) -> Bool {
        guard (try? Corpus.file(relativePath)) != nil else { return false }
        return relativePath.hasSuffix(".docx") || relativePath.hasSuffix(".pdf")
    }

    /// The extracted document.
    static func document(_ relativePath: String) throws -> Document {
        let file = try Corpus.file(relativePath)
        var diagnostics = Diagnostics()
        if relativePath.hasSuffix(".pdf") {
            return try PDFExtractor().extract(file, diagnostics: &diagnostics)
        }
        return try DOCXExtractor().extract(file, diagnostics: &diagnostics)
    }

    /// The extracted document and its review.
    static func review(_ relativePath: String) throws -> (Document, ReviewDocument, Diagnostics) {
        let document = try document(relativePath)
        var diagnostics = Diagnostics()
        let review = try Segmenter().segment(document, framework: FrameworkFixture.set, diagnostics: &diagnostics)
        return (document, review, diagnostics)
    }
}
