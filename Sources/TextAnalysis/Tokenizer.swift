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
        words(in: text).map { $0.lowercased() }
    }

    private static func isApostrophe(_ character: Character) -> Bool {
        character == "'" || character == "’" || character == "‘" || character == "ʼ"
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
