/// Renders a query tree as an SQLite FTS5 MATCH expression. Every word is emitted as a
/// quoted FTS5 string, so nothing the user typed can act as FTS5 syntax.
package enum FTS5Renderer {
    /// The MATCH expression for `node`.
    package static func render(_ node: QueryNode) -> String {
        switch node {
        case .term(let word):
            return quote(word)
        case .phrase(let words):
            return quote(words.joined(separator: " "))
        case .prefix(let stem):
            return quote(stem) + " *"
        case .and(let parts, let excluded):
            var expression = "(" + parts.map(render).joined(separator: " AND ") + ")"
            for part in excluded { expression += " NOT (" + render(part) + ")" }
            return "(" + expression + ")"
        case .or(let parts):
            return "(" + parts.map(render).joined(separator: " OR ") + ")"
        }
    }

    private static func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
