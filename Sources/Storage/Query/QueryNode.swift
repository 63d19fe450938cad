/// A parsed search query: what the user asked for, independent of any database dialect.
///
/// Built by ``QueryParser`` from the user's text, widened by ``GlossaryExpander``, then
/// rendered to an FTS5 MATCH expression or a PostgreSQL tsquery expression.
public indirect enum QueryNode: Hashable, Sendable {
    /// One word, matched after stemming.
    case term(String)
    /// Words that must appear together in this order.
    case phrase([String])
    /// A word beginning (`commission*`).
    case prefix(String)
    /// Every part must match; `excluded` parts must not.
    case and([QueryNode], excluded: [QueryNode])
    /// At least one part must match.
    case or([QueryNode])

    /// The words a hit's snippet should highlight: every positive term, phrase word and prefix.
    package var highlightTerms: [HighlightTerm] {
        switch self {
        case .term(let word): return [.word(word)]
        case .phrase(let words): return words.map(HighlightTerm.word)
        case .prefix(let stem): return [.prefix(stem)]
        case .and(let parts, _): return parts.flatMap(\.highlightTerms)
        case .or(let parts): return parts.flatMap(\.highlightTerms)
        }
    }

    /// The node with every word passed through `transform` (spelling normalisation).
    package func mapWords(_ transform: (String) -> String) -> QueryNode {
        switch self {
        case .term(let word): return .term(transform(word))
        case .phrase(let words): return .phrase(words.map(transform))
        case .prefix(let stem): return .prefix(transform(stem))
        case .and(let parts, let excluded):
            return .and(parts.map { $0.mapWords(transform) }, excluded: excluded.map { $0.mapWords(transform) })
        case .or(let parts): return .or(parts.map { $0.mapWords(transform) })
        }
    }
}

/// A word a snippet highlights: whole (matched by stem) or as a prefix.
package enum HighlightTerm: Hashable, Sendable {
    case word(String)
    case prefix(String)
}
