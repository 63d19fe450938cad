import Foundation
import Benchmark
import Pipeline
import PipelineCore
import TestSupport
import Testing

/// The benchmark over a small corpus: one PDF and one DOCX of the same seed.
struct ExtractionBenchmarkTests {
    private func smallCorpus() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bench-corpus-\(UUID().uuidString)")
        for (sub, name) in [("pdf", "hertfordshire-self-evaluation.pdf"), ("docx", "hertfordshire-self-evaluation.docx")] {
            let dir = folder.appendingPathComponent(sub)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Corpus.url("\(sub)/\(name)"), to: dir.appendingPathComponent(name))
        }
        return folder
    }

    @Test func extractsEveryCopyAndCountsDOCXPagesFromThePDFRendition() async throws {
        let corpus = try smallCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let report = try await ExtractionBenchmark(corpus: corpus, scale: 3, width: 2).run()
        let pdf = try #require(report.rows.first { $0.tool == "scrutineer" && $0.format == "PDF" })
        let docx = try #require(report.rows.first { $0.tool == "scrutineer" && $0.format == "DOCX" })
        let pdfBytes = try Data(contentsOf: Corpus.url("pdf/hertfordshire-self-evaluation.pdf")).count
        #expect(pdf.files == 3)
        #expect(pdf.bytes == 3 * pdfBytes)
        let pages = try #require(pdf.pages)
        #expect(pages % 3 == 0 && pages > 0)
        #expect(docx.files == 3)
        #expect(docx.pages == pages)
        #expect((pdf.peakMemoryBytes ?? 0) > 0)
        let markdown = report.markdown()
        #expect(markdown.contains("| scrutineer | PDF | 3 | \(pages) |"))
        #expect(markdown.contains("each corpus file copied 3 times; 2 files at a time"))
    }

    @Test func namesTheFolderWhenThereIsNothingToMeasure() async throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("bench-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        await #expect(throws: PipelineError(
            stage: "bench", file: empty.path, reason: .invalidConfiguration, message: "no DOCX or PDF files under docx/ or pdf/")) {
            try await ExtractionBenchmark(corpus: empty, scale: 1).run()
        }
    }
}
