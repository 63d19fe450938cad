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
        let text = try decode(file)
        let normalised = Self.unifyLineEnds(text)
        let isMarkdown = FormatSniffer.looksLikeMarkdown(normalised)
        let drafts = isMarkdown
            ? MarkdownReader().read(normalised)
            : PlainTextReader().read(normalised, file: file.path, diagnostics: &diagnostics)
        let blocks = BlockDraft.finish(drafts)
        return Document(
            id: SHA256.hex(of: file.data), source: file.path, format: isMarkdown ? .markdown : .text,
            metadata: DocumentMetadata(title: Self.title(of: blocks)), blocks: blocks)
    }

    /// The text of the file: UTF-8 (an initial byte-order mark dropped) or UTF-16 with a mark.
    private func decode(_ file: SourceFile) throws -> String {
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
            if let text = String(validating: units, as: UTF16.self) { return text }
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            if !body.contains(0), let text = String(validating: body, as: UTF8.self) { return text }
        }
        throw PipelineError(
            stage: "extract", file: file.path, reason: .unsupportedFormat,
            message: "not a text file (the bytes are not valid UTF-8 or UTF-16 text)")
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
