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
        asciiWords(in: text, lowercased: false) ?? characterWords(in: text)
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
        asciiWords(in: text, lowercased: true) ?? words(in: text).map { $0.lowercased() }
    }

    /// `words(in:)` for text that is all ASCII, where a byte is a character (the same rules,
    /// without building characters); nil for any other text.
    static func asciiWords(in text: String, lowercased: Bool) -> [String]? {
        var words: [String] = []
        var current: [UInt8] = []
        func isWordByte(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        }
        func flush() {
            if !current.isEmpty, current != [0x73], current != [0x53] {
                words.append(String(decoding: current, as: UTF8.self))
            }
            current.removeAll(keepingCapacity: true)
        }
        let bytes = text.utf8
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte >= 0x80 { return nil }
            if isWordByte(byte) {
                current.append(lowercased && byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            } else if byte == 0x27, !current.isEmpty {
                let next = bytes.index(after: index)
                if next != bytes.endIndex, bytes[next] == 0x73 || bytes[next] == 0x53 {
                    let after = bytes.index(after: next)
                    if after != bytes.endIndex, bytes[after] >= 0x80 { return nil }
                    if after == bytes.endIndex || !isWordByte(bytes[after]) {
                        index = next  // the possessive ending
                    }
                }
                flush()
            } else {
                flush()
            }
            index = bytes.index(after: index)
        }
        flush()
        return words
    }

    private static func isApostrophe(_ character: Character) -> Bool {
        character == "'" || character == "’" || character == "‘" || character == "ʼ"
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
