/// Splits text into words, the one way segmentation, tagging, search and evaluation agree
/// on what a word is.
///
/// A word is a run of letters and digits, kept as written (case included). A possessive
/// "’s" or "'s" is dropped ("NGO’s" → NGO, "sector's" → sector); any other apostrophe,
/// a hyphen or punctuation ends the word ("voluntary-sector" → voluntary, sector). A lone
/// "s", the remnant of a possessive whose apostrophe was lost ("Children s Trust") or of
/// "(s)", is no word.
public enum Tokenizer {
    /// The words of `text` in reading order, as written.
    public static func words(in text: String) -> [String] {
        scalarWords(in: text, lowercased: false) ?? characterWords(in: text)
    }

    /// `words(in:)` character by character, for any text.
    static func characterWords(in text: String) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty, current != "s", current != "S" { words.append(current) }
            current = ""
        }
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if isApostrophe(character), !current.isEmpty {
                if index + 1 < characters.count, characters[index + 1] == "s" || characters[index + 1] == "S",
                   index + 2 >= characters.count || !isWordCharacter(characters[index + 2]) {
                    index += 1  // the possessive ending
                }
                flush()
            } else {
                flush()
            }
            index += 1
        }
        flush()
        return words
    }

    /// The words of `text`, lower-cased.
    public static func lowercaseWords(in text: String) -> [String] {
        scalarWords(in: text, lowercased: true) ?? characterWords(in: text).map { $0.lowercased() }
    }

    /// `words(in:)` scalar by scalar, which is the same as character by character unless a
    /// scalar joins the one before it into one character (a combining accent, a joiner, a
    /// Hangul syllable part, a flag half): nil for such text, which takes the character reading.
    ///
    /// Reads the UTF-8 bytes and makes each word once from its bytes (upper-case ASCII
    /// lowered as it is copied); appending scalar by scalar to a string cost more than the
    /// splitting itself.
    static func scalarWords(in text: String, lowercased: Bool) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var words: [String] = []
            var current: [UInt8] = []
            current.reserveCapacity(32)
            var currentIsASCII = true
            func flush() {
                if !current.isEmpty, !(current.count == 1 && (current[0] == 0x73 || current[0] == 0x53)) {
                    let word = String(decoding: current, as: UTF8.self)
                    words.append(lowercased && !currentIsASCII ? word.lowercased() : word)
                }
                current.removeAll(keepingCapacity: true)
                currentIsASCII = true
            }
            /// The scalar starting at byte `index` and its length in bytes (the text is valid UTF-8).
            func scalar(at index: Int) -> (value: UInt32, length: Int) {
                let lead = UInt32(bytes[index])
                if lead < 0x80 { return (lead, 1) }
                if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
                if lead < 0xF0 {
                    return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
                }
                return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                        | UInt32(bytes[index + 3] & 0x3F), 4)
            }
            var index = 0
            let count = bytes.count
            while index < count {
                let (value, length) = scalar(at: index)
                let kind: ScalarKind
                if value < 0x80 {
                    // ASCII, as `kind(of:)` reads it, without the call.
                    if (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39) {
                        kind = .word
                    } else {
                        kind = value == 0x27 ? .apostrophe : .other
                    }
                } else {
                    guard let found = Self.kind(of: value) else { return nil }
                    kind = found
                }
                switch kind {
                case .word:
                    if value < 0x80 {
                        current.append(lowercased && value >= 0x41 && value <= 0x5A ? UInt8(value + 0x20) : UInt8(value))
                    } else {
                        for offset in 0..<length { current.append(bytes[index + offset]) }
                        currentIsASCII = false
                    }
                case .apostrophe where !current.isEmpty:
                    let next = index + length
                    if next < count, bytes[next] == 0x73 || bytes[next] == 0x53 {
                        let after = next + 1
                        if after == count {
                            index = next  // the possessive ending
                        } else {
                            guard let following = Self.kind(of: scalar(at: after).value) else { return nil }
                            if following != .word { index = next }
                        }
                        if index == next {
                            flush()
                            index += 1
                            continue
                        }
                    }
                    flush()
                default:
                    flush()
                }
                index += length
            }
            flush()
            return words
        }
    }

    private enum ScalarKind { case word, apostrophe, other }

    /// What one scalar is to the word splitter, or nil when it may join the scalar before it
    /// into one character.
    private static func kind(of value: UInt32) -> ScalarKind? {
        if value < 0x80 {
            if (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) { return .word }
            return value == 0x27 ? .apostrophe : .other
        }
        if value == 0x2019 || value == 0x2018 || value == 0x02BC { return .apostrophe }
        let properties = Unicode.Scalar(value)!.properties
        if properties.isGraphemeExtend || properties.isEmojiModifier || properties.isVariationSelector { return nil }
        switch properties.generalCategory {
        case .spacingMark, .nonspacingMark, .enclosingMark, .format, .surrogate: return nil
        default: break
        }
        if (0x1100...0x11FF).contains(value) || (0xA960...0xA97F).contains(value) || (0xD7B0...0xD7FF).contains(value)
            || (0xAC00...0xD7A3).contains(value) || (0x1F1E6...0x1F1FF).contains(value) {
            return nil
        }
        return properties.isAlphabetic || properties.numericType != nil ? .word : .other
    }

    private static func isApostrophe(_ character: Character) -> Bool {
        character == "'" || character == "’" || character == "‘" || character == "ʼ"
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
