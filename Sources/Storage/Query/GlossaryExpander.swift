public import PipelineCore

/// Widens a query through the glossary: an acronym also finds its expansions as phrases
/// (CAF → "Common Assessment Framework"), and an expansion, quoted or typed as plain
/// words, also finds its acronym ("voluntary sector" → VCS).
///
/// An acronym is recognised when the query writes it as the glossary does ("DfES") or in
/// capitals ("VCS"), so the ordinary words "set" and "jar" stay ordinary.
public struct GlossaryExpander: Sendable {
    private var expansionsByAcronym: [String: [[String]]] = [:]
    private var acronymsByExpansion: [[String]: [String]] = [:]

    /// Creates an expander over `glossary`.
    public init(glossary: Glossary) {
        for entry in glossary.entries {
            let forms = [entry.acronym] + entry.variants
            let expansions = entry.expansions.map { QueryParser.words(in: $0) }.filter { !$0.isEmpty }
            for form in forms {
                let words = QueryParser.words(in: form)
                guard words.count == 1 else { continue }
                expansionsByAcronym[form, default: []].append(contentsOf: expansions)
                if form != form.uppercased() {
                    expansionsByAcronym[form.uppercased(), default: []].append(contentsOf: expansions)
                }
            }
            let acronymWords = QueryParser.words(in: entry.acronym)
            guard acronymWords.count == 1 else { continue }
            for expansion in expansions.map({ Self.key($0.joined(separator: " ")) }) where expansion.count > 1
                && !acronymsByExpansion[expansion, default: []].contains(acronymWords[0]) {
                acronymsByExpansion[expansion, default: []].append(acronymWords[0])
            }
        }
    }

    /// The words of a phrase as compared: lower-case, spelling folded, small words dropped.
    static func key(_ text: String) -> [String] {
        QueryParser.words(in: text)
            .map { SpellingNormalizer.fold($0.lowercased()) }
            .filter { !QueryParser.stopWords.contains($0) }
    }

    /// The query with glossary alternatives ORed in.
    public func expand(_ node: QueryNode) -> QueryNode {
        switch node {
        case .term(let word):
            guard let expansions = expansionsByAcronym[word] else { return node }
            return .or([node] + expansions.map(Self.phraseNode))
        case .phrase(let words):
            guard let acronyms = acronymsByExpansion[Self.key(words.joined(separator: " "))] else { return node }
            return .or([node] + acronyms.map(QueryNode.term))
        case .prefix:
            return node
        case .and(let parts, let excluded):
            let expanded = QueryNode.and(parts.map(expand), excluded: excluded.map(expand))
            let plainWords = parts.compactMap { part -> String? in
                if case .term(let word) = part { return word }
                return nil
            }
            guard excluded.isEmpty, plainWords.count == parts.count,
                  let acronyms = acronymsByExpansion[Self.key(plainWords.joined(separator: " "))]
            else { return expanded }
            return .or([expanded] + acronyms.map(QueryNode.term))
        case .or(let parts):
            return .or(parts.map(expand))
        }
    }

    private static func phraseNode(_ words: [String]) -> QueryNode {
        words.count == 1 ? .term(words[0]) : .phrase(words)
    }
}
