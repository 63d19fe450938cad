/// True positives, false positives and false negatives of one field or item kind, with the
/// rates they give.
///
/// A value both sides give but that differs is a mismatch: it counts once as a false
/// positive and once as a false negative, and once (not twice) as a comparison for
/// `accuracy`.
public struct FieldCount: Codable, Hashable, Sendable {
    /// Values the output got right.
    public var truePositives: Int
    /// Values the output gave that the gold does not have (or has otherwise).
    public var falsePositives: Int
    /// Gold values the output missed (or gave otherwise).
    public var falseNegatives: Int
    /// Values both sides gave that differ (each is also one FP and one FN).
    public var mismatches: Int

    /// Creates a count.
    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0, mismatches: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
        self.mismatches = mismatches
    }

    /// True when nothing was counted.
    public var isEmpty: Bool { truePositives == 0 && falsePositives == 0 && falseNegatives == 0 }

    /// TP / (TP + FP); 1 when nothing was output.
    public var precision: Double {
        truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    /// TP / (TP + FN); 1 when the gold has nothing.
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
    /// The harmonic mean of precision and recall; 1 when both sides have nothing.
    public var f1: Double {
        let denominator = 2 * truePositives + falsePositives + falseNegatives
        return denominator == 0 ? 1 : Double(2 * truePositives) / Double(denominator)
    }
    /// Right values over values compared (TP + FP + FN, a mismatch counted once); 1 when
    /// nothing was compared.
    public var accuracy: Double {
        let compared = truePositives + falsePositives + falseNegatives - mismatches
        return compared == 0 ? 1 : Double(truePositives) / Double(compared)
    }

    /// The sum of two counts.
    public static func + (lhs: FieldCount, rhs: FieldCount) -> FieldCount {
        FieldCount(
            truePositives: lhs.truePositives + rhs.truePositives, falsePositives: lhs.falsePositives + rhs.falsePositives,
            falseNegatives: lhs.falseNegatives + rhs.falseNegatives, mismatches: lhs.mismatches + rhs.mismatches)
    }
}

/// Tagging accuracy: how often the output's first tag is one the gold lists.
public struct TaggingCount: Codable, Hashable, Sendable {
    /// Matched gold items whose first output tag is in the gold list (or both are empty).
    public var correct: Int
    /// Matched gold items that carry `tags`.
    public var total: Int
    /// Gold items with `tags` that no output item matched (not in `total`).
    public var unmatched: Int

    /// Creates a count.
    public init(correct: Int = 0, total: Int = 0, unmatched: Int = 0) {
        self.correct = correct
        self.total = total
        self.unmatched = unmatched
    }

    /// correct / total; 1 when there is nothing to score.
    public var accuracy: Double { total == 0 ? 1 : Double(correct) / Double(total) }

    /// The sum of two counts.
    public static func + (lhs: TaggingCount, rhs: TaggingCount) -> TaggingCount {
        TaggingCount(correct: lhs.correct + rhs.correct, total: lhs.total + rhs.total, unmatched: lhs.unmatched + rhs.unmatched)
    }
}

/// The character-level similarity of paired items: the sum over pairs, so rows add up.
public struct SimilarityTally: Codable, Hashable, Sendable {
    /// The sum of each pair's similarity (0…1).
    public var sum: Double
    /// The number of pairs.
    public var pairs: Int

    /// Creates a tally.
    public init(sum: Double = 0, pairs: Int = 0) {
        self.sum = sum
        self.pairs = pairs
    }

    /// The mean similarity, or nil when nothing was paired.
    public var mean: Double? { pairs == 0 ? nil : sum / Double(pairs) }

    /// The sum of two tallies.
    public static func + (lhs: SimilarityTally, rhs: SimilarityTally) -> SimilarityTally {
        SimilarityTally(sum: lhs.sum + rhs.sum, pairs: lhs.pairs + rhs.pairs)
    }
}
