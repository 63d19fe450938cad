/// How alike two texts are, 0 (nothing shared) to 1 (the same).
public enum Similarity {
    /// Dice similarity of two word sets: twice the shared words over the sum of the sizes.
    /// Two empty sets share nothing (0).
    public static func dice<Word: Hashable>(_ lhs: Set<Word>, _ rhs: Set<Word>) -> Double {
        guard !lhs.isEmpty, !rhs.isEmpty else { return 0 }
        return 2 * Double(lhs.intersection(rhs).count) / Double(lhs.count + rhs.count)
    }

    /// Dice similarity of two word sequences counted as multisets, so a word written twice
    /// on both sides counts twice. Two empty sequences are the same (1).
    public static func dice<Word: Hashable>(_ lhs: [Word], _ rhs: [Word]) -> Double {
        guard !lhs.isEmpty || !rhs.isEmpty else { return 1 }
        var counts: [Word: Int] = [:]
        for word in lhs { counts[word, default: 0] += 1 }
        var shared = 0
        for word in rhs {
            guard let count = counts[word], count > 0 else { continue }
            counts[word] = count - 1
            shared += 1
        }
        return Double(2 * shared) / Double(lhs.count + rhs.count)
    }

    /// Dice similarity of two texts' character bigrams (letters and digits, case-folded,
    /// other characters ignored), for comparing short values whose words may be run
    /// together or split ("Ann Lee" and "AnnLee"). Two texts without a bigram are the
    /// same only when equal after folding.
    public static func characters(_ lhs: String, _ rhs: String) -> Double {
        let left = bigrams(lhs)
        let right = bigrams(rhs)
        if left.isEmpty || right.isEmpty {
            return folded(lhs) == folded(rhs) ? 1 : 0
        }
        return dice(left, right)
    }

    private static func folded(_ text: String) -> [Character] {
        text.lowercased().filter { $0.isLetter || $0.isNumber }.map { $0 }
    }

    private static func bigrams(_ text: String) -> [String] {
        let characters = folded(text)
        guard characters.count >= 2 else { return [] }
        return (0..<(characters.count - 1)).map { String(characters[$0...$0 + 1]) }
    }
}
