/// Decides which lines are headings from font size and weight, and ranks heading styles
/// into levels (largest = 1).
struct HeadingClassifier {
    /// A heading style: size to half a point and weight.
    struct Key: Hashable, Comparable {
        var size: Double
        var bold: Bool

        static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.size, lhs.bold ? 1 : 0) > (rhs.size, rhs.bold ? 1 : 0)
        }
    }

    /// The body text size: the size carrying most characters.
    var bodySize: Double
    /// Level of each heading style.
    private(set) var levels: [Key: Int] = [:]

    /// Learns the body size and the heading styles from every body line of the document.
    init(lines: [TextLine]) {
        var weights: [Double: Int] = [:]
        for line in lines { weights[Self.round(line.size), default: 0] += line.text.count }
        bodySize = weights.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 0
        var keys = Set<Key>()
        for line in lines {
            if let key = key(for: line) { keys.insert(key) }
        }
        for (rank, key) in keys.sorted().enumerated() { levels[key] = rank + 1 }
    }

    /// The heading style of a line, or nil when it reads as body text.
    func key(for line: TextLine) -> Key? {
        let text = line.text
        guard text.count <= 160, text.contains(where: \.isLetter) else { return nil }
        let words = text.split(separator: " ").count
        guard words <= 20 else { return nil }
        if let last = text.last, ",;".contains(last) { return nil }
        let size = Self.round(line.size)
        let larger = size >= bodySize + 1
        let boldAtBody = line.bold && size >= bodySize - 0.5
        guard larger || boldAtBody else { return nil }
        if !larger, let last = text.last, last == "." && words > 8 { return nil }
        return Key(size: size, bold: line.bold)
    }

    /// The level of a heading style (1 = top).
    func level(of key: Key) -> Int { levels[key] ?? levels.count + 1 }

    private static func round(_ size: Double) -> Double { (size * 2).rounded() / 2 }
}
