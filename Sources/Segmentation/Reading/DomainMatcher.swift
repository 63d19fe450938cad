package import PipelineCore

/// Recognises a framework domain heading however a document writes it: "Inter-agency
/// governance:", "2. Integrated strategy", "Integrated front line delivery: Successful …",
/// "Domain 1: Integrated governance", "Integrated governance – overall rating".
package struct DomainMatcher: Sendable {
    private let names: [(key: String, domain: String)]
    /// Words that may open a heading before its number and the domain's name ("domain",
    /// "section"), as keys.
    private let headingWords: Set<String>

    /// Creates a matcher over a framework's domain names and aliases (longest first);
    /// `headingWords` may open a heading before a number ("Domain 1: …").
    package init(framework: Framework, headingWords: [String] = []) {
        var names: [(String, String)] = []
        for domain in framework.domains {
            for name in [domain.name] + domain.aliases {
                let key = TextTools.key(name)
                if !key.isEmpty { names.append((key, domain.id)) }
            }
        }
        self.names = names.sorted { $0.0.count > $1.0.count }
        self.headingWords = Set(headingWords.map(TextTools.key))
    }

    /// The domain a heading names, with the heading as written; nil when it names none.
    ///
    /// The line must be the name alone (after an optional number, or a heading word and a
    /// number, and before an optional colon), or the name followed by a colon, a dash or a
    /// bracket and more words.
    package func domain(heading line: String) -> (id: String, heading: String)? {
        var text = line.trimmingCharacters()
        let (label, body) = TextTools.splitLabel(text)
        if let label, !TextTools.isBullet(label) { text = body }
        if text.first?.isNumber == true, let match = text.prefixMatch(of: Pattern.leadingSectionNumber) { text = String(text[match.range.upperBound...]) }
        text = withoutHeadingWord(text)
        let key = TextTools.key(text)
        for (name, domain) in names {
            if key == name {
                return (domain, text.trimmingCharacters(in: ":"))
            }
            // "Integrated front line delivery: Successful integrated delivery …",
            // "Integrated governance – overall rating", "Integrated strategy (commissioning)"
            guard key.hasPrefix(name + " ") else { continue }
            for separator in [":", " – ", " - ", " — ", " ("] {
                guard let range = TextTools.byteRange(of: separator, in: text) else { continue }
                let head = String(text[..<range.lowerBound])
                if TextTools.key(head) == name { return (domain, head.trimmingCharacters()) }
            }
        }
        return nil
    }

    /// The text after an opening heading word and its number or letter ("Domain 1: ",
    /// "Section B – "), or the text as it is.
    func withoutHeadingWord(_ text: String) -> String {
        guard !headingWords.isEmpty else { return text }
        let words = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard words.count == 3, headingWords.contains(TextTools.key(String(words[0]))) else { return text }
        let mark = words[1].filter { !":.–-—)".contains($0) }
        guard !mark.isEmpty, mark.count <= 3, mark.allSatisfy({ $0.isNumber || $0.isLetter }),
              mark.allSatisfy(\.isNumber) || mark.count == 1 else { return text }
        var rest = String(words[2])
        while let first = rest.first, ":.–-—".contains(first) || first == " " { rest.removeFirst() }
        return rest.isEmpty ? text : rest
    }
}

extension String {
    /// The string trimmed of whitespace and of the given character at either end.
    package func trimmingCharacters(in character: Character) -> String {
        var text = trimmingCharacters()
        while text.last == character { text.removeLast(); text = text.trimmingCharacters() }
        while text.first == character { text.removeFirst(); text = text.trimmingCharacters() }
        return text
    }
}
