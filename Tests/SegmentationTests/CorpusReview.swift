import Pipeline
import PipelineCore
import Segmentation
import TestSupport

/// Extracts corpus renditions through the pipeline's format router and segments them.
enum CorpusReview {
    /// The renditions of a seed whose files exist (DOCX, PDF and text).
    static func renditions(of seed: String) -> [String] {
        Corpus.renditions(of: seed).filter { (try? Corpus.file($0)) != nil }
    }

    /// The renditions of every seed.
    static var allRenditions: [String] {
        Corpus.seedNames.flatMap(renditions(of:))
    }

    /// The extracted document, read by the extractor its bytes call for.
    static func document(_ relativePath: String) throws -> Document {
        var diagnostics = Diagnostics()
        return try Extractor().extract(try Corpus.file(relativePath), diagnostics: &diagnostics)
    }

    /// The extracted document and its review.
    static func review(_ relativePath: String) throws -> (Document, ReviewDocument, Diagnostics) {
        let document = try document(relativePath)
        var diagnostics = Diagnostics()
        let review = try Segmenter(vocabulary: FrameworkFixture.vocabulary).segment(document, framework: FrameworkFixture.set, diagnostics: &diagnostics)
        return (document, review, diagnostics)
    }
}
