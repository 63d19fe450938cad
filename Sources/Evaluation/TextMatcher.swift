import TextAnalysis
/// Compares item texts: pairs gold items with output items by word overlap, then says
/// whether a pair's texts are the same and how close their characters are.
///
/// Normalising case-folds, drops punctuation and quote marks (curly or straight) and
/// collapses whitespace, so "The NGO’s group, meets" and "the NGO's group meets" are the
/// same text; any other difference — a word missing, added or changed — is not.
public struct TextMatcher: Sendable {
    /// The lowest word overlap (Dice over token multisets, 0…1) at which two items pair.
    public var threshold: Double

    /// Creates a matcher.
    public init(threshold: Double = 0.5) {
        self.threshold = threshold
    }

    /// The words of a text, case-folded, without punctuation, as `TextAnalysis.Tokenizer`
    /// splits them for segmentation, tagging and search.
    public static func tokens(_ text: String) -> [String] {
        Tokenizer.lowercaseWords(in: text)
    }

    /// The text as compared: its words, case-folded, joined by single spaces.
    public static func normalised(_ text: String) -> String {
        tokens(text).joined(separator: " ")
    }

    /// A name as compared: case-folded, whitespace collapsed, curly quotes made straight;
    /// punctuation kept ("24/00096", "Westshire County Council").
    public static func normalisedName(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for ch in text.lowercased() {
            if ch.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            switch ch {
            case "’", "‘", "ʼ": out.append("'")
            case "“", "”": out.append("\"")
            case "–", "—": out.append("-")
            default: out.append(ch)
            }
        }
        return out
    }

    /// The Dice overlap of two texts' token multisets (0…1).
    public static func similarity(_ a: String, _ b: String) -> Double {
        similarity(tokens(a), tokens(b))
    }

    static func similarity(_ a: [String], _ b: [String]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        var counts: [String: Int] = [:]
        for token in a { counts[token, default: 0] += 1 }
        var shared = 0
        for token in b {
            if let count = counts[token], count > 0 {
                counts[token] = count - 1
                shared += 1
            }
        }
        return Double(2 * shared) / Double(a.count + b.count)
    }

    /// 1 − the Levenshtein distance of the two normalised texts over the longer one's
    /// length, in characters (0…1; 1 for equal texts).
    public static func characterSimilarity(_ a: String, _ b: String) -> Double {
        let x = Array(normalised(a).unicodeScalars.map(\.value))
        let y = Array(normalised(b).unicodeScalars.map(\.value))
        let longest = max(x.count, y.count)
        guard longest > 0 else { return 1 }
        return 1 - Double(levenshtein(x, y)) / Double(longest)
    }

    static func levenshtein(_ x: [UInt32], _ y: [UInt32]) -> Int {
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// Pairs gold items with output items one-to-one, greedily from the highest word
    /// overlap down; among equal overlaps a pair whose numbers agree goes first, then the
    /// earlier items. Items whose overlap stays under the threshold stay unpaired.
    /// - Parameters:
    ///   - gold: The gold items' texts.
    ///   - output: The output items' texts.
    ///   - goldNumbers: The gold items' numbers or labels (nil where none), parallel to `gold`.
    ///   - outputNumbers: The output items' numbers, parallel to `output`.
    /// - Returns: (gold index, output index) pairs in the order they were made.
    public func match(
        gold: [String], output: [String], goldNumbers: [String?]? = nil, outputNumbers: [String?]? = nil
    ) -> [(gold: Int, output: Int)] {
        let goldTokens = gold.map(Self.tokens)
        let outputTokens = output.map(Self.tokens)
        func number(_ list: [String?]?, _ index: Int) -> String? {
            guard let list, index < list.count, let value = list[index] else { return nil }
            return Self.normalisedName(value)
        }
        var candidates: [(score: Double, sameNumber: Int, gold: Int, output: Int)] = []
        for (g, gt) in goldTokens.enumerated() {
            for (o, ot) in outputTokens.enumerated() {
                let score = Self.similarity(gt, ot)
                guard score >= threshold else { continue }
                let same = number(goldNumbers, g).map { $0 == number(outputNumbers, o) } ?? false
                candidates.append((score, same ? 1 : 0, g, o))
            }
        }
        candidates.sort {
            if $0.score != $1.score { return $0.score > $1.score }
            if $0.sameNumber != $1.sameNumber { return $0.sameNumber > $1.sameNumber }
            return ($0.gold, $0.output) < ($1.gold, $1.output)
        }
        var usedGold = Set<Int>()
        var usedOutput = Set<Int>()
        var pairs: [(gold: Int, output: Int)] = []
        for candidate in candidates where !usedGold.contains(candidate.gold) && !usedOutput.contains(candidate.output) {
            usedGold.insert(candidate.gold)
            usedOutput.insert(candidate.output)
            pairs.append((candidate.gold, candidate.output))
        }
        return pairs
    }
}
