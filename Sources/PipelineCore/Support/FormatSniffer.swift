/// Decides an input's format from its bytes, never from its file name.
public enum FormatSniffer {
    /// What the leading bytes say the file is.
    public enum Verdict: Hashable, Sendable {
        /// A PDF (`%PDF-` within the first 1024 bytes, as readers accept).
        case pdf
        /// A zip archive; whether it is a Word document is decided by its entries.
        case zip
        /// Text: valid UTF-8 (or UTF-16 with a byte-order mark) without NUL bytes.
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
        return .unknown
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
