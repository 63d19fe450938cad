package import PipelineCore

/// Recognises a framework domain heading however a document writes it: "Inter-agency
/// governance:", "2. Integrated strategy", "Integrated front line delivery: Successful …".
package struct DomainMatcher: Sendable {
    private let names: [(key: String, domain: String)]

    /// Creates a matcher over a framework's domain names and aliases (longest first).
    package init(framework: Framework) {
        var names: [(String, String)] = []
        for domain in framework.domains {
            for name in [domain.name] + domain.aliases {
                let key = TextTools.key(name)
                if !key.isEmpty { names.append((key, domain.id)) }
            }
        }
        self.names = names.sorted { $0.0.count > $1.0.count }
    }

    /// The domain a heading names, with the heading as written; nil when it names none.
    ///
    /// The line must be the name alone (after an optional number and before an optional
    /// colon), or the name followed by a colon and running text.
    package func domain(heading line: String) -> (id: String, heading: String)? {
        var text = line.trimmingCharacters()
        let (label, body) = TextTools.splitLabel(text)
        if let label, !TextTools.isBullet(label) { text = body }
        if let match = text.prefixMatch(of: Pattern.leadingSectionNumber) { text = String(text[match.range.upperBound...]) }
        let key = TextTools.key(text)
        for (name, domain) in names {
            if key == name {
                return (domain, text.trimmingCharacters(in: ":"))
            }
            // "Integrated front line delivery: Successful integrated delivery …"
            if key.hasPrefix(name + " "), let colon = text.firstIndex(of: ":") {
                let head = String(text[..<colon])
                if TextTools.key(head) == name { return (domain, head.trimmingCharacters()) }
            }
        }
        return nil
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
