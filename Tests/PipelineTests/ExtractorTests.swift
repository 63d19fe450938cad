import Foundation
import Pipeline
import PipelineCore
import TestSupport
import Testing

/// Routing by bytes, and reading files from disk.
struct ExtractorTests {
    private func extract(_ file: SourceFile) throws -> Document {
        var diagnostics = Diagnostics()
        return try Extractor().extract(file, diagnostics: &diagnostics)
    }

    @Test(arguments: [
        ("docx/hertfordshire-self-evaluation.docx", DocumentFormat.docx),
        ("pdf/hertfordshire-self-evaluation.pdf", .pdf),
        ("text/hertfordshire-self-evaluation.txt", .text),
        ("text/barking-dagenham-scrutiny.txt", .markdown),
    ])
    func routesEachRenditionToItsExtractor(path: String, format: DocumentFormat) throws {
        let file = try Corpus.file(path)
        let document = try extract(file)
        #expect(document.format == format)
        #expect(document.id == SHA256.hex(of: file.data))
        #expect(document.blocks.contains { $0.text.contains("Hertfordshire") || $0.text.contains("Scrutiny") })
    }

    @Test func decidesByBytesNotByName() throws {
        let pdf = try Corpus.file("pdf/barking-dagenham-scrutiny.pdf")
        let document = try extract(SourceFile(path: "minutes.docx", data: pdf.data))
        #expect(document.format == .pdf)
        #expect(document.metadata.pageCount == 15)
    }

    @Test func rejectsEmptyAndUnknownBytesNamingTheFile() {
        #expect(throws: PipelineError(stage: "extract", file: "blank.docx", reason: .emptyFile, message: "the file is empty")) {
            try extract(SourceFile(path: "blank.docx", data: []))
        }
        #expect(throws: PipelineError(
            stage: "extract", file: "logo.png", reason: .unsupportedFormat,
            message: "a PNG image; scanned pages need OCR, which scrutineer does not do")) {
            try extract(SourceFile(path: "logo.png", data: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]))
        }
        #expect(throws: PipelineError(
            stage: "extract", file: "blob.bin", reason: .unsupportedFormat, message: "not a DOCX, PDF or text file")) {
            try extract(SourceFile(path: "blob.bin", data: [0x00, 0xFF, 0xFE, 0x07, 0x00, 0x13]))
        }
    }

    @Test func passesOnTheDOCXExtractorsErrorForAZipThatIsNotAWordDocument() throws {
        let file = try Corpus.file("hostile/no-document-xml.docx")
        #expect {
            try extract(file)
        } throws: { error in
            (error as? PipelineError)?.file == "Corpus/hostile/no-document-xml.docx"
        }
    }

    @Test func readsAFileFromDiskByItsPath() throws {
        let path = Corpus.url("text/london-vcs-representation.txt").path
        let file = try SourceFile.read(path: path)
        #expect(file.path == path)
        #expect(file.data.count == 32420)
    }

    @Test func reportsAMissingFileOrAFolderAsUnreadable() {
        #expect(throws: PipelineError(stage: "extract", file: "nowhere/plan.docx", reason: .unreadableFile, message: "no such file")) {
            try SourceFile.read(path: "nowhere/plan.docx")
        }
        let folder = Corpus.url("text").path
        #expect(throws: PipelineError(stage: "extract", file: folder, reason: .unreadableFile, message: "is a folder, not a file")) {
            try SourceFile.read(path: folder)
        }
    }

    @Test func runsAsTheExtractStage() async throws {
        let stage = Extractor()
        var diagnostics = Diagnostics()
        var work = PipelineWork(file: try Corpus.file("text/thurrock-self-evaluation.txt"))
        try await stage.run(&work, diagnostics: &diagnostics)
        let document = try #require(work.document)
        #expect(stage.name == "extract")
        #expect(stage.consumes == [.file] && stage.produces == [.document])
        #expect(document.metadata.title == "Thurrock’s Self Evaluation and Action Plan")
        #expect(diagnostics.all.map(\.code) == ["text.field-code-dropped"])
    }
}
