import PipelineCore
import Testing

struct FormatSnifferTests {
    @Test func recognisesPDFByItsMarker() {
        #expect(FormatSniffer.sniff(Array("%PDF-1.7\n".utf8)) == .pdf)
    }

    @Test func recognisesZipByItsSignature() {
        #expect(FormatSniffer.sniff([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]) == .zip)
    }

    @Test func treatsUTF8AsText() {
        #expect(FormatSniffer.sniff(Array("Thurrock’s Self Evaluation".utf8)) == .text)
    }

    @Test func rejectsBinaryAndEmptyInput() {
        #expect(FormatSniffer.sniff([0x00, 0xFF, 0x10]) == .unknown)
        #expect(FormatSniffer.sniff([]) == .empty)
    }

    @Test func spotsMarkdownHeadings() {
        #expect(FormatSniffer.looksLikeMarkdown("# **Title**\n\n## Background\n\ntext"))
        #expect(!FormatSniffer.looksLikeMarkdown("Thurrock’s Self Evaluation\n\nIntroduction\n"))
    }
}
