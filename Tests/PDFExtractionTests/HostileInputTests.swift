import Foundation
import PDFExtraction
import PipelineCore
import TestSupport
import Testing

/// Files the extractor must refuse with an error that names the file and the problem.
@Suite struct HostileInputTests {
    func failure(_ relativePath: String) throws -> PipelineError {
        let file = try Corpus.file(relativePath)
        var diagnostics = Diagnostics()
        do {
            _ = try PDFExtractor().extract(file, diagnostics: &diagnostics)
        } catch let error as PipelineError {
            return error
        }
        Issue.record("\(relativePath) was extracted without an error")
        throw CancellationError()
    }

    @Test func saysAnEncryptedPDFIsEncrypted() throws {
        let error = try failure("hostile/encrypted.pdf")
        #expect(error.reason == .encrypted)
        #expect(error.message == "the PDF is encrypted and no password was given")
        #expect(error.file == "Corpus/hostile/encrypted.pdf")
        #expect(error.description.hasPrefix("Corpus/hostile/encrypted.pdf: "))
    }

    @Test func saysATruncatedPDFIsDamaged() throws {
        let error = try failure("hostile/truncated.pdf")
        #expect(error.reason == .damaged)
        #expect(error.file == "Corpus/hostile/truncated.pdf")
        #expect(error.stage == "extract")
    }

    @Test func refusesAnEmptyPDF() throws {
        let error = try failure("hostile/empty.pdf")
        #expect([.emptyFile, .damaged].contains(error.reason))
        #expect(error.file == "Corpus/hostile/empty.pdf")
    }

    @Test func refusesBytesThatAreNotAPDF() throws {
        var diagnostics = Diagnostics()
        let file = SourceFile(path: "notes.pdf", data: Array("just some words".utf8))
        #expect(throws: PipelineError(stage: "extract", file: "notes.pdf", reason: .unsupportedFormat,
                                      message: "the file is not a PDF")) {
            try PDFExtractor().extract(file, diagnostics: &diagnostics)
        }
    }

    @Test func refusesNoBytesAtAll() throws {
        var diagnostics = Diagnostics()
        #expect(throws: PipelineError(stage: "extract", file: "nothing.pdf", reason: .emptyFile, message: "the file is empty")) {
            try PDFExtractor().extract(SourceFile(path: "nothing.pdf", data: []), diagnostics: &diagnostics)
        }
    }
}
