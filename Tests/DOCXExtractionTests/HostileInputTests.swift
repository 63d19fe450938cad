import DOCXExtraction
import Foundation
import PipelineCore
import TestSupport
import Testing

struct HostileInputTests {
    /// The error extracting a corpus file throws, or nil when it extracts.
    func failure(_ relativePath: String, limits: DOCXLimits = DOCXLimits()) throws -> PipelineError? {
        let file = try Corpus.file(relativePath)
        var diagnostics = Diagnostics()
        do {
            _ = try DOCXExtractor(limits: limits).extract(file, diagnostics: &diagnostics)
            return nil
        } catch let error as PipelineError {
            return error
        }
    }

    @Test(arguments: [
        ("hostile/not-a-zip.docx", PipelineError.Reason.corruptArchive),
        ("hostile/no-document-xml.docx", .missingPart),
        ("hostile/xxe.docx", .forbiddenMarkup),
        ("hostile/billion-laughs.docx", .forbiddenMarkup),
        ("hostile/zip-bomb.docx", .tooLarge),
        ("hostile/empty.docx", .emptyFile),
        ("features/lying-sizes.docx", .tooLarge),
        ("features/malformed.docx", .malformedMarkup),
    ])
    func refusesHostileFilesWithOneSpecificError(path: String, reason: PipelineError.Reason) throws {
        let error = try #require(try failure(path))
        #expect(error.reason == reason)
        #expect(error.file == "Corpus/" + path)
        #expect(error.stage == "extract")
        #expect(error.description.hasPrefix("Corpus/\(path): "))
    }

    @Test func saysAnArchiveWithoutDocumentXMLIsNotAWordDocument() throws {
        let error = try #require(try failure("hostile/no-document-xml.docx"))
        #expect(error.message == "not a Word document: the archive has no word/document.xml")
    }

    @Test func saysPlainBytesAreNotAZip() throws {
        let error = try #require(try failure("hostile/not-a-zip.docx"))
        #expect(error.message.contains("not a zip archive"))
    }

    @Test func neverResolvesAnExternalEntity() throws {
        let error = try #require(try failure("hostile/xxe.docx"))
        #expect(error.reason == .forbiddenMarkup)
        #expect(error.message.contains("DOCTYPE"))
        let passwd = (try? String(contentsOfFile: "/etc/passwd", encoding: .utf8)) ?? "root:x:0:0"
        let firstLine = String(passwd.split(separator: "\n").first ?? "root:x:0:0")
        #expect(!error.description.contains(firstLine))
        #expect(!error.description.contains("root:"))
        #expect(error.underlying == nil, "refused before libxml2 read the part")
    }

    @Test func refusesEntityExpansionBeforeParsing() throws {
        let error = try #require(try failure("hostile/billion-laughs.docx"))
        #expect(error.message.contains("DOCTYPE"))
        #expect(error.underlying == nil)
    }

    @Test func refusesAZipBombFromItsDeclaredSizeBeforeInflating() throws {
        let error = try #require(try failure("hostile/zip-bomb.docx"))
        #expect(error.message == "word/document.xml would inflate to 1100000280 bytes, over the 64 MiB limit; refused as a possible zip bomb")
    }

    @Test func stopsInflatingWhenAPartOutgrowsTheSizeItsHeaderClaims() throws {
        let error = try #require(try failure("features/lying-sizes.docx"))
        #expect(error.reason == .tooLarge)
        #expect(error.message.contains("word/document.xml is compressed more than 200:1"))
        let strict = try #require(try failure("features/lying-sizes.docx", limits: DOCXLimits(maxPartSize: 1 << 20, maxCompressionRatio: 100_000)))
        #expect(strict.message.contains("more than the 1 MiB limit"))
    }

    @Test func keepsLibxml2sMessageForMalformedParts() throws {
        let error = try #require(try failure("features/malformed.docx"))
        #expect(error.message == "word/document.xml is not well-formed XML")
        let underlying = try #require(error.underlying)
        #expect(underlying.hasPrefix("line 2: "))
    }

    @Test func appliesConfiguredPartLimits() throws {
        let error = try #require(try failure("features/tables.docx", limits: DOCXLimits(maxPartSize: 1024)))
        #expect(error.reason == .tooLarge)
        #expect(error.message.contains("1024 bytes"))
    }
}

struct CompoundFileTests {
    let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    func failure(_ bytes: [UInt8]) -> PipelineError? {
        var diagnostics = Diagnostics()
        do {
            _ = try DOCXExtractor().extract(SourceFile(path: "cupboard/plan.docx", data: bytes), diagnostics: &diagnostics)
            return nil
        } catch {
            return error as? PipelineError
        }
    }

    @Test func recognisesAPasswordProtectedDocument() throws {
        let stream = Array("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let error = try #require(failure(signature + [UInt8](repeating: 0, count: 504) + stream + [0, 0]))
        #expect(error.reason == .encrypted)
        #expect(error.file == "cupboard/plan.docx")
        #expect(error.message.contains("password-protected"))
    }

    @Test func recognisesALegacyWordDocument() throws {
        let error = try #require(failure(signature + [UInt8](repeating: 0, count: 1024)))
        #expect(error.reason == .unsupportedFormat)
        #expect(error.message.contains(".doc"))
    }

    /// A part whose inflated bytes do not match the CRC-32 the archive records for it is
    /// damaged: the checksum is checked, not skipped.
    @Test func refusesAPartThatDoesNotMatchItsChecksum() throws {
        let file = try Corpus.file("docx/thurrock-self-evaluation.docx")
        var bytes = file.data
        // Change the CRC-32 of word/document.xml in its local header (offset 14) and its
        // central-directory entry (offset 16).
        let name = Array("word/document.xml".utf8)
        func offsets(of signature: [UInt8]) -> [Int] {
            (0..<(bytes.count - 46)).filter { index in
                Array(bytes[index..<index + 4]) == signature
            }
        }
        var changed = 0
        for start in offsets(of: [0x50, 0x4B, 0x03, 0x04]) {
            let nameLength = Int(bytes[start + 26]) | Int(bytes[start + 27]) << 8
            if Array(bytes[(start + 30)..<(start + 30 + nameLength)]) == name { bytes[start + 14] ^= 0xFF; changed += 1 }
        }
        for start in offsets(of: [0x50, 0x4B, 0x01, 0x02]) {
            let nameLength = Int(bytes[start + 28]) | Int(bytes[start + 29]) << 8
            if Array(bytes[(start + 46)..<(start + 46 + nameLength)]) == name { bytes[start + 16] ^= 0xFF; changed += 1 }
        }
        #expect(changed == 2)
        var diagnostics = Diagnostics()
        let error = #expect(throws: PipelineError.self) {
            _ = try DOCXExtractor().extract(SourceFile(path: "changed.docx", data: bytes), diagnostics: &diagnostics)
        }
        #expect(error?.reason == .corruptArchive)
        #expect(error?.message.contains("word/document.xml does not match its checksum") == true)
    }
}
