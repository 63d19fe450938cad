/// A key that says what a cell's colour means by naming colours ("Progress key: the colour of
/// the Progress cell shows where each action stands – blue: complete; green: in progress and
/// on track; amber: at risk; grey: not yet started"). A shaded cell is read by the nearest
/// colour the key names, so the paper's own shade of blue or amber need not be known.
struct ColourKey: Hashable {
    /// Meanings by the colour they are given for (`blue`, `grey`, … as in `colourWords`).
    var meanings: [String: String]

    /// The hue of each chromatic colour a key may name, in degrees.
    static let hues: [String: Double] = ["red": 0, "amber": 38, "yellow": 58, "green": 120, "blue": 210, "purple": 285]
    /// How far (degrees) a cell's hue may lie from the colour it is read as.
    static let hueTolerance = 40.0

    /// The key a line states, or nil: three or more entries between semicolons, each a colour
    /// word followed by ":", "=" or a dash and its meaning.
    /// - Parameter words: Colour words (lowercased) and the colour each names.
    static func read(_ text: String, words: [String: String]) -> ColourKey? {
        // Most lines hold no two semicolons: their bytes answer before any split.
        var semicolons = 0
        for byte in text.utf8 where byte == UInt8(ascii: ";") { semicolons += 1 }
        guard semicolons >= 2 else { return nil }
        let entries = text.split(separator: ";")
        guard entries.count >= 3 else { return nil }
        var meanings: [String: String] = [:]
        for entry in entries {
            guard let (colour, meaning) = Self.entry(String(entry), words: words) else { return nil }
            if meanings[colour] == nil { meanings[colour] = meaning }
        }
        return meanings.count >= 3 ? ColourKey(meanings: meanings) : nil
    }

    /// The last colour word of an entry that a separator follows, and the words after it.
    private static func entry(_ text: String, words: [String: String]) -> (String, String)? {
        let lower = Array(text.lowercased())
        let original = Array(text)
        guard lower.count == original.count else { return nil }
        var found: (colour: String, meaningStart: Int)?
        var index = 0
        while index < lower.count {
            guard lower[index].isLetter, index == 0 || !lower[index - 1].isLetter else { index += 1; continue }
            var end = index
            while end < lower.count, lower[end].isLetter { end += 1 }
            if let colour = words[String(lower[index..<end])] {
                var after = end
                while after < lower.count, lower[after] == " " { after += 1 }
                if after < lower.count, ":=–—-".contains(lower[after]) {
                    found = (colour, after + 1)
                }
            }
            index = end
        }
        guard let found else { return nil }
        var meaning = String(original[found.meaningStart...]).trimmingCharacters()
        while let last = meaning.last, ".,".contains(last) { meaning.removeLast() }
        return meaning.isEmpty ? nil : (found.colour, meaning)
    }

    /// What the key says a cell shaded `hex` (`RRGGBB`) means: the meaning of the colour the
    /// shade is nearest to among those the key names, or nil when none is near.
    func meaning(ofShading hex: String) -> String? {
        guard let (hue, chromatic) = Self.hue(hex) else { return nil }
        guard chromatic else { return meanings["grey"] }
        var best: (meaning: String, distance: Double)?
        for (colour, meaning) in meanings.sorted(by: { $0.key < $1.key }) {
            guard let centre = Self.hues[colour] else { continue }
            let raw = abs(hue - centre).truncatingRemainder(dividingBy: 360)
            let distance = min(raw, 360 - raw)
            if distance <= Self.hueTolerance, distance < (best?.distance ?? .infinity) { best = (meaning, distance) }
        }
        return best?.meaning
    }

    /// A shade's hue in degrees and whether it has colour at all (grey has none); nil for a
    /// value that is no `RRGGBB` or is nearly black.
    static func hue(_ hex: String) -> (Double, Bool)? {
        guard hex.utf8.count == 6, let value = UInt32(hex, radix: 16) else { return nil }
        let red = Double((value >> 16) & 0xFF) / 255, green = Double((value >> 8) & 0xFF) / 255, blue = Double(value & 0xFF) / 255
        let high = max(red, green, blue), low = min(red, green, blue)
        guard high >= 0.2 else { return nil }
        let saturation = (high - low) / high
        guard saturation >= 0.12 else { return (0, false) }
        let span = high - low
        var hue: Double
        if high == red {
            hue = 60 * ((green - blue) / span)
        } else if high == green {
            hue = 60 * ((blue - red) / span + 2)
        } else {
            hue = 60 * ((red - green) / span + 4)
        }
        if hue < 0 { hue += 360 }
        return (hue, true)
    }
}
