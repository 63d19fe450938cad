import Pipeline
import PipelineCore
import Segmentation
import TestSupport

/// Extracts corpus renditions through the pipeline's format router and segments them.
enum CorpusReview {
    /// The renditions of a seed (DOCX, PDF and text); a missing file fails its test rather
    /// than dropping out of the run unseen.
    static func renditions(of seed: String) -> [String] {
        Corpus.renditions(of: seed)
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
        let review = try Segmenter(framework: FrameworkFixture.set, vocabulary: FrameworkFixture.vocabulary).segment(document, diagnostics: &diagnostics)
        return (document, review, diagnostics)
    }
}
