/// Cleans text as it leaves an extractor, so every format hands segmentation the same
/// characters: ligatures unfolded, soft hyphens and private-use glyphs dropped, runs of
/// spaces collapsed, non-breaking spaces made plain.
public enum TextNormalizer {
    /// Normalises one run of text.
    /// - Parameter text: Raw text from a DOCX run, a PDF line or a text file.
    /// - Returns: The text with ligatures unfolded (ﬁ → fi), soft hyphens (U+00AD), zero-width
    ///   characters, replacement characters (U+FFFD) and private-use characters (U+E000–U+F8FF,
    ///   Symbol-font glyphs) removed, and non-breaking spaces turned into spaces.
    public static func clean(_ text: String) -> String {
        // Most runs hold nothing to change; they are returned as they are, unbuilt.
        if !needsCleaning(text) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFB00: out.append(contentsOf: "ff".unicodeScalars)
            case 0xFB01: out.append(contentsOf: "fi".unicodeScalars)
            case 0xFB02: out.append(contentsOf: "fl".unicodeScalars)
            case 0xFB03: out.append(contentsOf: "ffi".unicodeScalars)
            case 0xFB04: out.append(contentsOf: "ffl".unicodeScalars)
            case 0xFB05, 0xFB06: out.append(contentsOf: "st".unicodeScalars)
            case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xFFFD: continue
            case 0xE000...0xF8FF: continue
            case 0x00A0, 0x2007, 0x202F: out.append(" ")
            case 0x0000...0x0008, 0x000B, 0x000C, 0x000E...0x001F, 0x007F: continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// True when `clean` would change some scalar of the text: a byte outside printable ASCII
    /// (tab, line feed and carriage return aside) opens every scalar it drops or rewrites.
    static func needsCleaning(_ text: String) -> Bool {
        for byte in text.utf8 where byte < 0x20 || byte >= 0x7F {
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            return needsCleaningScalars(text)
        }
        return false
    }

    /// `needsCleaning` scalar by scalar, for text outside printable ASCII.
    private static func needsCleaningScalars(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFB00...0xFB06, 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xFFFD, 0xE000...0xF8FF,
                 0x00A0, 0x2007, 0x202F, 0x0000...0x0008, 0x000B, 0x000C, 0x000E...0x001F, 0x007F:
                return true
            default:
                continue
            }
        }
        return false
    }

    /// Collapses runs of whitespace to single spaces and trims both ends.
    public static func collapseWhitespace(_ text: String) -> String {
        collapseASCIIWhitespace(text) ?? collapseScalarWhitespace(text) ?? collapseCharacterWhitespace(text)
    }

    /// `collapseWhitespace` scalar by scalar, which is the same as character by character
    /// unless a whitespace scalar and its neighbour make one character (a space carrying a
    /// combining accent): nil for such text.
    static func collapseScalarWhitespace(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        // Whether the text already reads collapsed: no space leading, trailing, doubled or
        // other than U+0020. Such text is returned as it is.
        var clean = true
        var previous: Unicode.Scalar?
        var previousSpace = false
        for scalar in text.unicodeScalars {
            let space = isWhitespace(scalar)
            if let previous {
                if previousSpace, !space, scalar.value >= 0x80, joinsPrevious(scalar) { return nil }
                if space, !previousSpace, previous.value >= 0x80, previous.properties.generalCategory == .format { return nil }
            }
            if space {
                if previous == nil || previousSpace || scalar != " " { clean = false }
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                if scalar.value < 0x80 {
                    out.append(UInt8(scalar.value))
                } else {
                    out.append(contentsOf: scalar.utf8)
                }
            }
            previous = scalar
            previousSpace = space
        }
        if previousSpace { clean = false }
        return clean ? text : String(decoding: out, as: UTF8.self)
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    /// True when the scalar may join the one before it into one character.
    private static func joinsPrevious(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isGraphemeExtend || properties.isEmojiModifier || properties.isVariationSelector { return true }
        switch properties.generalCategory {
        case .spacingMark, .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// `collapseWhitespace` character by character, for any text.
    static func collapseCharacterWhitespace(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for ch in text {
            if ch.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(ch)
            }
        }
        return out
    }

    /// `collapseWhitespace` for text that is all ASCII, where a byte is a character: nil for
    /// any other text. Text with nothing to collapse is returned as it is, without a copy.
    static func collapseASCIIWhitespace(_ text: String) -> String? {
        var clean = true
        var previousSpace = true
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            let space = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
            if space && (previousSpace || byte != 0x20) { clean = false }
            previousSpace = space
        }
        if clean && !previousSpace { return text }
        if clean && text.isEmpty { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The length of `text` in the unit every offset uses: Unicode scalars.
    public static func length(_ text: String) -> Int { text.unicodeScalars.count }
}
