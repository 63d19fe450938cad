import Foundation

/// The form words are matched by: lower-cased, spelling folded, Porter-stemmed
/// ("Organisations", "organizations" → "organiz").
public enum WordStem {
    /// The matching stem of one word.
    public static func of(_ word: String) -> String {
        if let known = cache.stem(of: word) { return known }
        let stem = PorterStemmer.stem(SpellingFold.fold(word.lowercased()))
        cache.remember(stem, of: word)
        return stem
    }

    /// Stems already worked out: tagging stems every word of every item against the same
    /// vocabulary, so most words recur.
    private static let cache = StemCache(limit: 100_000)
}

/// Words and their stems, shared by every thread; emptied when it reaches its limit, so a long
/// bulk run's memory stays bounded.
private final class StemCache: @unchecked Sendable {
    private let lock = NSLock()
    private var stems: [String: String] = [:]
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    func stem(of word: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return stems[word]
    }

    func remember(_ stem: String, of word: String) {
        lock.lock()
        defer { lock.unlock() }
        if stems.count >= limit { stems.removeAll(keepingCapacity: true) }
        stems[word] = stem
    }
}
