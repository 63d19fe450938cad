public import PipelineCore

/// Reads plain text and Markdown into a `Document`: headings, list items with their labels,
/// paragraphs, and tables recovered from tab-separated rows, HTML cell markup and the cell marks
/// Word leaves in exported text.
///
/// Whether the input is Markdown is decided from its content (`FormatSniffer.looksLikeMarkdown`),
/// never from its file name.
public struct TextExtractor: DocumentExtractor {
    /// The format this extractor is registered for; Markdown input is reported as `.markdown`.
    public var format: DocumentFormat { .text }

    /// Creates a text extractor.
    public init() {}

    /// Extracts the document.
    /// - Throws: `PipelineError` when the file is empty or is not UTF-8 or UTF-16 text.
    public func extract(_ file: SourceFile, diagnostics: inout Diagnostics) throws -> Document {
        let (text, encoding) = try decode(file)
        if encoding == "windows-1252" || encoding == "iso-8859-1" {
            diagnostics.warn(
                "text.legacy-encoding",
                "the file is not UTF-8; it was read as \(encoding == "windows-1252" ? "Windows-1252" : "Latin-1 (ISO 8859-1)")",
                file: file.path)
        }
        let normalised = Self.unifyLineEnds(text)
        let isMarkdown = FormatSniffer.looksLikeMarkdown(normalised)
        let drafts = isMarkdown
            ? MarkdownReader().read(normalised)
            : PlainTextReader().read(normalised, file: file.path, diagnostics: &diagnostics)
        let blocks = BlockDraft.finish(drafts)
        return Document(
            id: SHA256.hex(of: file.data), source: file.path, format: isMarkdown ? .markdown : .text,
            metadata: DocumentMetadata(title: Self.title(of: blocks), encoding: encoding), blocks: blocks)
    }

    /// The text of the file and the encoding it was read in: UTF-8 (an initial byte-order
    /// mark dropped), UTF-16 with a mark, else Windows-1252 (or Latin-1 when no byte falls in
    /// 0x80–0x9F, where the two differ) for bytes `FormatSniffer.isSingleByteText` accepts.
    private func decode(_ file: SourceFile) throws -> (text: String, encoding: String) {
        let bytes = file.data
        guard !bytes.isEmpty else {
            throw PipelineError(stage: "extract", file: file.path, reason: .emptyFile, message: "the file is empty")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                let pair = littleEndian
                    ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8
                    : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
                units.append(pair)
                i += 2
            }
            if let text = String(validating: units, as: UTF16.self) { return (text, littleEndian ? "utf-16le" : "utf-16be") }
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            if !body.contains(0), let text = String(validating: body, as: UTF8.self) { return (text, "utf-8") }
            if FormatSniffer.isSingleByteText(bytes) { return Self.decodeSingleByte(bytes) }
        }
        throw PipelineError(
            stage: "extract", file: file.path, reason: .unsupportedFormat,
            message: "not a text file (the bytes are not UTF-8, UTF-16, Windows-1252 or Latin-1 text)")
    }

    /// Windows-1252's characters for bytes 0x80–0x9F (0 where it defines none).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// Single-byte text decoded as Windows-1252, named Latin-1 when no byte is in 0x80–0x9F.
    static func decodeSingleByte(_ bytes: [UInt8]) -> (text: String, encoding: String) {
        var scalars = String.UnicodeScalarView()
        var usesWindowsRange = false
        for byte in bytes {
            if (0x80...0x9F).contains(byte) {
                usesWindowsRange = true
                let mapped = windows1252High[Int(byte) - 0x80]
                scalars.append(Unicode.Scalar(mapped == 0 ? UInt32(byte) : mapped) ?? "\u{FFFD}")
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return (String(scalars), usesWindowsRange ? "windows-1252" : "iso-8859-1")
    }

    /// The text with CR LF and lone CR line ends turned into LF.
    static func unifyLineEnds(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                out.append("\n")
                previousCR = true
                continue
            }
            if scalar == "\n" && previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            out.append(scalar)
        }
        return String(out)
    }

    /// The first heading at the top level the document uses, or nil when it has no headings.
    static func title(of blocks: [Block]) -> String? {
        let headings = blocks.filter { $0.kind == .heading }
        guard let top = headings.compactMap(\.level).min() else { return nil }
        return headings.first { $0.level == top }?.text
    }
}
