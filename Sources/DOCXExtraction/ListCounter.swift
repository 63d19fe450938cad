import PipelineCore

/// Counts list paragraphs as Word does and renders each one's label: counters per list
/// instance and level, deeper levels restarting when a shallower one advances.
struct ListCounter {
    private let numbering: Numbering
    private var counters: [String: [Int: Int]] = [:]

    /// Creates a counter over a document's list definitions.
    init(numbering: Numbering) {
        self.numbering = numbering
    }

    /// Advances the counter for a paragraph in `reference` and returns its label ("1.",
    /// "a)", "(iv)", "•"), or nil when the list is unknown or shows no label.
    mutating func next(_ reference: ListReference) -> String? {
        let ilvl = min(max(reference.level, 0), 8)
        guard let definition = numbering.level(ilvl, of: reference.numId) else { return nil }
        var values = counters[reference.numId] ?? [:]
        if let current = values[ilvl] {
            values[ilvl] = current + 1
        } else {
            values[ilvl] = numbering.start(ilvl, of: reference.numId) ?? definition.start
        }
        for deeper in values.keys where deeper > ilvl { values[deeper] = nil }
        counters[reference.numId] = values

        switch definition.format {
        case "bullet": return "•"
        case "none": return nil
        default: break
        }
        var label = ""
        var characters = definition.text.unicodeScalars.makeIterator()
        var pending = characters.next()
        while let scalar = pending {
            pending = characters.next()
            if scalar == "%", let digit = pending, let place = Int(String(digit)), (1...9).contains(place) {
                pending = characters.next()
                let levelIndex = place - 1
                let levelDefinition = numbering.level(levelIndex, of: reference.numId)
                let value = values[levelIndex] ?? numbering.start(levelIndex, of: reference.numId) ?? 0
                let format = definition.isLegal && levelIndex < ilvl ? "decimal" : (levelDefinition?.format ?? "decimal")
                label += ListLabelFormatter.format(value, as: format)
            } else {
                label.unicodeScalars.append(scalar)
            }
        }
        let cleaned = TextNormalizer.collapseWhitespace(TextNormalizer.clean(label))
        return cleaned.isEmpty ? nil : cleaned
    }
}
