/// Folds American spellings onto the British ones the documents use, so "organization"
/// and "organisation", "neighborhood" and "neighbourhood" count as the same word.
package enum SpellingFolder {
    /// Whole-word (or word-start) American forms and their British equivalents.
    private static let prefixes: [(String, String)] = [
        ("neighbor", "neighbour"), ("behavior", "behaviour"), ("favor", "favour"), ("labor", "labour"),
        ("color", "colour"), ("honor", "honour"), ("center", "centre"), ("defense", "defence"),
        ("license", "licence"), ("catalog", "catalogue"), ("enroll", "enrol"), ("fulfill", "fulfil"),
    ]

    /// Endings after "iz"/"yz" that mark the -ize/-yze family.
    private static let izeEndings = ["e", "es", "ed", "ing", "ation", "ations", "er", "ers"]

    /// The British spelling of a lowercase word.
    package static func fold(_ word: String) -> String {
        if word == "program" { return "programme" }
        if word == "programs" { return "programmes" }
        for (american, british) in prefixes where word.hasPrefix(american) && !word.hasPrefix(british) {
            return british + word.dropFirst(american.count)
        }
        // -ize/-yze families: organize, organization, prioritized, analyzing.
        let chars = Array(word)
        guard chars.count >= 5 else { return word }
        for split in stride(from: chars.count - 2, through: 3, by: -1) where chars[split] == "z" {
            let before = chars[split - 1]
            guard before == "i" || before == "y", izeEndings.contains(String(chars[(split + 1)...])) else { continue }
            var folded = chars
            folded[split] = "s"
            return String(folded)
        }
        return word
    }
}
