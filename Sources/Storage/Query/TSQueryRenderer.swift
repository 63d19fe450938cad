/// Renders a query tree as a PostgreSQL expression of type `tsquery`, with every word passed
/// as a bound parameter to `plainto_tsquery`, `phraseto_tsquery` or (for prefixes, whose
/// stem holds only letters and digits) `to_tsquery`, so user text is never SQL.
package enum TSQueryRenderer {
    /// The text search configuration: English stemming, as FTS5's porter tokenizer does.
    package static let configuration = "english"

    /// The SQL expression for `node`; `bind` receives each parameter and returns its `$n`.
    package static func render(_ node: QueryNode, bind: (String) -> String) -> String {
        switch node {
        case .term(let word):
            return "plainto_tsquery('\(configuration)', \(bind(word)))"
        case .phrase(let words):
            return "phraseto_tsquery('\(configuration)', \(bind(words.joined(separator: " "))))"
        case .prefix(let stem):
            let safe = String(stem.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
            return "to_tsquery('\(configuration)', \(bind(safe + ":*")))"
        case .and(let parts, let excluded):
            let all = parts.map { render($0, bind: bind) } + excluded.map { "!!" + render($0, bind: bind) }
            return "(" + all.joined(separator: " && ") + ")"
        case .or(let parts):
            return "(" + parts.map { render($0, bind: bind) }.joined(separator: " || ") + ")"
        }
    }
}
