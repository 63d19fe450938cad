/// The answer to a search: ranked hits and, for the whole match set, counts by facet.
public struct SearchResults: Codable, Hashable, Sendable {
    /// How many values share one facet value.
    public struct FacetCount: Codable, Hashable, Sendable {
        /// The facet value ("Northbridge", "governance", "evidence"); `(none)` when unset.
        public var value: String
        /// Items matching the query with that value.
        public var count: Int

        /// Creates a facet count.
        public init(value: String, count: Int) {
            self.value = value
            self.count = count
        }
    }

    /// The query as typed.
    public var query: String
    /// How many items match in all (hits holds at most the limit).
    public var total: Int
    /// The best hits, best first.
    public var hits: [SearchHit]
    /// Matching items by authority, most first.
    public var authorities: [FacetCount]
    /// Matching items by domain, most first.
    public var domains: [FacetCount]
    /// Matching items by kind, most first.
    public var kinds: [FacetCount]

    /// Creates results.
    public init(query: String, total: Int, hits: [SearchHit], authorities: [FacetCount], domains: [FacetCount], kinds: [FacetCount]) {
        self.query = query
        self.total = total
        self.hits = hits
        self.authorities = authorities
        self.domains = domains
        self.kinds = kinds
    }
}
