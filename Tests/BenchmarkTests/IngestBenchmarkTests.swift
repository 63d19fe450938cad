import Foundation
import Benchmark
import Pipeline
import PipelineCore
import TestSupport
import Testing

/// The whole-ingest benchmark's copies: each copy's bytes differ, what a reader sees does not.
struct IngestBenchmarkTests {
    @Test(arguments: ["pdf/thurrock-self-evaluation.pdf", "docx/thurrock-self-evaluation.docx"])
    func marksACopyWithoutChangingWhatIsRead(_ path: String) throws {
        let original = try Corpus.file(path)
        let format: DocumentFormat = path.hasSuffix(".pdf") ? .pdf : .docx
        let marked = IngestBenchmark.unique(original.data, format: format, mark: "copy 7 of thurrock")
        #expect(marked != original.data)
        #expect(IngestBenchmark.unique(original.data, format: format, mark: "copy 8 of thurrock") != marked)
        var diagnostics = Diagnostics()
        let before = try Extractor().extract(original, diagnostics: &diagnostics)
        let after = try Extractor().extract(SourceFile(path: original.path, data: marked), diagnostics: &diagnostics)
        #expect(after.id != before.id)
        #expect(after.blocks == before.blocks)
        #expect(after.blocks.contains { $0.text.contains("Thurrock") })
    }
}
