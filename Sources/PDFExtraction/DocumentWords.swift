/// The words a PDF writes, for mending words that a line end cut: gathered from every line
/// on first use, so documents without a cut word never pay for the scan.
final class DocumentWords {
    private let lines: [TextLine]

    init(lines: [TextLine]) {
        self.lines = lines
    }

    /// Hyphenated words written within lines ("in-depth"), lowercased: a compound broken at
    /// a line end keeps its hyphen.
    private(set) lazy var compounds: Set<String> = {
        var found = Set<String>()
        for line in lines where line.text.utf8.contains(UInt8(ascii: "-")) {
            let words = line.text.split(separator: " ")
            for word in words.dropLast() where word.contains("-") {
                let core = word.drop { !$0.isLetter }.reversed().drop { !$0.isLetter }.reversed()
                let token = String(core).lowercased()
                if token.contains("-") { found.insert(token) }
            }
        }
        return found
    }()

    /// Every run of letters the document writes, lowercased.
    private lazy var words: Set<String> = {
        var found = Set<String>()
        for line in lines {
            var word = ""
            for character in line.text {
                if character.isLetter {
                    word.append(character)
                } else if !word.isEmpty {
                    found.insert(word.lowercased())
                    word = ""
                }
            }
            if !word.isEmpty { found.insert(word.lowercased()) }
        }
        return found
    }()

    /// True when the document writes `word` (lowercased letters) somewhere as a word of its own.
    func contains(_ word: String) -> Bool { words.contains(word) }
}
