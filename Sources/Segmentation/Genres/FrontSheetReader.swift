package import PipelineCore

/// Reads a committee paper's front sheet: the labelled fields on its first page, whether
/// as a table (`From: | …`, `To: | Cabinet – 30 January 2025`) or as lines
/// (`Subject: …`, `Decision No: 24/00109`).
package struct FrontSheetReader {
    /// The fields found, by vocabulary field name, each with its value and place.
    package struct FrontSheet: Sendable {
        /// Field values as printed, first occurrence kept.
        package var fields: [String: String] = [:]
        /// Where each field's value is.
        package var locations: [String: SourceLocation] = [:]
        /// Single words (as keys) of which a name the paper goes to holds one: the words of the
        /// vocabulary's `bodyWords` ("committee", "cabinet") and of its posts' `roleWords`
        /// ("leader", "member", for a decision taken by one person).
        package var meetingWords: Set<String> = []

        /// How many fields that mark a committee paper were found.
        package var markerCount: Int {
            ["from", "to", "subject", "decisionNumber", "classification", "keyDecision", "electoralDivision", "pathway"]
                .filter { fields[$0] != nil }.count
        }

        /// The title the subject field gives, or nil.
        package var title: String? { fields["subject"].flatMap { $0.isEmpty ? nil : $0 } }

        /// The body the paper goes to ("Cabinet" from "Cabinet – 30 January 2025"), or nil.
        package var meeting: String? {
            guard let to = fields["to"] else { return nil }
            // "Sue Chandler, Cabinet Member for …" names a person, not a meeting.
            if DueDateParser.firstDate(to) == nil, to.contains(",") { return nil }
            var cut = to.split(whereSeparator: { "–—-,".contains($0) }).first.map(String.init) ?? to
            // "ICB Board (meeting held in public)": a note in brackets after the name is no part of it.
            if let split = TextTools.closingAside(cut), !split.before.isEmpty { cut = split.before }
            let name = TextTools.collapse(cut)
            guard !name.isEmpty, DueDateParser.firstDate(name) == nil, name.count <= 80 else { return nil }
            // "To: A Trading Ltd (applicant)" on a notice names whom it is sent to, not a meeting:
            // a meeting's name holds a body's word ("Cabinet", "… Committee") or a post's.
            if !meetingWords.isEmpty, !TextTools.key(name).split(separator: " ").contains(where: { meetingWords.contains(String($0)) }) {
                return nil
            }
            return name
        }

        /// The meeting or decision date the fields state, ISO, or nil.
        package var meetingDate: String? {
            for field in ["to", "date"] {
                if let value = fields[field], let date = DueDateParser.firstDate(value) { return date }
            }
            return nil
        }

        /// The date the paper says it was issued or updated ("Date published: …"), ISO, or nil.
        package var publishedDate: String? { fields["published"].flatMap(DueDateParser.firstDate) }

        /// The decision reference ("24/00109"), or nil when the field is absent or says none;
        /// failing one, the forward plan reference a key-decision field gives ("Yes – Forward
        /// Plan reference KCC/KD/2026/007").
        package var decisionNumber: String? { statedDecisionNumber ?? fields["keyDecisionReference"] }

        /// The decision reference a field of its own states: what a record's decisions are
        /// numbered by (a forward plan's reference numbers the paper, not the decisions taken).
        package var statedDecisionNumber: String? {
            // A sentence after "DECISION:" in minutes is a decision, not a field holding its number.
            guard let value = fields["decisionNumber"], value.count <= 80,
                  let match = value.firstMatch(of: Pattern.decisionReference) else { return nil }
            return String(match.output)
        }
    }

    let book: PhraseBook

    /// The fields a heading of their label alone may give, from the paragraph under it.
    static let headedFields: Set<String> = ["subject", "decisionMaker", "to", "from"]

    /// Creates a reader over a phrase book.
    package init(book: PhraseBook) {
        self.book = book
    }

    /// Reads the fields of the first page (or, without pages, the first 60 entries).
    package func read(_ entries: [Entry]) -> FrontSheet {
        var sheet = FrontSheet()
        sheet.meetingWords = Set((book.vocabulary.bodyWords + (book.vocabulary.ownerCells["roleWords"] ?? []))
            .flatMap { TextTools.key($0).split(separator: " ").map(String.init) }.filter { $0.count > 3 })
        func record(_ field: String, _ value: String, _ location: SourceLocation) {
            // The first value of a field stands, except that a dated value of when the paper was
            // issued replaces an undated one ("Version | 1.2" before "Date published | …").
            if let stated = sheet.fields[field] {
                guard field == "published", DueDateParser.firstDate(stated) == nil, DueDateParser.firstDate(value) != nil else { return }
            }
            sheet.fields[field] = value
            sheet.locations[field] = location
        }
        for (index, entry) in entries.enumerated() {
            switch entry {
            case .line(let line):
                if let page = line.location.page, page > 1 { return sheet }
                if line.location.page == nil, index >= 60 { return sheet }
                if sheet.fields["decisionNumber"] == nil, book.frontSheetLine(line.text)?.field != "decisionNumber",
                   let reference = book.referenceInLine(line.text) {
                    record("decisionNumber", reference, line.location)
                }
                if let (field, value) = book.frontSheetLine(line.text) {
                    record(field, value, line.location)
                } else if line.isHeadingLike, let field = book.frontSheetField(label: line.body),
                          Self.headedFields.contains(field), index + 1 < entries.count,
                          case .line(let next) = entries[index + 1], !next.isHeadingLike, next.kind != .heading,
                          next.text.count <= 200, book.frontSheetLine(next.text) == nil {
                    // A notice set out as numbered headings, each over its value ("1. Decision
                    // maker" ⏎ "Councillor J.W., Portfolio Holder for …", "2. Subject" ⏎ …).
                    record(field, next.text, next.location)
                }
            case .row(let row):
                let cells = row.cells
                if let page = cells.first?.location.page, page > 1 { return sheet }
                if cells.first?.location.page == nil, index >= 60 { return sheet }
                // A label without its colon counts where a form's labels stand: in the first
                // cell, or every other cell of a row that opens with one or whose label cells are
                // shaded alike ("Meeting | … | Date | …", "Version | 2.1 | Date | …");
                // a word such as "Committee" in the middle of a table's row is a value.
                // A reference inside a value ("Key decision: | Yes – Forward Plan ref. EX/2026/011").
                if sheet.fields["decisionNumber"] == nil,
                   let (cell, reference) = cells.dropFirst().lazy.compactMap({ cell in book.referenceInLine(cell.text).map { (cell, $0) } }).first {
                    record("decisionNumber", reference, cell.location)
                }
                // Beside a "Key decision" label the forward plan's reference may follow its label
                // bare ("Yes – Forward Plan reference KCC/KD/2026/007").
                if cells.first.flatMap({ book.frontSheetField(label: $0.text) }) == "keyDecision",
                   let (cell, reference) = cells.dropFirst().lazy.compactMap({ cell in
                       book.referenceInLine(cell.text, bare: true).map { (cell, $0) }
                   }).first {
                    record("keyDecisionReference", reference, cell.location)
                }
                var cellIndex = 0
                while cellIndex < cells.count {
                    let cell = cells[cellIndex]
                    // A cell of "Label: value" lines, one a paragraph ("Our reference: LIC/2026/01"
                    // ⏎ "Date of this notice: 3 March 2026"): each line is a field.
                    if cell.lines.count > 1 {
                        let fields = cell.lines.compactMap { line in
                            book.frontSheetLine(line.text).flatMap { $0.value.isEmpty ? nil : ($0.field, $0.value, line.location) }
                        }
                        if !fields.isEmpty {
                            for (field, value, location) in fields { record(field, value, location) }
                            cellIndex += 1
                            continue
                        }
                    }
                    if let (field, inline) = book.frontSheetLine(cell.text) {
                        if !inline.isEmpty {
                            record(field, inline, cell.location)
                        } else if let next = cells[(cellIndex + 1)...].first(where: { !$0.text.isEmpty }),
                                  book.frontSheetLine(next.text) == nil, book.frontSheetField(label: next.text) == nil {
                            record(field, next.text, next.location)
                        }
                    } else if cellIndex == 0 || (cellIndex % 2 == 0 && (book.frontSheetField(label: cells[0].text) != nil
                                                                        || (cell.shading != nil && cell.shading == cells[0].shading))),
                              let field = book.frontSheetField(label: cell.text),
                              let next = cells[(cellIndex + 1)...].first(where: { !$0.text.isEmpty }),
                              book.frontSheetField(label: next.text) == nil {
                        record(field, next.text, next.location)
                    }
                    cellIndex += 1
                }
            }
        }
        return sheet
    }
}
