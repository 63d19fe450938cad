package import PipelineCore

/// Reads recommendations set each under a heading of its own ("Recommendation 3"), their
/// words in the paragraphs below it and, in a response, the answer in prose after them
/// ("Recommendation 3 is accepted in part. …", "Recommendations 4 and 5 are accepted."), or
/// in labelled lines under its words whose labels name a table column's role ("Position:
/// Accepted", "Response: …", "Lead: …", "By when: …"), read as a row of such a table would be.
package struct HeadedRecommendationReader {
    let book: PhraseBook
    /// Reads labelled lines' fields as the cells of an item table's row.
    let tableReader: ItemTableReader?

    package init(book: PhraseBook, tableReader: ItemTableReader? = nil) {
        self.book = book
        self.tableReader = tableReader
    }

    /// One recommendation under its heading while reading.
    struct Open {
        var number: String
        var text: [String] = []
        var answers: [[String]] = []
        /// The labelled lines' values by the role their labels name, lines as written.
        var fields: [String: [String]] = [:]
        var lastField: String?
        /// The heading over it that themes it ("Health and safeguarding"), if any.
        var theme: String?
        var location: SourceLocation
    }

    /// The roles a labelled line under a recommendation may state.
    static let fieldRoles: Set<String> = ["response", "responseDecision", "owner", "due", "revisedDue", "status", "progress", "rag"]

    /// The role and value of a line "Label: value" whose label (up to four words) names one of
    /// `fieldRoles`, or nil.
    func field(_ text: String) -> (role: String, value: String)? {
        guard tableReader != nil else { return nil }
        return book.labelledField(text, roles: Self.fieldRoles, maxLabelWords: 4)
    }

    /// The fields of a line that holds two or more ("Lead officer: Head of Property and Assets
    /// Timescale: March 2027"): each later label (up to four words before a colon, opening with a
    /// capital and naming a field's role) closes the value before it. The line's one field where it holds one; nil
    /// when it is none.
    func fields(_ text: String) -> [(role: String, value: String)]? {
        guard var first = field(text) else { return nil }
        var found: [(role: String, value: String)] = []
        while let colon = first.value.firstIndex(of: ":") {
            let before = first.value[..<colon].split(separator: " ")
            var split: (value: String, label: String)?
            for count in stride(from: min(4, before.count - 1), through: 1, by: -1) {
                let label = before.suffix(count).joined(separator: " ")
                // A label set in the line starts a field with a capital ("… Assets Timescale:"),
                // not a word of the value's sentence ("… will be reported to: Cabinet").
                guard label.first?.isUppercase == true else { continue }
                if let role = book.exactColumnRole(label), Self.fieldRoles.contains(role) {
                    split = (before.dropLast(count).joined(separator: " "), label)
                    break
                }
            }
            guard let split, let next = field(split.label + first.value[colon...]) else { break }
            found.append((first.role, split.value))
            first = next
        }
        return found + [first]
    }

    /// True when a field's line stops short of its end: a closing "/", ",", ";", "&" or "and".
    static func isUnfinished(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters()
        return trimmed.hasSuffix("/") || trimmed.hasSuffix(",") || trimmed.hasSuffix(";") || trimmed.hasSuffix("&")
            || trimmed.hasSuffix(" and")
    }

    /// The recommendations, or none when fewer than two headings name one.
    package func read(_ lines: [PaperLine]) -> [Recommendation] {
        var found: [Open] = []
        // The heading just read with no words under it yet: a theme when a recommendation's
        // heading follows it ("Health and safeguarding" ⏎ "Recommendation 7"), else nothing.
        var pendingTheme: String?
        // The theme of the recommendations since the last theme heading.
        var theme: String?
        // Set once another heading closes the last recommendation's part.
        var closed = false
        for line in lines where !line.inTable {
            if line.isHeading, let match = line.text.wholeMatch(of: Self.heading) {
                // A number again or lower starts another telling of the list (an annex
                // restating them): the list read so far is the list.
                if let last = found.last, let number = Int(match.output.1.prefix { $0.isNumber }),
                   let before = Int(last.number.prefix { $0.isNumber }), number <= before {
                    break
                }
                if let pendingTheme { theme = pendingTheme }
                found.append(Open(number: String(match.output.1), theme: theme, location: line.location))
                pendingTheme = nil
                closed = false
                continue
            }
            if line.isHeading {
                let text = TextTools.collapse(line.number == nil ? line.text : line.body).trimming(":")
                pendingTheme = book.isSection("recommendations", heading: text) ? nil : text
                // Any other heading closes the last recommendation's part.
                if let last = found.last, !last.text.isEmpty { closed = true }
                continue
            }
            // Words under a heading that heads no recommendation: the recommendations ended.
            pendingTheme = nil
            if closed { break }
            guard !found.isEmpty else { continue }
            let index = found.count - 1
            // "Lead: Medical Director, … /" ⏎ "Chief Medical Officer, ICB": fields once the words began.
            if !found[index].text.isEmpty, let fields = fields(line.text) {
                for (role, value) in fields {
                    found[index].fields[role, default: []].append(value)
                    found[index].lastField = role
                }
                continue
            }
            // A field runs on to the next line only while it is unfinished ("… Ambulance Service /"
            // ⏎ "Chief Medical Officer, ICB") or the line carries its sentence on in lower case;
            // a letter's close after the last field is none of its words.
            if !found[index].fields.isEmpty {
                if let role = found[index].lastField, let last = found[index].fields[role]?.last,
                   Self.isUnfinished(last) || line.opensLowercase {
                    found[index].fields[role, default: []].append(line.text)
                } else {
                    found[index].lastField = nil
                }
                continue
            }
            if found[index].answers.isEmpty, !answers(line.text) {
                found[index].text.append(line.text)
            } else if answers(line.text) {
                found[index].answers.append([line.text])
            } else {
                found[index].answers[found[index].answers.count - 1].append(line.text)
            }
        }
        guard found.count >= 2 else { return [] }
        // Themes only where headings set the recommendations in two groups or more.
        let themed = Set(found.compactMap(\.theme)).count >= 2
        var items: [Recommendation] = []
        for (index, open) in found.enumerated() where !open.text.isEmpty {
            let text = TextTools.collapse(open.text.joined(separator: " "))
            // After the last heading only the answering paragraph is the response: the letter's
            // close follows it.
            var answer = index == found.count - 1 ? open.answers.first.map { [$0[0]] } : open.answers.first
            // "Recommendations 4 and 5 are accepted.", printed after the later of the two.
            if answer == nil, let shared = found.dropFirst(index + 1).lazy.compactMap({ $0.answers.first }).first,
               Self.numbers(in: shared[0]).contains(open.number) {
                answer = shared
            }
            let response = answer.map { TextTools.collapse($0.joined(separator: " ")) }
            var item = Recommendation(
                id: "", number: open.number, theme: themed ? open.theme : nil, text: text, verb: book.verb(of: text), addressee: book.actingBody(of: text),
                response: response,
                // "Recommendation 3 is accepted in part, …": the answer's opening sentence, however long.
                responseDecision: response.flatMap { book.responseDecision(statement: $0, maxWords: 24) },
                location: open.location, confidence: Confidence.certain.lowered(by: 0.1, because: "recommendation told by its heading"))
            if let tableReader, !open.fields.isEmpty {
                let found = tableReader.fields { role in
                    open.fields[role].map { lines in
                        RowCell(lines: [], text: TextTools.collapse(lines.joined(separator: " ")), multiline: lines.joined(separator: "\n"),
                                shading: nil, location: open.location)
                    }
                }
                item.owners = found.owners
                item.due = found.due
                item.timeframe = found.timeframe
                item.status = found.status
                item.progress = found.progress
                item.response = found.response ?? item.response
                item.responseDecision = found.responseDecision ?? item.responseDecision
                item.planLocation = open.location
            }
            items.append(item)
        }
        return items
    }

    /// True when a paragraph answers a recommendation: it names one ("… accept
    /// recommendation 2.") or opens with a response sentence.
    func answers(_ text: String) -> Bool {
        !Self.numbers(in: text).isEmpty || book.responseDecision(statement: text) != nil
    }

    /// The numbers a sentence names after "recommendation(s)": "Recommendations 4 and 5" → 4, 5.
    static func numbers(in text: String) -> [String] {
        guard let match = text.firstMatch(of: /[Rr]ecommendations?\s+([0-9]+(?:(?:,\s*|\s+and\s+|\s*&\s*)[0-9]+)*)/) else { return [] }
        return match.output.1.split(whereSeparator: { !$0.isNumber }).map(String.init)
    }

    /// A heading that is a recommendation's name and number alone: "Recommendation 3".
    nonisolated(unsafe) static let heading = /(?:Recommendation|Rec\.?)\s+([0-9]{1,2}[a-z]?)[.:]?/
}
