extension StoreConnection {
    /// Ranked keyword search with facet counts over the whole match set.
    package func search(_ plan: SearchPlan) async throws -> SearchResults {
        let query = plan.query
        let search = dialect.fullTextSearch(plan.node)
        var filters = search.match
        if let domain = query.domain { filters.append(" AND i.domain = \(domain)") }
        if let question = query.setQuestion {
            filters.append(" AND EXISTS (SELECT 1 FROM item_tag t WHERE t.item_rowid = i.id AND t.set_question = \(question))")
        }
        if let authority = query.authority { filters.append(" AND lower(d.authority) = lower(\(authority))") }
        if let kind = query.kind { filters.append(" AND i.kind = \(kind.rawValue)") }
        // A partial date matches every date it contains: from 2009-06 admits 2009; to 2008 admits 2008-12-31.
        if let from = query.from {
            filters.append(" AND d.date IS NOT NULL AND (d.date >= \(from) OR substr(\(from), 1, length(d.date)) = d.date)")
        }
        if let to = query.to {
            filters.append(" AND d.date IS NOT NULL AND (d.date <= \(to) OR substr(d.date, 1, length(\(to))) = \(to))")
        }
        let base: SQL = "FROM \(search.from) JOIN document d ON d.id = i.document_id WHERE \(filters)"
        let collation = dialect.codePointCollation
        let tags = dialect.spaceSeparatedList(of: "t.set_question", from: "item_tag t", where: "t.item_rowid = i.id", orderedBy: "t.position")
        let hits = try await rows("""
            SELECT i.kind, i.item_id, i.document_id, d.source, d.title, d.authority, d.date, i.domain, i.text, i.location,
                i.tracked_id, \(search.score) AS score, \(raw: tags) AS tags
            \(base) ORDER BY score DESC, d.source\(raw: collation), i.id LIMIT \(query.limit)
            """).map(plan.hit(row:))
        var facets: [[SearchResults.FacetCount]] = []
        for column in ["d.authority", "i.domain", "i.kind"] {
            let value = "coalesce(\(column), '(none)')"
            facets.append(try await rows("""
                SELECT \(raw: value) AS value, count(*) AS n \(base) GROUP BY \(raw: value) ORDER BY n DESC, \(raw: value)\(raw: collation)
                """).map { SearchResults.FacetCount(value: try $0.text("value"), count: try $0.integer("n")) })
        }
        return SearchResults(query: query.text, total: facets[2].reduce(0) { $0 + $1.count }, hits: hits,
                             authorities: facets[0], domains: facets[1], kinds: facets[2])
    }
}
