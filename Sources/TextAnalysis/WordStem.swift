/// The form words are matched by: lower-cased, spelling folded, Porter-stemmed
/// ("Organisations", "organizations" → "organiz").
public enum WordStem {
    /// The matching stem of one word.
    public static func of(_ word: String) -> String {
        cache.value(for: word) { PorterStemmer.stem(SpellingFold.fold($0.lowercased())) }
    }

    /// Stems already worked out: tagging stems every word of every item against the same
    /// vocabulary, so most words recur.
    private static let cache = BoundedCache<String>(limit: 100_000)
}
