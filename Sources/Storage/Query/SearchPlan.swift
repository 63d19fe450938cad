package import PipelineCore
import Foundation

/// A checked search, shared by both stores: the query parsed, widened through the glossary
/// and spelling-folded, with its filters validated.
package struct SearchPlan: Sendable {
    /// The query tree to render.
    package var node: QueryNode
    /// Words to highlight in snippets (as typed and as expanded, before folding).
    package var highlights: [HighlightTerm]
    /// The search being run.
    package var query: SearchQuery

    /// Plans `query` with `glossary`.
    /// - Throws: `PipelineError(.invalidQuery)` for a malformed query, date or limit.
    package init(_ query: SearchQuery, glossary: Glossary) throws {
        let parsed = try QueryParser().parse(query.text)
        let expanded = GlossaryExpander(glossary: glossary).expand(parsed)
        node = expanded.mapWords { SpellingNormalizer.fold($0.lowercased()) }
        highlights = expanded.highlightTerms
        for (name, value) in [("--from", query.from), ("--to", query.to)] {
            if let value, !Self.isISODate(value) {
                throw PipelineError(stage: "search", file: "query", reason: .invalidQuery,
                                    message: "\(name) must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not '\(value)'")
            }
        }
        guard query.limit > 0 else {
            throw PipelineError(stage: "search", file: "query", reason: .invalidQuery, message: "--limit must be at least 1")
        }
        self.query = query
    }

    /// Whether `text` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    package static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4 else { return false }
        guard parts.dropFirst().allSatisfy({ $0.count == 2 }) else { return false }
        return parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// A hit from a store's row: its snippet built here so both stores agree.
    package func hit(
        kind: String, itemId: String, documentId: String, source: String, title: String?, authority: String?,
        documentDate: String?, domain: String?, tags: String?, trackedId: String?, text: String, location: String, score: Double
    ) throws -> SearchHit {
        guard let itemKind = ItemKind(rawValue: kind) else {
            throw PipelineError(stage: "store", file: source, reason: .storeFailure, message: "stored item \(itemId) has unknown kind '\(kind)'")
        }
        let decoded: SourceLocation
        do {
            decoded = try JSONDecoder().decode(SourceLocation.self, from: Data(location.utf8))
        } catch {
            throw PipelineError(stage: "store", file: source, reason: .storeFailure, message: "stored item \(itemId) has an unreadable location")
        }
        return SearchHit(
            kind: itemKind, itemId: itemId, documentId: documentId, source: source, title: title, authority: authority,
            documentDate: documentDate, domain: domain, setQuestions: (tags ?? "").split(separator: " ").map(String.init),
            trackedId: trackedId, text: text, snippet: SnippetBuilder.snippet(of: text, highlighting: highlights),
            location: decoded, score: score)
    }
}
