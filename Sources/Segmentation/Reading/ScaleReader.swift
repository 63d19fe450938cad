package import PipelineCore

/// Reads ratings and statuses through a framework's scales: written forms ("B", "Amber",
/// "meets minimum standards", "Completed") and cell shading colours.
package struct ScaleReader: Sendable {
    private let ratingScales: [Scale]
    private let progressScales: [Scale]
    /// The keys (`TextTools.key`) of each rating scale entry's forms, scale by scale, made once.
    private let ratingFormKeys: [[Set<String>]]
    /// The keys of the forms of every rating scale entry that has colours.
    private let colourWordKeys: Set<String>
    /// Words that make a short label a rating label whatever scale its value is on ("Our
    /// rating", "Self-assessed grade"), as keys.
    private let ratingLabelWords: Set<String>
    /// A paper's own grade words and the levels its key gives them ("Developing" → amber),
    /// as keys.
    private var paperForms: [String: Rating.Level] = [:]

    /// Creates a reader over a framework's scales; `ratingLabelWords` (a rating column's
    /// header words) make a label a rating label whatever scale its value is on.
    package init(framework: Framework, ratingLabelWords: [String] = []) {
        self.ratingLabelWords = Set(ratingLabelWords.map(TextTools.key).filter { !$0.contains(" ") })
        ratingScales = framework.ratingScales
        progressScales = framework.progressScales
        ratingFormKeys = ratingScales.map { scale in scale.entries.map { Set($0.forms.map(TextTools.key)) } }
        colourWordKeys = Set(ratingScales.flatMap { scale in
            scale.entries.filter { !$0.colours.isEmpty }.flatMap { $0.forms.map(TextTools.key) }
        })
    }

    /// The rating a cell text states when the whole text is one form of a rating scale
    /// ("B", "Amber", "Good to best practice"); nil otherwise.
    package func rating(exactly text: String) -> Rating? {
        let key = TextTools.key(text)
        guard !key.isEmpty else { return nil }
        if let level = paperForms[key] { return Rating(raw: text.trimmingCharacters(), level: level) }
        for (scale, keys) in zip(ratingScales, ratingFormKeys) {
            for (entry, forms) in zip(scale.entries, keys) where forms.contains(key) {
                if let level = Rating.Level(rawValue: entry.value) {
                    return Rating(raw: text.trimmingCharacters(), level: level)
                }
            }
        }
        return nil
    }

    /// The reader with a paper's own grade words as forms of the levels its key gives them.
    package func adding(paperForms forms: [String: Rating.Level]) -> ScaleReader {
        var reader = self
        for (word, level) in forms { reader.paperForms[TextTools.key(word)] = level }
        return reader
    }

    /// The grade words a paper's key table defines by the framework's levels ("Established |
    /// This is how we work … | Green – good to best practice"): rows whose first cell is a
    /// short name of letters, not itself a form, and whose other cells state a level, two or
    /// more levels among them. Empty when the table is no such key.
    package func paperForms(in rows: [[String]]) -> [String: Rating.Level] {
        var forms: [String: Rating.Level] = [:]
        for cells in rows where cells.count >= 2 {
            let name = cells[0].trimmingCharacters()
            guard (1...30).contains(name.count), name.split(separator: " ").count <= 4,
                  name.contains(where: \.isLetter), !name.contains(where: \.isNumber), rating(exactly: name) == nil,
                  let level = cells.dropFirst().lazy.compactMap({ rating(written: $0) }).first?.level else { continue }
            forms[name] = level
        }
        if Set(forms.values).count >= 2 { return forms }
        return scoreForms(in: rows)
    }

    /// The scores a paper's key gives levels ("4 | Best practice … | Green", "1 | Needs
    /// significant improvement | Red"): three rows or more whose first cell is a whole score from
    /// 0 to 10 (other rows, a header or a note, are passed over), each score once, two levels or more, and the levels running one way as the
    /// scores rise (a key, not a register of numbered risks). Empty when the table is no such key.
    func scoreForms(in rows: [[String]]) -> [String: Rating.Level] {
        let rank: [Rating.Level: Int] = [.red: 0, .amber: 1, .green: 2]
        var scored: [(score: Int, level: Rating.Level)] = []
        for cells in rows {
            // A header or note row the table kept is no entry; a score with no level spoils the key.
            guard cells.count >= 2, let score = Int(cells[0].trimmingCharacters()) else { continue }
            guard (0...10).contains(score), let level = cells.dropFirst().lazy.compactMap({ rating(written: $0) }).first?.level
            else { return [:] }
            scored.append((score, level))
        }
        guard scored.count >= 3, Set(scored.map(\.score)).count == scored.count, Set(scored.map(\.level)).count >= 2 else { return [:] }
        let ordered = scored.sorted { $0.score < $1.score }
        let steps = zip(ordered, ordered.dropFirst()).map { rank[$1.level]! - rank[$0.level]! }
        guard steps.allSatisfy({ $0 >= 0 }) || steps.allSatisfy({ $0 <= 0 }) else { return [:] }
        return Dictionary(uniqueKeysWithValues: scored.map { (String($0.score), $0.level) })
    }

    /// The rating a cell or line states as a form with its meaning beside it ("Amber – meets
    /// minimum standards", "B (meets minimum standards)", "Green: good to best practice"):
    /// the whole text as one form, or its parts parted by a dash, colon or bracket, when every
    /// part that is a form gives the same level. Nil when no part is a form or parts disagree.
    package func rating(written text: String) -> Rating? {
        if let whole = rating(exactly: text) { return whole }
        let trimmed = text.trimmingCharacters()
        guard trimmed.count <= 80 else { return nil }
        var parts: [String] = [""]
        for character in trimmed {
            if "–—:()/".contains(character) || character == "-" && parts[parts.count - 1].last == " " {
                parts.append("")
            } else {
                parts[parts.count - 1].append(character)
            }
        }
        var rated = parts.map { $0.trimmingCharacters() }.filter { !$0.isEmpty }
        guard rated.count >= 2 else { return nil }
        // "2.3 (Amber)": a score, then the form it gives.
        if rating(exactly: rated[0]) == nil, Double(rated[0]) != nil { rated.removeFirst() }
        let found = rated.compactMap { rating(exactly: $0) }
        guard let first = found.first, found.allSatisfy({ $0.level == first.level }),
              found.count == rated.count || rating(exactly: rated[0]) != nil else { return nil }
        return Rating(raw: trimmed, level: first.level)
    }

    /// The rating a row of tick boxes chooses ("☐ Green – good to best practice ☒ Amber –
    /// meets minimum standards ☐ Red – …"): the option after the one ticked box, read as
    /// written; nil when no box, or more than one, is ticked.
    package func rating(ticked text: String) -> Rating? {
        let ticked: Set<Character> = ["☒", "☑", "✔", "✓", "■", "⊠", "✗", "✘"]
        let boxes = ticked.union(["☐", "□", "❑", "▢"])
        var options: [(checked: Bool, text: String)] = []
        for character in text {
            if boxes.contains(character) {
                options.append((ticked.contains(character), ""))
            } else if !options.isEmpty {
                options[options.count - 1].text.append(character)
            }
        }
        let chosen = options.filter(\.checked)
        guard options.count >= 2, chosen.count == 1 else { return nil }
        return rating(written: chosen[0].text.trimmingCharacters())
    }

    /// The rating a labelled statement gives ("RAG rating | Amber", "RAG rating A", "Feb 08
    /// grade: B"): the label names a rating scale by its id as one of its words, and the
    /// value is one form of that scale or the initial letter of exactly one of its forms.
    package func rating(label: String, value: String) -> Rating? {
        let words = Set(TextTools.key(label).split(separator: " ").map(String.init))
        let key = TextTools.key(value)
        guard !key.isEmpty, !words.isEmpty else { return nil }
        for scale in ratingScales where words.contains(TextTools.key(scale.id)) {
            if let entry = scale.entries.first(where: { $0.forms.contains { TextTools.key($0) == key } }),
               let level = Rating.Level(rawValue: entry.value) {
                return Rating(raw: value.trimmingCharacters(), level: level)
            }
            guard key.count == 1 else { continue }
            let initialled = scale.entries.filter { $0.forms.contains { TextTools.key($0).first.map(String.init) == key } }
            if initialled.count == 1, let level = Rating.Level(rawValue: initialled[0].value) {
                return Rating(raw: value.trimmingCharacters(), level: level)
            }
        }
        // "Our rating: Amber – meets minimum standards": a label naming no scale but saying it
        // rates takes a form of any scale, when no scale the label names read it.
        if !words.isDisjoint(with: ratingLabelWords), let rating = rating(written: value) { return rating }
        return nil
    }

    /// The rating a short line gives as a label and its last word ("RAG rating Amber").
    package func rating(statement text: String) -> Rating? {
        let trimmed = text.trimmingCharacters()
        // "Our rating: Amber – meets minimum standards": a label before a colon, then a form
        // with its meaning.
        if let colon = trimmed.firstIndex(of: ":"), trimmed.count <= 90 {
            let label = String(trimmed[..<colon])
            let value = String(trimmed[trimmed.index(after: colon)...])
            if label.split(separator: " ").count <= 6, let rating = rating(label: label, value: value) { return rating }
        }
        guard trimmed.count <= 40, let space = trimmed.lastIndex(where: { $0 == " " || $0 == ":" || $0 == "\t" }) else { return nil }
        let label = String(trimmed[..<space])
        let value = String(trimmed[trimmed.index(after: space)...])
        guard label.split(separator: " ").count <= 4 else { return nil }
        return rating(label: label, value: value)
    }

    /// The rating level a shading colour means, from the scales' colours.
    package func rating(colour: String) -> Rating.Level? {
        let colour = colour.uppercased()
        for scale in ratingScales {
            for entry in scale.entries where entry.colours.contains(where: { $0.uppercased() == colour }) {
                return Rating.Level(rawValue: entry.value)
            }
        }
        return nil
    }

    /// True when the text is a word of the colour scale ("Red", "Amber", "Green").
    package func isColourWord(_ text: String) -> Bool {
        colourWordKeys.contains(TextTools.key(text))
    }

    /// The status a progress note opens with ("Completed (…)" → completed), the form as
    /// written and the rest of the note; nil when it states none.
    package func status(in text: String) -> (status: Status, form: String, rest: String)? {
        let trimmed = text.trimmingCharacters()
        let lower = trimmed.lowercased()
        var best: (Status, String, String)?
        for scale in progressScales {
            for entry in scale.entries {
                guard let status = Status(rawValue: entry.value) else { continue }
                for form in entry.forms where lower.hasPrefix(form.lowercased()) {
                    let after = lower.dropFirst(form.count).first
                    guard after == nil || !(after!.isLetter) else { continue }
                    if best == nil || form.count > best!.1.count {
                        let written = String(trimmed.prefix(form.count))
                        let rest = String(trimmed.dropFirst(form.count))
                        best = (status, written, rest)
                    }
                }
            }
        }
        return best
    }

    /// The status a progress cell's shading means (progress RAG colours).
    package func status(colour: String) -> Status? {
        let colour = colour.uppercased()
        for scale in progressScales {
            for entry in scale.entries where entry.colours.contains(where: { $0.uppercased() == colour }) {
                return Status(rawValue: entry.value)
            }
        }
        return nil
    }
}
