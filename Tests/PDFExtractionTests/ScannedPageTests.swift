import PDFExtraction
import PipelineCore
import Testing

/// Pages without text (scanned images) are reported, not silently skipped.
@Suite struct ScannedPageTests {
    /// A two-page PDF: a line of Helvetica text on page 1, nothing on page 2.
    static func twoPagePDF() -> [UInt8] {
        let stream = "BT /F1 12 Tf 72 720 Td (Scrutiny panel report) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /Font << /F1 6 0 R >> >> >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(index + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { out += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n" }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }

    @Test func warnsAboutAPageWithoutText() throws {
        var diagnostics = Diagnostics()
        let document = try PDFExtractor().extract(SourceFile(path: "scan.pdf", data: Self.twoPagePDF()), diagnostics: &diagnostics)
        #expect(document.metadata.pageCount == 2)
        #expect(document.blocks.map(\.text) == ["Scrutiny panel report"])
        #expect(document.blocks.first?.page == 1)
        let box = try #require(document.blocks.first?.box)
        #expect(box.y0 > 100 && box.y0 < 130)
        #expect(diagnostics.all.map(\.code) == ["pdf.page-without-text"])
        #expect(diagnostics.all.first?.message == "page 2 has no text to extract (it may be a scanned image)")
        #expect(diagnostics.all.first?.file == "scan.pdf")
    }
}
