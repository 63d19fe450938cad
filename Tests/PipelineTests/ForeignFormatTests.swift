import Foundation
import Pipeline
import PipelineCore
import Testing

/// Files the pipeline does not read are named for what they are.
struct ForeignFormatTests {
    private func failure(_ bytes: [UInt8], path: String = "cupboard/file") -> PipelineError? {
        var diagnostics = Diagnostics()
        do {
            _ = try Extractor().extract(SourceFile(path: path, data: bytes), diagnostics: &diagnostics)
            return nil
        } catch {
            return error as? PipelineError
        }
    }

    private let compound: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
    private func entry(_ name: String) -> [UInt8] { Array(name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) + [0, 0] }

    @Test func namesAPasswordProtectedDOCX() throws {
        let error = try #require(failure(compound + entry("EncryptionInfo") + entry("EncryptedPackage"), path: "plan.docx"))
        #expect(error.reason == .encrypted)
        #expect(error.file == "plan.docx")
        #expect(error.message.hasPrefix("a password-protected DOCX"))
    }

    @Test func namesLegacyWordAndExcelFiles() throws {
        let doc = try #require(failure(compound + entry("WordDocument")))
        #expect(doc.reason == .unsupportedFormat)
        #expect(doc.message.contains("Word 97–2003 document (.doc)"))
        let xls = try #require(failure(compound + entry("Workbook")))
        #expect(xls.reason == .unsupportedFormat)
        #expect(xls.message.contains("Excel 97–2003 workbook (.xls)"))
    }

    @Test func namesImagesByTheirMagicBytes() throws {
        let png = try #require(failure([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)))
        #expect(png.reason == .unsupportedFormat)
        #expect(png.message.hasPrefix("a PNG image"))
        let jpeg = try #require(failure([0xFF, 0xD8, 0xFF, 0xE0, 0, 16] + Array("JFIF".utf8) + [0]))
        #expect(jpeg.message.hasPrefix("a JPEG image"))
    }

    @Test func readsWindows1252TextAndSaysSo() throws {
        var diagnostics = Diagnostics()
        let bytes: [UInt8] = Array("The panel".utf8) + [0x92] + Array("s view: caf".utf8) + [0xE9] + Array(" services.\n".utf8)
        let document = try Extractor().extract(SourceFile(path: "minutes.txt", data: bytes), diagnostics: &diagnostics)
        #expect(document.format == .text)
        #expect(document.metadata.encoding == "windows-1252")
        #expect(document.blocks.map(\.text) == ["The panel\u{2019}s view: café services."])
        #expect(diagnostics.all.map(\.code) == ["text.legacy-encoding"])
    }

    @Test func namesLatin1WhenNoWindowsOnlyByteIsUsed() throws {
        var diagnostics = Diagnostics()
        let bytes: [UInt8] = Array("Na".utf8) + [0xEF] + Array("ve plans.\n".utf8)
        let document = try Extractor().extract(SourceFile(path: "minutes.txt", data: bytes), diagnostics: &diagnostics)
        #expect(document.metadata.encoding == "iso-8859-1")
        #expect(document.blocks.map(\.text) == ["Naïve plans."])
    }

    @Test func recordsUTF8AndUTF16() throws {
        var diagnostics = Diagnostics()
        let utf8 = try Extractor().extract(SourceFile(path: "a.txt", data: Array("Plain words.\n".utf8)), diagnostics: &diagnostics)
        #expect(utf8.metadata.encoding == "utf-8")
        let utf16: [UInt8] = [0xFF, 0xFE] + "Plain words.\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let wide = try Extractor().extract(SourceFile(path: "b.txt", data: utf16), diagnostics: &diagnostics)
        #expect(wide.metadata.encoding == "utf-16le")
        #expect(wide.blocks.map(\.text) == ["Plain words."])
        #expect(diagnostics.all.isEmpty)
    }
}
