/// Renders a query tree as a PostgreSQL expression of type `tsquery`, with every word passed
/// as a bound parameter to `plainto_tsquery`, `phraseto_tsquery` or (for prefixes, whose
/// stem holds only letters and digits) `to_tsquery`, so user text is never SQL.
package enum TSQueryRenderer {
    /// The text search configuration: English stemming, as FTS5's porter tokenizer does.
    package static let configuration = "english"

    /// The SQL expression for `node`, its words bound.
    package static func render(_ node: QueryNode) -> SQL {
        switch node {
        case .term(let word):
            return "plainto_tsquery('\(raw: configuration)', \(word))"
        case .phrase(let words):
            return "phraseto_tsquery('\(raw: configuration)', \(words.joined(separator: " ")))"
        case .prefix(let stem):
            let safe = String(stem.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
            return "to_tsquery('\(raw: configuration)', \(safe + ":*"))"
        case .and(let parts, let excluded):
            let all = parts.map(render) + excluded.map { "!!" + render($0) }
            return "(" + SQL.joined(all, separator: " && ") + ")"
        case .or(let parts):
            return "(" + SQL.joined(parts.map(render), separator: " || ") + ")"
        }
    }
}
