import Foundation
import PipelineCore
import TestSupport
import TextExtraction

/// The seed texts as test inputs, extracted once per call.
enum SeedText {
    /// The text rendition of a seed (`Corpus/text/<seed>.txt`).
    static func file(_ seed: String) throws -> SourceFile {
        if FileManager.default.fileExists(atPath: Corpus.url("text/\(seed).txt").path) {
            return try Corpus.file("text/\(seed).txt")
        }
        // Until the corpus lands: the shared seed texts, which the corpus copies byte for byte.
        let numbered = [
            "thurrock-self-evaluation": "000_cb77573aa707c008", "hertfordshire-self-evaluation": "001_d512f72c15e61d3a",
            "vcs-engage-additional-offer": "002_a2d042848adffda5", "london-vcs-representation": "003_6435be071906590a",
            "barking-dagenham-scrutiny": "004_d11bb12cd747f8ff",
        ]
        let path = "/work/shared/seeds/\(numbered[seed] ?? seed).txt"
        return SourceFile(path: "Corpus/text/\(seed).txt", data: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    /// The extracted document of a seed and the diagnostics recorded on the way.
    static func extract(_ seed: String) throws -> (document: Document, diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        let document = try TextExtractor().extract(try file(seed), diagnostics: &diagnostics)
        return (document, diagnostics)
    }
}
