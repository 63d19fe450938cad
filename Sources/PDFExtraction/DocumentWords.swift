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
            // An ASCII line by its bytes (a letter is A–Z or a–z there), lowered as copied.
            var text = line.text
            let ascii: Bool = text.withUTF8 { bytes in
                guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
                var current: [UInt8] = []
                for byte in bytes {
                    if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) {
                        current.append(byte | 0x20)
                    } else if !current.isEmpty {
                        found.insert(String(decoding: current, as: UTF8.self))
                        current.removeAll(keepingCapacity: true)
                    }
                }
                if !current.isEmpty { found.insert(String(decoding: current, as: UTF8.self)) }
                return true
            }
            if ascii { continue }
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
