/// Decides, conservatively, which plain-text lines are headings: short lines without closing
/// punctuation, followed by a blank line, that are known section words, Title Case or capitals.
struct PlainHeadingRule {
    /// Section names that self-evaluations, action plans and reports use as headings.
    static let sectionWords: Set<String> = [
        "introduction", "summary", "background", "evidence", "baseline evidence", "questions",
        "areas for development", "area for development", "actions", "action plan", "recommendations",
        "recommendation", "conclusion", "conclusions", "findings", "further support",
        "communications process", "reflections", "appendix", "appendices", "contents", "outcomes",
        "inter-agency governance", "integrated governance", "integrated strategy", "integrated processes",
        "integrated front line delivery", "integrated front-line delivery", "integrated delivery",
    ]

    /// Sub-section names that sit one level under a domain or section heading.
    static let subsectionWords: Set<String> = [
        "evidence", "baseline evidence", "questions", "areas for development", "area for development", "actions",
    ]

    /// Small words Title Case leaves in lower case.
    static let minorWords: Set<String> = [
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with",
    ]

    /// The heading level for `line`, or nil when it reads as body text.
    /// - Parameters:
    ///   - line: The line's text, cleaned and trimmed.
    ///   - followedByBlank: Whether a blank line (or the end of the text) follows it.
    ///   - standsAlone: Whether blank lines surround it; Title Case alone needs this, since
    ///     names ("Christine Oker") are Title Case too.
    ///   - isFirst: Whether it is the first text of the document (its title).
    func level(of line: String, followedByBlank: Bool, standsAlone: Bool, isFirst: Bool) -> Int? {
        let scalars = line.unicodeScalars.count
        guard scalars >= 3, scalars <= 80, let last = line.last else { return nil }
        let key = Self.key(line)
        let known = Self.sectionWords.contains(key)
        if ".,;?!".contains(last) { return nil }
        if last == ":" && !known { return nil }
        let letters = line.filter(\.isLetter)
        let capitals = letters.count >= 4 && letters.allSatisfy(\.isUppercase)
        let words = line.split(whereSeparator: { $0 == " " })
        let punctuation = line.dropLast().filter { $0 == ":" || $0 == ";" || $0 == "," }.count
        let titleCase = words.count >= 2 && words.count <= 10 && punctuation == 0 && isTitleCase(words)
        guard known || capitals || titleCase else { return nil }
        if isFirst && (titleCase || capitals) { return 1 }
        guard followedByBlank || capitals else { return nil }
        if !known && !capitals && !standsAlone { return nil }
        return Self.subsectionWords.contains(key) ? 3 : 2
    }

    /// The line as a lookup key for `sectionWords`: lower case, trailing colons dropped.
    static func key(_ line: String) -> String {
        var key = line.lowercased()
        while let last = key.last, last == ":" || last == " " { key.removeLast() }
        return key
    }

    private func isTitleCase(_ words: [Substring]) -> Bool {
        var sawWord = false
        for (i, word) in words.enumerated() {
            guard let first = word.first(where: { $0.isLetter || $0.isNumber }) else { continue }
            if first.isNumber { continue }
            let bare = word.lowercased().filter(\.isLetter)
            if i > 0 && Self.minorWords.contains(bare) { continue }
            guard first.isUppercase else { return false }
            sawWord = true
        }
        return sawWord
    }
}
