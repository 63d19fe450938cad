import PipelineCore
import TextAnalysis

/// Gives recommendations and actions their stable ids and links a document's rows to items
/// already tracked: by the same normalised text, or failing that by word overlap above a
/// threshold within the same authority and kind. Labels play no part, since a progress
/// report often renumbers what it restates.
package struct TrackedItemMatcher: Sendable {
    /// An item already in the store that a new row may link to.
    package struct Candidate: Hashable, Sendable {
        /// Its stable id.
        package var id: String
        /// Recommendation or action.
        package var kind: TrackedItem.Kind
        /// Its text (any stated form).
        package var text: String

        /// Creates a candidate.
        package init(id: String, kind: TrackedItem.Kind, text: String) {
            self.id = id
            self.kind = kind
            self.text = text
        }
    }

    /// The Dice overlap of content words above which two texts are the same item.
    package static let threshold = 0.6

    private let candidates: [Candidate]
    private let candidateWords: [Set<String>]

    /// Creates a matcher over the items already tracked for one authority.
    package init(candidates: [Candidate]) {
        self.candidates = candidates
        self.candidateWords = candidates.map { Self.contentWords($0.text) }
    }

    /// The stable id a new item gets: kind, authority and normalised text, hashed.
    package static func stableId(kind: TrackedItem.Kind, authority: String?, text: String) -> String {
        let key = [kind.rawValue, SpellingNormalizer.normalize(authority ?? ""), SpellingNormalizer.normalize(text)]
            .joined(separator: "\n")
        return (kind == .recommendation ? "R-" : "A-") + String(SHA256.hex(of: Array(key.utf8)).prefix(10))
    }

    /// Words that carry meaning: stop words dropped, the rest folded and stemmed.
    package static func contentWords(_ text: String) -> Set<String> {
        wordSets.value(for: text) { Set(StopWords.english.contentWords(in: $0).map(WordStem.of)) }
    }

    /// Word sets already worked out: every document loaded is matched against all the items
    /// its authority already has, whose texts are the same from one document to the next.
    private static let wordSets = BoundedCache<Set<String>>(limit: 50_000)

    /// The tracked id for each row (kind, text) of one document, in order: an exact id
    /// match first, then the most similar unclaimed candidate above the threshold, else a
    /// new stable id. No two rows of one document link to the same item.
    package func assign(_ rows: [(kind: TrackedItem.Kind, text: String)], authority: String?) -> [String] {
        var ids = rows.map { Self.stableId(kind: $0.kind, authority: authority, text: $0.text) }
        var claimed = Set<String>()
        var linked = [Bool](repeating: false, count: rows.count)
        let known = Set(candidates.map(\.id))
        for index in rows.indices where known.contains(ids[index]) && !claimed.contains(ids[index]) {
            claimed.insert(ids[index])
            linked[index] = true
        }
        var pairs: [(score: Double, row: Int, candidate: Int)] = []
        for index in rows.indices where !linked[index] {
            let words = Self.contentWords(rows[index].text)
            for (number, candidate) in candidates.enumerated() where candidate.kind == rows[index].kind && !claimed.contains(candidate.id) {
                let score = Similarity.dice(words, candidateWords[number])
                if score >= Self.threshold { pairs.append((score, index, number)) }
            }
        }
        pairs.sort { ($0.score, -$0.row, -$0.candidate) > ($1.score, -$1.row, -$1.candidate) }
        for pair in pairs where !linked[pair.row] && !claimed.contains(candidates[pair.candidate].id) {
            ids[pair.row] = candidates[pair.candidate].id
            claimed.insert(ids[pair.row])
            linked[pair.row] = true
        }
        var seen = Set<String>()
        for index in rows.indices {
            if !linked[index] {
                var id = ids[index]
                var suffix = 2
                while claimed.contains(id) || seen.contains(id) {
                    id = ids[index] + "-\(suffix)"
                    suffix += 1
                }
                ids[index] = id
            }
            seen.insert(ids[index])
        }
        return ids
    }
}
