package import PipelineCore

/// Decides what a document is — kind, authority, date, title — from its own title lines,
/// first page and file properties; nil where the document does not say.
package enum DocumentClassifier {
    /// Title phrases and the kind they signal, checked in order.
    static let kindPhrases: [(phrase: String, kind: DocumentKind)] = [
        ("action plan progress", .actionPlan),
        ("progress report", .actionPlan),
        ("scrutiny panel", .scrutinyReport),
        ("scrutiny review", .scrutinyReport),
        ("self evaluation", .selfEvaluation),
        ("questionnaire", .surveyReport),
        ("survey", .surveyReport),
        ("final report", .programmeReport),
        ("programme report", .programmeReport),
        ("action plan", .actionPlan),
    ]

    /// What the classifier decided.
    package struct Verdict {
        /// What the document is.
        package var kind: DocumentKind
        /// The council it is about, or nil.
        package var authority: String?
        /// Its own date, or nil.
        package var date: String?
        /// Its title, or nil.
        package var title: String?
    }

    /// Classifies a document from its view and properties.
    package static func classify(_ document: Document, entries: [Entry]) -> Verdict {
        let lines = FindingsReader.lines(entries)
        let titleLines = Array(lines.prefix(8).filter { $0.text.count <= 110 }.prefix(6))
        let title = document.metadata.title.flatMap { $0.isEmpty ? nil : $0 }
            ?? titleLines.first(where: { $0.kind == .heading })?.text ?? titleLines.first?.text
        let titleText = ([document.metadata.title ?? ""] + titleLines.map(\.text)).joined(separator: " ")
        // The first title line that names a kind decides it ("… Final Report" before a later "Self Evaluation").
        var kind = DocumentKind.other
        search: for candidateLine in [document.metadata.title ?? ""] + titleLines.map(\.text) {
            let key = TextTools.key(candidateLine.replacingAll("-", with: " "))
            for (phrase, candidate) in kindPhrases where key.contains(phrase) {
                kind = candidate
                break search
            }
        }
        if kind == .other || kind == .programmeReport,
           lines.contains(where: { $0.text.count < 80 && TextTools.key($0.text).contains("responses to questionnaire") }) {
            kind = .surveyReport
        }
        if kind == .other, lines.contains(where: { TextTools.key($0.text) == "questions" }) {
            kind = .selfEvaluation
        }
        let authority = authority(titleText: titleText, author: document.metadata.author, lines: lines, kind: kind)
        let date = titleLines.lazy.compactMap { DueDateParser.firstDate($0.text) }.first
        return Verdict(kind: kind, authority: authority, date: date, title: title.map(TextTools.collapse))
    }

    /// The authority a document is about: a possessive before the title ("Thurrock’s Self
    /// Evaluation"), "London Borough of X" / "X Council" in the title or author, or — for
    /// documents about one council — the council it names most, well ahead of any other.
    static func authority(titleText: String, author: String?, lines: [TextLine], kind: DocumentKind) -> String? {
        if let match = titleText.firstMatch(of: /([A-Z][A-Za-z]+(?: (?:and|&) [A-Z][A-Za-z]+)?)[’']s\s+(?:Self|Children|Action|Scrutiny)/) {
            return String(match.output.1)
        }
        for source in [titleText, author ?? ""] {
            if let name = councilName(in: source) { return name }
        }
        guard kind == .selfEvaluation || kind == .scrutinyReport || kind == .actionPlan else { return nil }
        let body = lines.map(\.text).joined(separator: "\n").replacingAll(" & ", with: " and ")
        var counts: [String: Int] = [:]
        for line in lines {
            for name in councilNames(in: line.text.replacingAll(" & ", with: " and ")) where counts[name] == nil {
                counts[name] = TextTools.occurrences(of: name, in: body, upTo: .max)
            }
        }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let best = ranked.first, best.value >= 3 else { return nil }
        if ranked.count > 1, Double(best.value) < 1.3 * Double(ranked[1].value) { return nil }
        return best.key
    }

    static func councilName(in text: String) -> String? {
        councilNames(in: text).first
    }

    /// Council names a text states: "London Borough of X", "LB X", "X Borough Council", "X County Council".
    static func councilNames(in text: String) -> [String] {
        var names: [String] = []
        for match in text.matches(of: /(?:London Borough of|London Borough|LB) ([A-Z][A-Za-z]+(?: (?:and|upon) [A-Z][A-Za-z]+| [A-Z][A-Za-z]+)?)/) {
            names.append(String(match.output.1))
        }
        for match in text.matches(of: /([A-Z][A-Za-z]+(?: (?:and|upon) [A-Z][A-Za-z]+)?) (?:Borough|County|City|District) Council/) {
            names.append(String(match.output.1))
        }
        return names
    }
}
