/// True positives, false positives and false negatives of one field, with the rates they give.
public struct FieldCount: Codable, Hashable, Sendable {
    /// Values the output got right.
    public var truePositives: Int
    /// Values the output gave that the gold does not have.
    public var falsePositives: Int
    /// Gold values the output missed.
    public var falseNegatives: Int

    /// Creates a count.
    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// TP / (TP + FP); 1 when nothing was output.
    public var precision: Double {
        truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    /// TP / (TP + FN); 1 when the gold has nothing.
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
    /// The harmonic mean of precision and recall.
    public var f1: Double {
        let denominator = 2 * truePositives + falsePositives + falseNegatives
        return denominator == 0 ? 1 : Double(2 * truePositives) / Double(denominator)
    }

    /// The sum of two counts.
    public static func + (lhs: FieldCount, rhs: FieldCount) -> FieldCount {
        FieldCount(
            truePositives: lhs.truePositives + rhs.truePositives, falsePositives: lhs.falsePositives + rhs.falsePositives,
            falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
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
