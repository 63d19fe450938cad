/// Decides an input's format from its bytes, never from its file name.
public enum FormatSniffer {
    /// What the leading bytes say the file is.
    public enum Verdict: Hashable, Sendable {
        /// A PDF (`%PDF-` within the first 1024 bytes, as readers accept).
        case pdf
        /// A zip archive; whether it is a Word document is decided by its entries.
        case zip
        /// Text: valid UTF-8 (or UTF-16 with a byte-order mark) without NUL bytes, or
        /// single-byte text (Windows-1252 or Latin-1; see `isSingleByteText`).
        case text
        /// Nothing to read.
        case empty
        /// Binary that is none of the above.
        case unknown
    }

    /// Sniffs the bytes.
    /// - Parameter bytes: The file's content (only the first few kilobytes are examined for
    ///   PDF and zip; text is validated in full).
    public static func sniff(_ bytes: [UInt8]) -> Verdict {
        if bytes.isEmpty { return .empty }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return .zip
        }
        let head = bytes.prefix(1024)
        let marker: [UInt8] = Array("%PDF-".utf8)
        if head.count >= marker.count {
            for start in head.startIndex...(head.endIndex - marker.count)
            where head[start] == marker[0] && Array(head[start..<start + marker.count]) == marker {
                return .pdf
            }
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .text }
        if bytes.contains(0) { return .unknown }
        if String(validating: bytes, as: UTF8.self) != nil { return .text }
        if isSingleByteText(bytes) { return .text }
        return .unknown
    }

    /// True when bytes that are not UTF-8 read as Windows-1252 or Latin-1 text: no control
    /// characters other than tab, line feed, form feed and carriage return, none of the five
    /// bytes Windows-1252 leaves undefined, and at least nine in ten bytes plain ASCII.
    public static func isSingleByteText(_ bytes: [UInt8]) -> Bool {
        var ascii = 0
        for byte in bytes {
            switch byte {
            case 0x09, 0x0A, 0x0C, 0x0D, 0x20...0x7E: ascii += 1
            case 0x00...0x1F, 0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D: return false
            default: break
            }
        }
        return ascii * 10 >= bytes.count * 9
    }

    /// True when text looks like Markdown rather than plain text: ATX headings (`# `),
    /// emphasis markers around whole lines, or pipe tables.
    public static func looksLikeMarkdown(_ text: String) -> Bool {
        var signals = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(400) {
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.hasPrefix("# ") || trimmed.hasPrefix("## ") || trimmed.hasPrefix("### ") || trimmed.hasPrefix("#### ") {
                signals += 2
            } else if trimmed.hasPrefix("**") && trimmed.hasSuffix("**") && trimmed.count > 4 {
                signals += 1
            } else if trimmed.hasPrefix("|") && trimmed.hasSuffix("|") {
                signals += 1
            }
            if signals >= 3 { return true }
        }
        return false
    }
}
