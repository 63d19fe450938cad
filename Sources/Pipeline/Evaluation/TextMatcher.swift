import TextAnalysis

/// Matches gold items to output items by their text: case-folded, punctuation and quote
/// style ignored, scored by token overlap (Dice over token multisets), paired one-to-one
/// greedily from the best score down.
public struct TextMatcher: Sendable {
    /// The lowest overlap (0…1) that counts as the same item.
    public var threshold: Double

    /// Creates a matcher.
    public init(threshold: Double = 0.5) {
        self.threshold = threshold
    }

    /// The words of a text, case-folded, as `TextAnalysis.Tokenizer` splits them.
    public static func tokens(_ text: String) -> [String] {
        Tokenizer.lowercaseWords(in: text)
    }

    /// The Dice overlap of two texts' token multisets (0…1).
    public static func similarity(_ a: String, _ b: String) -> Double {
        Similarity.dice(tokens(a), tokens(b))
    }

    /// Pairs gold texts with output texts.
    /// - Returns: (gold index, output index) pairs, one-to-one, best overlap first.
    public func match(gold: [String], output: [String]) -> [(gold: Int, output: Int)] {
        let goldTokens = gold.map(Self.tokens)
        let outputTokens = output.map(Self.tokens)
        var candidates: [(score: Double, gold: Int, output: Int)] = []
        for (g, gt) in goldTokens.enumerated() {
            for (o, ot) in outputTokens.enumerated() {
                let score = Similarity.dice(gt, ot)
                if score >= threshold { candidates.append((score, g, o)) }
            }
        }
        candidates.sort { ($1.score, $0.gold, $0.output) < ($0.score, $1.gold, $1.output) }
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
