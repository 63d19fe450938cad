package import PipelineCore

/// Reads the item tables of action plans, executive responses and recommendation
/// trackers: a header row whose cells name column roles (`Action | Who | When | Status`,
/// `Recommendation | Response | Accepted / Partially accepted / Rejected | Lead officer |
/// Timescale | Update | RAG`), then one item per row. Roles and their header words come
/// from the vocabulary; an empty cell gives null, never a guess.
package struct ItemTableReader {
    let book: PhraseBook
    let scales: ScaleReader

    /// Creates a reader over a phrase book and a framework's progress scales.
    package init(book: PhraseBook, framework: Framework) {
        self.book = book
        scales = ScaleReader(framework: framework)
    }

    /// What the tables gave.
    package struct Result {
        /// Rows of tables whose item column holds recommendations.
        package var recommendations: [Recommendation] = []
        /// Rows of tables whose item column holds actions.
        package var actions: [ActionItem] = []
        /// True when some table had a response or response-decision column.
        package var hasResponses = false
        /// True when some recommendation table had a status, RAG or update column.
        package var tracksProgress = false
    }

    /// The columns one header row names.
    struct Columns {
        var roles: [Int: String]
        var item: Int
        var itemRole: String

        func index(_ role: String) -> Int? {
            roles.filter { $0.value == role }.map(\.key).min()
        }
    }

    /// Reads every item table of a document.
    package func read(_ entries: [Entry]) -> Result {
        var result = Result()
        var columns: Columns?
        var block: Int?
        var key: [String: String] = [:]
        for entry in entries {
            if case .line(let line) = entry, let found = Self.letterKey(line.text) { key = found }
            guard case .row(let row) = entry else { continue }
            if row.block != block {
                block = row.block
                columns = nil
            }
            if let header = header(row) {
                columns = header
                if header.index("response") != nil || header.index("responseDecision") != nil { result.hasResponses = true }
                if header.itemRole == "recommendation",
                   header.index("status") != nil || header.index("rag") != nil || header.index("progress") != nil {
                    result.tracksProgress = true
                }
                continue
            }
            guard let columns else { continue }
            read(row, columns, key: key, into: &result)
        }
        return result
    }

    /// The columns a row names when it is a header row: an item column (recommendation or
    /// action) and at least one other role.
    func header(_ row: RowView) -> Columns? {
        var roles: [Int: String] = [:]
        for (index, cell) in row.cells.enumerated() where !cell.text.isEmpty {
            guard cell.text.count <= 60, let role = book.columnRole(cell.text) else { continue }
            if roles.values.contains(role), role != "progress" { continue }
            roles[index] = role
        }
        let itemIndex = roles.filter { $0.value == "recommendation" || $0.value == "action" }.map(\.key).min()
        guard let item = itemIndex, let itemRole = roles[item] else { return nil }
        let others = Set(roles.filter { $0.key != item }.map(\.value)).subtracting(["recommendation", "action"])
        guard !others.isEmpty, roles.count * 2 >= row.filledCells.count else { return nil }
        return Columns(roles: roles, item: item, itemRole: itemRole)
    }

    /// The letters a paper's key defines ("RAG key: B = Complete; G = On track to meet the
    /// due date; …" → B: "Complete", G: "On track to meet the due date"), or nil when the
    /// line is no key of at least three letters.
    package static func letterKey(_ text: String) -> [String: String]? {
        // Every entry has its "=": a line with fewer than three is no key (and is most lines).
        var equals = 0
        for byte in text.utf8 where byte == UInt8(ascii: "=") { equals += 1 }
        guard equals >= 3 else { return nil }
        var key: [String: String] = [:]
        for match in text.matches(of: Pattern.keyEntry) {
            key[String(match.output.1)] = String(match.output.2)
        }
        return key.count >= 3 ? key : nil
    }

    /// The status a letter of the paper's key stands for: only a meaning that is wholly a
    /// word of the progress scale ("Complete"); "On track to meet the due date" or "At risk
    /// of missing the due date" judge the timetable, not progress, and give nil.
    func keyedStatus(_ letter: String, in key: [String: String]) -> Status?? {
        guard let meaning = key[letter.trimmingCharacters()] else { return nil }
        guard let found = scales.status(in: meaning), found.rest.trimming(".").isEmpty else { return .some(nil) }
        return .some(found.status)
    }

    private func read(_ row: RowView, _ columns: Columns, key: [String: String], into result: inout Result) {
        func cell(_ role: String) -> RowCell? {
            guard let index = columns.index(role), index < row.cells.count else { return nil }
            let cell = row.cells[index]
            return cell.text.isEmpty ? nil : cell
        }
        guard columns.item < row.cells.count else { return }
        let itemCell = row.cells[columns.item]
        guard !itemCell.text.isEmpty else { return }
        // A row whose only filled cell spans the table is a theme or sub-heading, not an item.
        if row.filledCells.count == 1, row.cells.count > 2 { return }
        var text = itemCell.text
        var label: String?
        if let numberCell = cell("number") {
            label = PaperLine.value(of: numberCell.text)
        } else if let labelled = PaperLine.splitLabel(text) {
            label = labelled.number
            text = labelled.body
        }
        var confidence = Confidence.certain
        let owners = cell("owner").map { OwnerSplitter.owners($0.multiline) } ?? []
        let timeframe = cell("due").map { TextTools.collapse($0.text) }
        let due = timeframe.flatMap(DueDateParser.due)
        var status: Status?
        var progress: String?
        // A letter the paper's own key defines is read by that key, never by its colour.
        var keyed = false
        if let statusCell = cell("status"), let fromKey = keyedStatus(statusCell.text, in: key) {
            status = fromKey
            keyed = true
        } else if let statusCell = cell("status") {
            status = scales.status(in: statusCell.text)?.status ?? statusCell.shading.flatMap(scales.status(colour:))
            if status == nil, statusCell.shading != nil, statusCell.text.isEmpty == false {
                confidence = confidence.lowered(by: 0.1, because: "status words not on the progress scale")
            }
        }
        if let progressCell = cell("progress") {
            if let found = scales.status(in: progressCell.text) {
                status = status ?? found.status
                progress = ProgressNote.clean(found.rest)
            } else {
                progress = ProgressNote.clean(progressCell.multiline)
            }
            if status == nil, let shade = progressCell.shading { status = scales.status(colour: shade) }
        }
        if status == nil, !keyed, let rag = cell("rag") {
            if let fromKey = keyedStatus(rag.text, in: key) {
                status = fromKey
            } else if let shade = rag.shading ?? Optional(rag.text) {
                status = scales.status(colour: shade)
            }
        }
        switch columns.itemRole {
        case "recommendation":
            let response = cell("response").map { TextTools.collapse($0.text) }
            var decision = cell("responseDecision").flatMap { book.responseDecision($0.text) }
            if decision == nil, let response,
               let head = response.split(whereSeparator: { ".,:;–(".contains($0) }).first {
                decision = book.responseDecision(exactly: String(head))
            }
            result.recommendations.append(Recommendation(
                id: "", number: label, theme: nil, text: text, owners: owners, due: due, timeframe: timeframe,
                status: status, progress: progress, response: response, responseDecision: decision,
                location: itemCell.location, confidence: confidence))
        default:
            result.actions.append(ActionItem(
                id: "", kind: .action, domain: nil, label: label, text: text, owners: owners, due: due,
                timeframe: timeframe, status: status, progress: progress, location: itemCell.location,
                confidence: confidence))
        }
    }
}
