package import PipelineCore

/// Reads recommendations set each under a heading of its own ("Recommendation 3"), their
/// words in the paragraphs below it and, in a response, the answer in prose after them
/// ("Recommendation 3 is accepted in part. …", "Recommendations 4 and 5 are accepted.").
package struct HeadedRecommendationReader {
    let book: PhraseBook

    package init(book: PhraseBook) {
        self.book = book
    }

    /// One recommendation under its heading while reading.
    struct Open {
        var number: String
        var text: [String] = []
        var answers: [[String]] = []
        var location: SourceLocation
    }

    /// The recommendations, or none when fewer than two headings name one.
    package func read(_ lines: [PaperLine]) -> [Recommendation] {
        var found: [Open] = []
        for line in lines where !line.inTable {
            if line.isHeading, let match = line.text.wholeMatch(of: Self.heading) {
                found.append(Open(number: String(match.output.1), location: line.location))
                continue
            }
            guard !found.isEmpty else { continue }
            if line.isHeading {
                // Any other heading closes the last recommendation's part.
                if !found[found.count - 1].text.isEmpty { break }
                continue
            }
            let index = found.count - 1
            if found[index].answers.isEmpty, !answers(line.text) {
                found[index].text.append(line.text)
            } else if answers(line.text) {
                found[index].answers.append([line.text])
            } else {
                found[index].answers[found[index].answers.count - 1].append(line.text)
            }
        }
        guard found.count >= 2 else { return [] }
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
            items.append(Recommendation(
                id: "", number: open.number, theme: nil, text: text, verb: book.verb(of: text), addressee: book.actingBody(of: text),
                response: response,
                // "Recommendation 3 is accepted in part, …": the answer's opening sentence, however long.
                responseDecision: response.flatMap { book.responseDecision(statement: $0, maxWords: 24) },
                location: open.location, confidence: Confidence.certain.lowered(by: 0.1, because: "recommendation told by its heading")))
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
