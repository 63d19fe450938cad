@testable import DOCXExtraction
import PipelineCore
import Testing

struct XMLPartReaderTests {
    func reader(_ xml: String) throws -> XMLPartReader {
        try XMLPartReader(bytes: Array(xml.utf8), part: "word/document.xml", file: "test.docx")
    }

    func refusal(_ bytes: [UInt8]) -> PipelineError? {
        do {
            let reader = try XMLPartReader(bytes: bytes, part: "word/document.xml", file: "test.docx")
            while try reader.read() {}
            return nil
        } catch {
            return error as? PipelineError
        }
    }

    @Test func reportsEmptyElementsAsStartAndEnd() throws {
        let reader = try reader(#"<?xml version="1.0"?><a xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:tab/><w:t xml:space="preserve">  </w:t></a>"#)
        var events: [String] = []
        while try reader.read() {
            switch reader.node {
            case .start: events.append("<\(reader.name.local)")
            case .end: events.append(">\(reader.name.local)")
            case .text: events.append("'\(reader.text())'")
            }
        }
        #expect(events == ["<a", "<tab", ">tab", "<t", "'  '", ">t", ">a"])
    }

    @Test func matchesNamesByNamespaceNotPrefix() throws {
        let reader = try reader(#"<x:p xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main" x:val="7"/>"#)
        #expect(try reader.read())
        #expect(reader.name == .w("p"))
        #expect(reader.attribute(.word, "val") == "7")
        #expect(reader.attribute(nil, "val") == nil)
    }

    @Test func skipsAnElementWithoutReportingItsContent() throws {
        let reader = try reader("<a><b><c>hidden</c></b><d/></a>")
        var names: [String] = []
        while try reader.read() {
            if reader.node == .start, reader.name.local == "b" { try reader.skipElement(); continue }
            if reader.node != .text { names.append(reader.name.local) }
        }
        #expect(names == ["a", "d", "d", "a"])
    }

    @Test func refusesADoctypeInUTF16Parts() throws {
        let xml = #"<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>"#
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in xml.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let error = try #require(refusal(bytes))
        #expect(error.reason == .forbiddenMarkup)
        #expect(error.underlying == nil)
    }

    @Test func refusesADoctypeThePrologScanCannotReach() throws {
        let padding = String(repeating: "<!-- padding -->\n", count: 70_000)
        let xml = #"<?xml version="1.0"?>"# + padding + #"<!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>"#
        let error = try #require(refusal(Array(xml.utf8)))
        #expect(error.reason == .forbiddenMarkup)
        #expect(!error.description.contains("root:"))
    }

    @Test func keepsLibxml2sMessageAndLine() throws {
        let error = try #require(refusal(Array("<a>\n<b></a>".utf8)))
        #expect(error.reason == .malformedMarkup)
        #expect(error.message == "word/document.xml is not well-formed XML")
        #expect(error.underlying?.hasPrefix("line 2: ") == true)
        #expect(error.underlying?.contains("mismatch") == true)
    }
}
