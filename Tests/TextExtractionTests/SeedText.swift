import PipelineCore
import TestSupport
import TextExtraction

/// The seed texts as test inputs, extracted once per call.
enum SeedText {
    /// The text rendition of a seed (`Corpus/text/<seed>.txt`).
    static func file(_ seed: String) throws -> SourceFile {
        try Corpus.file("text/\(seed).txt")
    }

    /// The extracted document of a seed and the diagnostics recorded on the way.
    static func extract(_ seed: String) throws -> (document: Document, diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        let document = try TextExtractor().extract(try file(seed), diagnostics: &diagnostics)
        return (document, diagnostics)
    }
}
