package import PipelineCore

/// Reads a self-evaluation: domain sections, their questions and ratings, evidence, areas
/// for development, and action tables (`Actions | Lead | Progress`, `Area for development |
/// Lead | Timeframe`).
package struct SelfEvaluationReader {
    /// What the reader found, before ids are assigned.
    package struct Result {
        /// Domain sections that hold something, in document order.
        package var domains: [DomainSection] = []
        /// Questions asked under the domains.
        package var questions: [Question] = []
        /// Evidence items, one per paragraph or bullet.
        package var evidence: [EvidenceItem] = []
        /// Areas for development and action-table rows.
        package var actions: [ActionItem] = []
        /// Findings a reviewer should look at.
        package var warnings: [Warning] = []
    }

    /// The part of a domain section the reader is in.
    enum Section { case none, questions, evidence, areas, other }

    /// Which table columns an action table uses.
    struct ActionColumns {
        var text: Int
        var owner: Int?
        var date: Int?
        var progress: Int?
    }

    /// What the current table rows are.
    enum TableMode {
        case none
        case questions(grade: Int, block: Int)
        case actions(ActionColumns, block: Int)
    }

    /// One domain section while reading, with what it holds.
    struct OpenDomain {
        var section: DomainSection
        var itemCount = 0
        var warnings: [Warning] = []
    }

    let domains: DomainMatcher
    let scales: ScaleReader
    let matcher: QuestionMatcher
    /// Splits lead cells into owners.
    let owners: OwnerSplitter

    var result = Result()
    var open: [OpenDomain] = []
    var section = Section.none
    var mode = TableMode.none
    var expectingGrade = false
    var colourRun: [TextLine] = []

    /// Creates a reader over a framework, splitting lead cells with `owners`.
    package init(framework: Framework, owners: OwnerSplitter) {
        self.owners = owners
        domains = DomainMatcher(framework: framework)
        scales = ScaleReader(framework: framework)
        matcher = QuestionMatcher(framework: framework)
    }

    var domain: String? { open.last?.section.id }

    /// Reads the entries of a document.
    package mutating func read(_ entries: [Entry]) -> Result {
        for entry in entries {
            switch entry {
            case .line(let line):
                // A heading (or a bold line standing as one) or a domain name between tables
                // ends the table the rows belonged to.
                if line.isHeadingLike || domains.domain(heading: line.text) != nil { mode = .none }
                read(line)
            case .row(let row):
                read(row)
            }
        }
        flushColourRun()
        finish()
        return result
    }

    // MARK: - Lines

    mutating func read(_ line: TextLine) {
        let text = line.text
        if scales.isColourWord(text) {
            colourRun.append(line)
            return
        }
        flushColourRun()
        if let found = domainHeading(line) {
            startDomain(found.id, heading: found.heading, location: line.location)
            return
        }
        if let marker = sectionMarker(line) {
            section = marker
            expectingGrade = false
            return
        }
        if section == .questions, TextTools.key(text).contains("grade") && text.count < 40 {
            expectingGrade = true
            return
        }
        guard let domain else { return }
        // "RAG rating Amber" as a line of its own rates the domain.
        if section != .questions, let rating = scales.rating(statement: text) {
            if open[open.count - 1].section.rating == nil { open[open.count - 1].section.rating = rating }
            section = .other
            return
        }
        switch section {
        case .questions:
            if expectingGrade, let rating = scales.rating(exactly: text), let last = result.questions.indices.last,
               result.questions[last].rating == nil, result.questions[last].domain == domain {
                result.questions[last].rating = rating
                return
            }
            if text.hasSuffix("?") || (line.label != nil && !TextTools.isBullet(line.label)) {
                let (body, rating) = gradedQuestion(line.body)
                addQuestion(label: nonBullet(line.label), text: body, rating: rating, location: line.location)
            }
        case .evidence:
            if scales.rating(exactly: text) != nil { return }
            if let last = result.evidence.indices.last, result.evidence[last].domain == domain,
               Self.continuesAcrossPage(line, after: result.evidence[last].text, at: result.evidence[last].location) {
                TextTools.append(line.body, to: &result.evidence[last].text)
                return
            }
            result.evidence.append(EvidenceItem(id: "", domain: domain, text: line.body, location: line.location))
            open[open.count - 1].itemCount += 1
        case .areas:
            addArea(line)
        case .none, .other:
            break
        }
    }

    /// True when a line carries on an item whose sentence is left open: it starts in lower
    /// case, or it follows on a laid-out page (a PDF paragraph cut by a line or page break).
    static func continuesAcrossPage(_ line: TextLine, after text: String, at location: SourceLocation) -> Bool {
        guard let end = text.last, !".?!:;".contains(end), line.label == nil || TextTools.isBullet(line.label) == false,
              line.label == nil else { return false }
        if line.text.first?.isLowercase == true { return true }
        // Laid-out pages (PDF) break paragraphs into blocks at line and page ends.
        guard let page = line.location.page, let previous = location.page else { return false }
        return page >= previous
    }

    /// A question that closes with its grade ("…? (Feb 08 grade: B)"): the question and
    /// the grade; the text as it is when no labelled grade closes it.
    func gradedQuestion(_ text: String) -> (text: String, rating: Rating?) {
        let trimmed = text.trimmingCharacters()
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return (text, nil) }
        let inner = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        guard let rating = scales.rating(statement: inner) else { return (text, nil) }
        return (String(trimmed[..<open]).trimmingCharacters(), rating)
    }

    func nonBullet(_ label: String?) -> String? {
        TextTools.isBullet(label) ? nil : label
    }

    func domainHeading(_ line: TextLine) -> (id: String, heading: String)? {
        guard line.label == nil || !TextTools.isBullet(line.label) else { return nil }
        guard let found = domains.domain(heading: line.text) else { return nil }
        // A bare name must be short; a "Name: text" opening may run on.
        if TextTools.key(found.heading) == TextTools.key(line.body) || line.text.count <= 60 || line.isHeadingLike {
            return found
        }
        return line.text.contains(":") ? found : nil
    }

    func sectionMarker(_ line: TextLine) -> Section? {
        guard line.text.count <= 80 else { return nil }
        let key = TextTools.key(line.text)
        if key == "questions" || key == "question" { return .questions }
        let words = key.split(separator: " ")
        if words.contains("evidence") && words.count <= 6 && !line.text.hasSuffix(".") { return .evidence }
        if key.hasPrefix("areas for development") || key.hasPrefix("area for development") || key.hasPrefix("areas for further development") {
            return .areas
        }
        if key == "actions" || key == "action plan" || key == "communications process" || key.hasPrefix("what specific")
            || key.hasPrefix("how will") || key.hasPrefix("what will") || key.hasPrefix("what agencies") {
            return .other
        }
        if line.kind == .heading { return Section.none }
        return nil
    }

    mutating func startDomain(_ id: String, heading: String, location: SourceLocation) {
        open.append(OpenDomain(section: DomainSection(id: id, heading: heading, location: location)))
        section = .none
        expectingGrade = false
    }

    mutating func addQuestion(label: String?, text: String, rating: Rating?, location: SourceLocation) {
        let (id, score) = matcher.match(text)
        result.questions.append(Question(
            id: "", domain: domain, setQuestion: id, label: label, text: text, rating: rating,
            matchScore: id == nil ? nil : score, location: location))
        open[open.count - 1].itemCount += 1
        if id == nil {
            result.warnings.append(Warning(
                code: "question-unmatched",
                message: "The question \"\(text.prefix(80))\" matches no framework question (best score \(score)).",
                location: location))
        }
    }

    mutating func addArea(_ line: TextLine) {
        let numbered = line.label.map { !TextTools.isBullet($0) } ?? false
        let last = result.actions.indices.last
        let lastIsArea = last.map { result.actions[$0].kind == .areaForDevelopment && result.actions[$0].domain == domain } ?? false
        let sectionUsesNumbers = lastIsArea && result.actions[last!].label != nil
        if lastIsArea, line.label == nil, Self.continuesAcrossPage(line, after: result.actions[last!].text, at: result.actions[last!].location) {
            TextTools.append(line.body, to: &result.actions[last!].text)
            return
        }
        if !numbered, lastIsArea, TextTools.isBullet(line.label) || line.isIndented && sectionUsesNumbers
            || (sectionUsesNumbers && line.text.first?.isLowercase == true) {
            let index = last!
            TextTools.append(line.body, to: &result.actions[index].text)
            return
        }
        result.actions.append(ActionItem(
            id: "", kind: .areaForDevelopment, domain: domain, label: numbered ? line.label : nil,
            text: line.body, location: line.location))
        open[open.count - 1].itemCount += 1
    }

    /// A run of lone colour words ("Red", "Amber", "Green") is a rating row whose choice
    /// the rendition cannot show.
    mutating func flushColourRun() {
        defer { colourRun = [] }
        guard colourRun.count >= 2, !open.isEmpty, open[open.count - 1].section.rating == nil else { return }
        let distinct = Set(colourRun.map { TextTools.key($0.text) })
        guard distinct.count == colourRun.count else { return }
        open[open.count - 1].warnings.append(Warning(
            code: "rating-ambiguous",
            message: "The rating row of \(open[open.count - 1].section.heading) shows no chosen colour.",
            location: colourRun[0].location))
        section = .other
    }

    // MARK: - Rows

    mutating func read(_ row: RowView) {
        flushColourRun()
        let filled = row.filledCells
        if filled.isEmpty { return }
        if readRatingRow(row) { return }
        if let header = questionHeader(row) {
            mode = .questions(grade: header, block: row.block)
            section = .questions
            return
        }
        if let columns = actionHeader(row) {
            mode = .actions(columns, block: row.block)
            section = .other
            return
        }
        switch mode {
        case .questions(let grade, let block) where block == row.block || row.cells.count > grade:
            if let first = filled.first, first.location.cell.map({ $0 < grade }) ?? true,
               first.text.hasSuffix("?") || first.lines.first?.label.map({ !TextTools.isBullet($0) }) == true,
               domain != nil {
                let line = first.lines.first!
                let label = nonBullet(line.label)
                let text = TextTools.collapse(([line.body] + first.lines.dropFirst().map(\.text)).joined(separator: " "))
                let gradeText = grade < row.cells.count ? row.cells[grade].text : ""
                addQuestion(label: label, text: text, rating: scales.rating(exactly: gradeText), location: first.location)
                return
            }
            mode = .none
        case .actions(let columns, let block) where block == row.block || row.cells.count > columns.text:
            if readActionRow(row, columns: columns) { return }
            mode = .none
        default:
            mode = .none
        }
        for cell in row.cells {
            for line in cell.lines { read(line) }
        }
        flushColourRun()
    }

    /// A row of colour words ("Red | Amber | Green"): the shaded one is the domain's rating.
    mutating func readRatingRow(_ row: RowView) -> Bool {
        let filled = row.filledCells
        // "RAG rating | Amber" (or "| A") outside the questions rates the domain.
        if filled.count == 2, section != .questions, !open.isEmpty,
           let rating = scales.rating(label: filled[0].text, value: filled[1].text) {
            let index = open.count - 1
            if open[index].section.rating == nil { open[index].section.rating = rating }
            section = .other
            return true
        }
        guard filled.count >= 2, filled.allSatisfy({ scales.isColourWord($0.text) }) else { return false }
        guard !open.isEmpty else { return true }
        let shaded = filled.filter { $0.shading != nil }
        let index = open.count - 1
        if shaded.count == 1, let colour = shaded[0].shading {
            let level = scales.rating(exactly: shaded[0].text)?.level ?? scales.rating(colour: colour)
            if let level, open[index].section.rating == nil {
                open[index].section.rating = Rating(raw: "shading #\(colour)", level: level)
            }
        } else if open[index].section.rating == nil {
            open[index].warnings.append(Warning(
                code: "rating-ambiguous",
                message: shaded.isEmpty
                    ? "The rating row of \(open[index].section.heading) has no shaded cell."
                    : "The rating row of \(open[index].section.heading) has \(shaded.count) shaded cells.",
                location: filled[0].location))
        }
        section = .other
        return true
    }

    func questionHeader(_ row: RowView) -> Int? {
        let keys = row.cells.map { TextTools.key($0.text) }
        guard let first = keys.firstIndex(where: { !$0.isEmpty }), keys[first].hasPrefix("question"),
              keys[first].split(separator: " ").count <= 3 else { return nil }
        return keys.indices.first { $0 > first && (keys[$0].contains("grade") || keys[$0].contains("rating") || keys[$0].contains("score")) }
    }

    func actionHeader(_ row: RowView) -> ActionColumns? {
        let keys = row.cells.map { TextTools.key($0.text) }
        guard let text = keys.firstIndex(where: { !$0.isEmpty }) else { return nil }
        let head = keys[text]
        guard head.split(separator: " ").count <= 5,
              head == "actions" || head == "action" || head.hasPrefix("area for development") || head.hasPrefix("areas for development")
                || head.hasPrefix("action ") else { return nil }
        let owner = keys.indices.first { $0 > text && (keys[$0].contains("lead") || keys[$0].contains("owner") || keys[$0].contains("responsible")) }
        guard owner != nil else { return nil }
        let date = keys.indices.first { $0 > text && (keys[$0].contains("timeframe") || keys[$0].contains("date") || keys[$0].contains("timescale") || keys[$0].contains("deadline")) }
        let progress = keys.indices.first { $0 > text && (keys[$0].contains("progress") || keys[$0].contains("status")) }
        return ActionColumns(text: text, owner: owner, date: date, progress: progress)
    }

    /// Reads one action-table row; false when the row is not an action row.
    mutating func readActionRow(_ row: RowView, columns: ActionColumns) -> Bool {
        guard columns.text < row.cells.count else { return false }
        let textCell = row.cells[columns.text]
        guard !textCell.lines.isEmpty else {
            // Leads or dates with no action beside them: say so rather than guess.
            if let filled = row.filledCells.first {
                result.warnings.append(Warning(
                    code: "table-row-unreadable",
                    message: "An action-table row names \"\(filled.text.prefix(60))\" but no action.",
                    location: filled.location))
            }
            return true
        }
        // "1. Inter-agency governance" heading the cell, one action per following line.
        if let found = domainHeading(textCell.lines[0]) {
            let items = Array(textCell.lines.dropFirst())
            if items.isEmpty {
                if textCell.lines.count == 1 && row.filledCells.count == 1 {
                    startDomain(found.id, heading: found.heading, location: textCell.lines[0].location)
                    mode = .actions(columns, block: row.block)
                    return true
                }
                return false
            }
            if !open.contains(where: { $0.section.id == found.id }) {
                startDomain(found.id, heading: found.heading, location: textCell.lines[0].location)
            }
            readAlignedRow(row, items: items, domain: found.id, columns: columns)
            return true
        }
        if textCell.lines.count == 1, row.filledCells.count == 1, domainHeading(textCell.lines[0]) == nil,
           textCell.text.count > 120 || textCell.lines[0].isHeadingLike {
            return false
        }
        var action = ActionItem(
            id: "", kind: .action, domain: domain, label: nonBullet(textCell.lines[0].label),
            text: TextTools.collapse(textCell.lines.map(\.body).joined(separator: " ")), location: textCell.location)
        fill(&action, row: row, columns: columns)
        result.actions.append(action)
        if !open.isEmpty { open[open.count - 1].itemCount += 1 }
        return true
    }

    func fill(_ action: inout ActionItem, row: RowView, columns: ActionColumns) {
        if let owner = columns.owner, owner < row.cells.count {
            action.owners = owners.owners(row.cells[owner].multiline)
        }
        if let date = columns.date, date < row.cells.count, !row.cells[date].text.isEmpty {
            action.timeframe = row.cells[date].text
            action.due = DueDateParser.due(row.cells[date].text)
        }
        if let progress = columns.progress, progress < row.cells.count {
            let cell = row.cells[progress]
            if let found = scales.status(in: cell.multiline.trimmingCharacters()) {
                action.status = found.status
                action.progress = ProgressNote.clean(found.rest)
            } else {
                action.progress = ProgressNote.clean(cell.multiline)
                if let colour = cell.shading { action.status = scales.status(colour: colour) }
            }
        }
    }

    /// A row holding several actions as parallel lines in each cell.
    mutating func readAlignedRow(_ row: RowView, items: [TextLine], domain: String, columns: ActionColumns) {
        let owners = columns.owner.flatMap { $0 < row.cells.count ? row.cells[$0].lines.map(\.text) : nil } ?? []
        var dates = columns.date.flatMap { $0 < row.cells.count ? row.cells[$0].lines.map(\.text) : nil } ?? []
        // "Dec 08 –" / "Mar 09" written over two lines are one timeframe.
        var merged: [String] = []
        for date in dates {
            if let last = merged.last, last.hasSuffix("–") || last.hasSuffix("-") {
                merged[merged.count - 1] = last + " " + date
            } else {
                merged.append(date)
            }
        }
        dates = merged
        for (index, item) in items.enumerated() {
            var action = ActionItem(id: "", kind: .action, domain: domain, label: nil, text: item.body, location: item.location)
            var ownerLines: [String] = []
            if index < owners.count {
                ownerLines = [owners[index]]
                if index == items.count - 1 { ownerLines = Array(owners[index...]) }
            }
            action.owners = self.owners.owners(ownerLines.joined(separator: "\n"))
            if index < dates.count {
                action.timeframe = TextTools.collapse(dates[index])
                action.due = DueDateParser.due(dates[index])
            }
            result.actions.append(action)
            if let open = open.lastIndex(where: { $0.section.id == domain }) { self.open[open].itemCount += 1 }
        }
    }

    // MARK: - Finish

    /// Keeps the domain sections that hold something (the first of each domain) and
    /// their warnings.
    mutating func finish() {
        var seen = Set<String>()
        for domain in open where domain.itemCount > 0 || domain.section.rating != nil {
            guard seen.insert(domain.section.id).inserted else { continue }
            result.domains.append(domain.section)
            result.warnings.append(contentsOf: domain.warnings)
        }
        result.warnings.sort { ($0.location ?? SourceLocation(block: -1, start: 0, end: 0)) < ($1.location ?? SourceLocation(block: -1, start: 0, end: 0)) }
    }
}
