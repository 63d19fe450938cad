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
        /// A reference column before the action ("Ref", "No.").
        var number: Int? = nil
    }

    /// What the current table rows are.
    enum TableMode {
        case none
        case questions(QuestionColumns, block: Int)
        case actions(ActionColumns, block: Int)
        case standards(StandardColumns, block: Int)
    }

    /// Which table columns a standards table uses: a self-assessment against a framework other
    /// than the reader's ("Std | Standard | Rating | Evidence | Improvement action"), each row
    /// a standard with the evidence for its rating and the actions that answer it.
    struct StandardColumns {
        var evidence: Int
        var action: Int
    }

    /// Which table columns a question table uses: the question, its grade, and where the
    /// table has them, the domain, the evidence and the areas for development beside it.
    struct QuestionColumns {
        var question: Int
        var grade: Int?
        var domain: Int?
        var evidence: Int?
        var areas: Int?
        /// A column of the questions' own numbers before them ("Ref | Question | …").
        var number: Int?
    }

    /// A rating line read in a domain ("Our rating: Amber"), with the question it followed.
    struct RatingStatement {
        var rating: Rating
        /// Index in `result.questions` of the domain's latest question before it, if any.
        var question: Int?
        /// True when the label says the rating is the domain's ("Overall rating").
        var domainWide: Bool
    }

    /// One domain section while reading, with what it holds.
    struct OpenDomain {
        var section: DomainSection
        var itemCount = 0
        var warnings: [Warning] = []
        /// Rating lines read in the section, given to its questions or to it when it closes.
        var ratings: [RatingStatement] = []
    }

    let domains: DomainMatcher
    var scales: ScaleReader
    let matcher: QuestionMatcher
    /// Splits lead cells into owners.
    let owners: OwnerSplitter
    /// Section headings and column words.
    let book: PhraseBook
    /// The domain of each framework question, by question id.
    let questionDomains: [String: String]

    var result = Result()
    var open: [OpenDomain] = []
    var section = Section.none
    var mode = TableMode.none
    var expectingGrade = false
    var colourRun: [TextLine] = []
    /// Evidence read outside any domain section.
    var looseEvidence: [EvidenceItem] = []
    /// The index in `open` of the section each question was read in (-1 outside any).
    var questionSections: [Int] = []

    /// Creates a reader over a framework, with the vocabulary's section headings and column
    /// words, splitting lead cells with the book's owner splitter.
    package init(framework: Framework, book: PhraseBook) {
        self.book = book
        owners = book.ownerSplitter
        domains = Self.domainMatcher(framework: framework, book: book)
        scales = ScaleReader(framework: framework,
                             ratingLabelWords: (book.vocabulary.columns["grade"] ?? []) + (book.vocabulary.sections["ratingLabels"] ?? []))
        matcher = QuestionMatcher(framework: framework)
        var questionDomains: [String: String] = [:]
        for domain in framework.domains {
            for question in domain.questions { questionDomains[question.id] = domain.id }
        }
        self.questionDomains = questionDomains
    }

    /// The matcher of a framework's domain headings, with the vocabulary's heading words
    /// ("Domain 1: …").
    package static func domainMatcher(framework: Framework, book: PhraseBook) -> DomainMatcher {
        DomainMatcher(framework: framework, headingWords: book.vocabulary.sections["domainHeadings"] ?? [])
    }

    var domain: String? { open.last?.section.id }

    /// Reads the entries of a document.
    package mutating func read(_ entries: [Entry]) -> Result {
        // A key table that gives the paper's own grade words the framework's levels
        // ("Developing | … | Amber – meets minimum standards").
        var tables: [Int: [[String]]] = [:]
        for case .row(let row) in entries where !row.isHeader { tables[row.block, default: []].append(row.cells.map(\.text)) }
        for block in tables.keys.sorted() {
            let forms = scales.paperForms(in: tables[block] ?? [])
            if !forms.isEmpty { scales = scales.adding(paperForms: forms) }
        }
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
        // A framework question standing as its own line (a bold paragraph, a heading, a
        // numbered line) opens that question's part of the section, whatever came before it.
        if domain != nil, section != .questions || line.isHeadingLike, standsAsQuestion(line) {
            let (body, rating) = gradedQuestion(line.body)
            addQuestion(label: nonBullet(line.label), text: body, rating: rating, location: line.location)
            section = .questions
            return
        }
        // "RAG rating Amber", "Our rating: Amber – meets minimum standards" or "Overall
        // judgement for integrated governance: Amber" as a line of its own rates the domain, or
        // each question it follows (decided when the section closes).
        if domain != nil, !text.hasSuffix("?"), line.label == nil || TextTools.isBullet(line.label),
           let rating = scales.rating(statement: text) {
            noteRating(rating, label: text)
            section = .other
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
        guard domain != nil || section == .evidence else { return }
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
            guard let domain else {
                // A self-assessment against another framework has no SET domains: its
                // evidence stands alone (kept only if the paper has no domain at all).
                looseEvidence.append(EvidenceItem(id: "", domain: nil, text: line.body, location: line.location))
                return
            }
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

    /// True when an area or evidence item's text has ended before a page break: a full stop,
    /// question or exclamation mark, or a closing bracket or quote. (Unlike
    /// `TextTools.endsClause`, a ";" or ":" leaves the item open: the next page carries on
    /// its list.)
    static func itemEnded(_ text: String) -> Bool {
        guard let last = text.last else { return true }
        return ".?!)”\"".contains(last)
    }

    /// A question number typed before the question's words: "1.1", "2.", "Q3", "Q3.".
    nonisolated(unsafe) static let typedQuestionNumber = /((?:Q\s?)?\d{1,2}(?:\.\d{1,2})*\.?)\s+(?=[A-Z])/

    func nonBullet(_ label: String?) -> String? {
        TextTools.isBullet(label) ? nil : label
    }

    /// True when a line outside a questions part is one of the framework's questions set as
    /// a line of its own: bold, a heading or numbered, and matching a framework question. (A
    /// plain line that asks one, or a line in a table outside a question table, may be an
    /// example the paper quotes.)
    func standsAsQuestion(_ line: TextLine) -> Bool {
        guard line.location.cell == nil, line.text.count >= 20, line.text.count <= 400,
              line.isHeadingLike || line.isBold || line.label.map({ !TextTools.isBullet($0) }) == true,
              !book.opensWithSection("actionQuestions", line.body) else { return false }
        if matcher.match(line.body).id != nil { return true }
        // A question the framework lacks, numbered as the paper numbers its questions ("Q14. How …?").
        return line.text.hasSuffix("?") && line.text.prefixMatch(of: Self.askedNumber) != nil
    }

    /// A question number that says it numbers a question: "Q14.", "Question 3:".
    nonisolated(unsafe) static let askedNumber = /(?i:q|question)\s?\d{1,2}[.:)]?\s/

    /// True when a rating's label says it rates the domain, not a question ("Overall
    /// judgement …", "Overall grade for this section"): it holds a `domainRatings` word.
    func ratesDomain(_ label: String) -> Bool {
        let words = Set(TextTools.key(label).split(separator: " ").map(String.init))
        return (book.vocabulary.sections["domainRatings"] ?? []).contains { words.contains(TextTools.key($0)) }
    }

    /// Keeps a rating line of the open domain until the domain closes.
    mutating func noteRating(_ rating: Rating, label: String) {
        guard let domain, !open.isEmpty else { return }
        let domainWide = ratesDomain(label)
        let question = result.questions.indices.last.flatMap { result.questions[$0].domain == domain ? $0 : nil }
        open[open.count - 1].ratings.append(RatingStatement(rating: rating, question: question, domainWide: domainWide))
    }

    /// Gives the rating lines of a closing domain out: one rating after each of its questions
    /// in turn (question, evidence, rating; question, evidence, rating) rates each question;
    /// otherwise the first rates the domain, as a rating row closing a section does.
    mutating func settleRatings(_ index: Int) {
        let statements = open[index].ratings
        open[index].ratings = []
        guard !statements.isEmpty else { return }
        var perQuestion = statements.filter { !$0.domainWide }
        let followed = perQuestion.compactMap(\.question)
        let domainQuestions = result.questions.indices.filter { result.questions[$0].domain == open[index].section.id }
        if perQuestion.count >= 2, followed.count == perQuestion.count, Set(followed).count == followed.count,
           followed.allSatisfy({ result.questions[$0].rating == nil }) || domainQuestions.count == followed.count {
            for statement in perQuestion where result.questions[statement.question!].rating == nil {
                result.questions[statement.question!].rating = statement.rating
            }
            perQuestion = []
        }
        let domainRating = statements.first(where: \.domainWide) ?? perQuestion.first
        if let domainRating, open[index].section.rating == nil { open[index].section.rating = domainRating.rating }
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
        let fullKey = TextTools.key(line.text)
        let key = PhraseBook.withoutSectionNumber(fullKey)
        if book.isSection("questions", sectionKey: key, maxExtraWords: 0) { return .questions }
        // "Evidence", "Baseline Evidence- February 2008", "Evidence to support this grade".
        if key.split(separator: " ").count <= 6, !line.text.hasSuffix("."), book.mentions("evidence", key: fullKey) { return .evidence }
        if book.opensWithSection("areasForDevelopment", sectionKey: key) { return .areas }
        if book.isSection("actions", sectionKey: key, maxExtraWords: 0) || book.opensWithSection("actionQuestions", sectionKey: key) {
            return .other
        }
        if line.kind == .heading { return Section.none }
        return nil
    }

    mutating func startDomain(_ id: String, heading: String, location: SourceLocation) {
        if !open.isEmpty { settleRatings(open.count - 1) }
        open.append(OpenDomain(section: DomainSection(id: id, heading: heading, location: location)))
        section = .none
        expectingGrade = false
    }

    mutating func addQuestion(label: String?, text: String, rating: Rating?, location: SourceLocation) {
        var label = label
        var text = text
        // A number typed before the question ("1.1 To what extent …", "Q3 How …") is its label.
        if let match = text.prefixMatch(of: Self.typedQuestionNumber), label == nil || label == String(match.output.1) {
            label = String(match.output.1)
            text = String(text[match.range.upperBound...])
        }
        let (id, score) = matcher.match(text)
        let domain = self.domain ?? id.flatMap { questionDomains[$0] }
        // A question asked again (a summary table at the front, the evidence per question
        // later) is the same question: the later copy only fills in what the first lacks.
        let here = open.count - 1
        if let earlier = result.questions.indices.first(where: { index in
            let question = result.questions[index]
            return questionSections[index] == here && question.domain == domain
                && (id != nil ? question.setQuestion == id : TextTools.key(question.text) == TextTools.key(text))
        }) {
            if result.questions[earlier].rating == nil { result.questions[earlier].rating = rating }
            if result.questions[earlier].label == nil { result.questions[earlier].label = label }
            return
        }
        result.questions.append(Question(
            id: "", domain: domain, setQuestion: id, label: label, text: text, rating: rating,
            matchScore: id == nil ? nil : score, location: location))
        questionSections.append(here)
        if !open.isEmpty { open[open.count - 1].itemCount += 1 }
        if id == nil {
            result.warnings.append(Warning(
                code: "question-unmatched",
                message: "The question \"\(text.prefix(80))\" matches no framework question (best score \(score)).",
                location: location))
        }
    }

    mutating func addArea(_ line: TextLine, domain: String? = nil) {
        let domain = domain ?? self.domain
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
        if !open.isEmpty { open[open.count - 1].itemCount += 1 }
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
            mode = .questions(header, block: row.block)
            section = .questions
            return
        }
        if let columns = actionHeader(row) {
            mode = .actions(columns, block: row.block)
            section = .other
            return
        }
        if domain == nil, let columns = Self.standardsHeader(row, book: book) {
            mode = .standards(columns, block: row.block)
            section = .other
            return
        }
        switch mode {
        case .questions(let columns, let block) where block == row.block || row.cells.count > columns.question:
            if readQuestionRow(row, columns: columns) { return }
            mode = .none
        case .actions(let columns, let block) where block == row.block || row.cells.count > columns.text:
            if readActionRow(row, columns: columns) { return }
            mode = .none
        case .standards(let columns, let block) where block == row.block:
            if readStandardRow(row, columns: columns) { return }
            mode = .none
        default:
            mode = .none
        }
        if readFormRow(row) { return }
        // A form's label cell ("Evidence", "Where we need to improve") heads the row's content:
        // a label that marks no section ends the section the row before opened.
        // A short label marking no section, in a form's evidence or areas.
        let endingLabel = filled.first.map { label in
            label.lines.count == 1 && label.text.count <= 60 && !label.text.hasSuffix(".")
                && (section == .evidence || section == .areas)
                && sectionMarker(label.lines[0]) == nil && domainHeading(label.lines[0]) == nil
        } ?? false
        if filled.count >= 2, endingLabel {
            section = .other
        }
        // A form's label whose value is left blank ("What you will do |  "), or a short title
        // row across a form ("Commitment 2: Fair and open funding"), holds nothing to read and
        // ends the section the rows before opened.
        if filled.count == 1, endingLabel, row.cells.count >= 2 || row.isHeader {
            section = .other
            return
        }
        for cell in row.cells {
            for line in cell.lines { read(line) }
        }
        flushColourRun()
    }

    /// Reads one row of a question table; false when the row is not one.
    mutating func readQuestionRow(_ row: RowView, columns: QuestionColumns) -> Bool {
        let filled = row.filledCells
        // A domain's name across the row (a merged row, or the domain column's first row).
        if let first = filled.first, filled.count == 1 || columns.domain == first.location.cell,
           let line = first.lines.first, let found = domainHeading(line), first.lines.count == 1 || filled.count > 1 {
            if domain != found.id { startDomain(found.id, heading: found.heading, location: line.location) }
            if filled.count == 1 { return true }
        }
        guard columns.question < row.cells.count else { return false }
        let cell = row.cells[columns.question]
        let last = result.questions.indices.last
        // A row a page break cut: its question part (if any) carries no number of its own and
        // the question before it had not ended, or it holds only the cells beside the question.
        let laterPage = last.map { last in
            row.cells.first?.location.page.map { page in result.questions[last].location.page.map { page > $0 } ?? false } ?? false
        } ?? false
        var continued = false
        if laterPage, let last {
            if cell.lines.isEmpty, filled.count >= 1 {
                continued = true
            } else if let line = cell.lines.first, line.label == nil || TextTools.isBullet(line.label),
                      cell.text.prefixMatch(of: Self.typedQuestionNumber) == nil, !result.questions[last].text.hasSuffix("?") {
                TextTools.append(TextTools.collapse(cell.lines.map(\.text).joined(separator: " ")), to: &result.questions[last].text)
                let (id, score) = matcher.match(result.questions[last].text)
                result.questions[last].setQuestion = id
                result.questions[last].matchScore = id == nil ? nil : score
                continued = true
            }
        }
        var itemDomain = self.domain
        if continued {
            itemDomain = result.questions[last!].domain
        } else {
            guard let line = cell.lines.first else { return false }
            let id = matcher.match(cell.text).id
            guard cell.text.hasSuffix("?") || line.label.map({ !TextTools.isBullet($0) }) == true || id != nil else { return false }
            let text = TextTools.collapse(([line.body] + cell.lines.dropFirst().map(\.text)).joined(separator: " "))
            guard domain != nil || id != nil else { return false }
            var rating: Rating?
            if let grade = columns.grade, grade < row.cells.count {
                let gradeCell = row.cells[grade]
                rating = scales.rating(written: gradeCell.text)
                // A grade shown only by the cell's colour.
                if rating == nil, gradeCell.text.isEmpty || scales.isColourWord(gradeCell.text) == false,
                   let colour = gradeCell.shading, let level = scales.rating(colour: colour) {
                    rating = Rating(raw: gradeCell.text.isEmpty ? "shading #\(colour)" : gradeCell.text, level: level)
                }
            }
            let numbered = columns.number.flatMap { $0 < row.cells.count ? TextTools.collapse(row.cells[$0].text) : nil }
            addQuestion(label: nonBullet(line.label) ?? numbered.flatMap { $0.isEmpty ? nil : $0 }, text: text, rating: rating,
                        location: cell.location)
            itemDomain = self.domain ?? id.flatMap({ questionDomains[$0] })
        }
        guard let domain = itemDomain else { return true }
        if let evidence = columns.evidence, evidence < row.cells.count {
            for (position, line) in row.cells[evidence].lines.enumerated()
            where !line.body.isEmpty && !book.mentions("evidence", line.text) || line.text.count > 60 {
                if let last = result.evidence.indices.last, result.evidence[last].domain == domain,
                   line.text.first?.isLowercase == true || (continued && position == 0 && !Self.itemEnded(result.evidence[last].text)),
                   continued && position == 0 || (result.evidence[last].location.cell == line.location.cell
                                                   && result.evidence[last].location.row == line.location.row) {
                    TextTools.append(line.body, to: &result.evidence[last].text)
                    continue
                }
                result.evidence.append(EvidenceItem(id: "", domain: domain, text: line.body, location: line.location))
                if !open.isEmpty { open[open.count - 1].itemCount += 1 }
            }
        }
        // Areas for development beside the question: each bullet or paragraph of the cell is
        // one; a line opening in lower case carries on the one before.
        if let areas = columns.areas, areas < row.cells.count {
            var previous: Int?
            if continued, let last = result.actions.indices.last, result.actions[last].kind == .areaForDevelopment,
               !Self.itemEnded(result.actions[last].text) {
                previous = last
            }
            for (position, line) in row.cells[areas].lines.enumerated() where !line.body.isEmpty && !book.isEmptyValue(line.body) {
                if let previous, line.body.first?.isLowercase == true || (continued && position == 0) {
                    TextTools.append(line.body, to: &result.actions[previous].text)
                    continue
                }
                result.actions.append(ActionItem(
                    id: "", kind: .areaForDevelopment, domain: domain, label: nonBullet(line.label),
                    text: line.body, location: line.location))
                previous = result.actions.count - 1
                if !open.isEmpty { open[open.count - 1].itemCount += 1 }
            }
        }
        return true
    }

    /// A row of a self-evaluation form: a question's number and the question ("1a | To what
    /// extent …?"), or a label and a row of tick boxes ("Grade | ☐ Green … ☒ Amber …"), which
    /// grades the question above, or the domain where the label says so ("Overall grade for
    /// this section"). False for any other row.
    mutating func readFormRow(_ row: RowView) -> Bool {
        let filled = row.filledCells
        guard filled.count == 2, domain != nil, filled[0].text.count <= 40 else { return false }
        let label = filled[0].text
        let value = filled[1].text
        if let rating = scales.rating(ticked: value) {
            let index = open.count - 1
            if ratesDomain(label) {
                if open[index].section.rating == nil { open[index].section.rating = rating }
            } else if let last = result.questions.indices.last, result.questions[last].domain == domain,
                      result.questions[last].rating == nil {
                result.questions[last].rating = rating
            }
            section = .other
            return true
        }
        guard label.wholeMatch(of: Self.formQuestionLabel) != nil,
              value.hasSuffix("?") || matcher.match(value).id != nil else { return false }
        addQuestion(label: label, text: TextTools.collapse(value), rating: nil, location: filled[1].location)
        section = .questions
        return true
    }

    /// A form's question number: "1a", "2", "Q3", "3.1".
    nonisolated(unsafe) static let formQuestionLabel = /(?:Q\s?)?[0-9]{1,2}(?:\.[0-9]{1,2})?[a-z]?[.)]?/

    /// A row of colour words ("Red | Amber | Green"): the shaded one is the domain's rating.
    /// A row naming a domain and its rating ("Integrated governance | Amber | …", a table of
    /// results by domain) rates that domain.
    mutating func readRatingRow(_ row: RowView) -> Bool {
        let filled = row.filledCells
        if filled.count >= 2, filled[0].lines.count == 1, case .none = mode,
           let found = domains.domain(heading: filled[0].text), TextTools.key(found.heading) == TextTools.key(filled[0].text),
           let rating = scales.rating(written: filled[1].text) {
            if domain != found.id { startDomain(found.id, heading: found.heading, location: filled[0].location) }
            let index = open.count - 1
            if open[index].section.rating == nil { open[index].section.rating = rating }
            section = .other
            return true
        }
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

    /// The columns of a question table's header row: a question column (the first filled
    /// cell, or the one after a domain column) and a grade column, or an evidence or areas
    /// column beside it.
    func questionHeader(_ row: RowView) -> QuestionColumns? {
        let keys = row.cells.map { TextTools.key($0.text) }
        guard let first = keys.firstIndex(where: { !$0.isEmpty }) else { return nil }
        var domainColumn: Int?
        var numberColumn: Int?
        var question = first
        if !isQuestionHeader(keys[first]) {
            // "Domain | Question | Grade", "Ref | Question | Our grade"
            let isDomain = book.vocabulary.sections["domainHeadings"]?.contains(where: { TextTools.key($0) == keys[first] }) == true
            guard isDomain || book.columnRole(row.cells[first].text) == "number",
                  let next = keys.indices.first(where: { $0 > first && !keys[$0].isEmpty }), isQuestionHeader(keys[next]) else { return nil }
            if isDomain { domainColumn = first } else { numberColumn = first }
            question = next
        }
        let later = keys.indices.filter { $0 > question && !keys[$0].isEmpty }
        let pastWords = Set((book.vocabulary.sections["pastGrades"] ?? []).map(TextTools.key))
        let grades = later.filter { index in
            book.columnRole(row.cells[index].text) == "grade" || book.mentions(role: "grade", inHeader: row.cells[index].text)
        }
        // "Previous grade | Current grade": the grade now, not the one it replaced.
        let grade = grades.first { index in !keys[index].split(separator: " ").contains { pastWords.contains(String($0)) } } ?? grades.last
        let evidence = later.first { $0 != grade && book.mentions("evidence", row.cells[$0].text) }
        let areas = later.first { $0 != grade && book.opensWithSection("areasForDevelopment", row.cells[$0].text) }
        guard grade != nil || evidence != nil else { return nil }
        return QuestionColumns(question: question, grade: grade, domain: domainColumn, evidence: evidence, areas: areas,
                               number: numberColumn)
    }

    func isQuestionHeader(_ key: String) -> Bool {
        key.hasPrefix("question") && key.split(separator: " ").count <= 3
            || book.columnRole(key) == "question"
    }

    /// The columns of an action table's header row: the action (or area for development),
    /// after at most a reference column, and a lead column; dates and progress where present.
    func actionHeader(_ row: RowView) -> ActionColumns? {
        let keys = row.cells.map { TextTools.key($0.text) }
        guard var text = keys.firstIndex(where: { !$0.isEmpty }) else { return nil }
        var number: Int?
        if book.columnRole(row.cells[text].text) == "number", let next = keys.indices.first(where: { $0 > text && !keys[$0].isEmpty }) {
            number = text
            text = next
        }
        let head = keys[text]
        // A header's cells are a few words each; a body row is turned away before its cells'
        // roles are looked up.
        guard head.split(separator: " ").count <= 5, keys[(text + 1)...].allSatisfy({ $0.split(separator: " ").count <= 8 }) else { return nil }
        let roles = row.cells.map { book.columnRole($0.text) }
        guard roles[text] == "action" || head.hasPrefix("area for development") || head.hasPrefix("areas for development")
                || head.hasPrefix("action ") else { return nil }
        let later = keys.indices.filter { $0 > text }
        let owner = later.first { roles[$0] == "owner" || keys[$0].contains("lead") || keys[$0].contains("owner") || keys[$0].contains("responsible") }
        guard owner != nil else { return nil }
        let date = later.first { $0 != owner && (roles[$0] == "due" || keys[$0].contains("timeframe") || keys[$0].contains("date") || keys[$0].contains("timescale") || keys[$0].contains("deadline")) }
        let progress = later.first { roles[$0] == "progress" || roles[$0] == "status" || roles[$0] == "rag" || keys[$0].contains("progress") || keys[$0].contains("status") }
        return ActionColumns(text: text, owner: owner, date: date, progress: progress, number: number)
    }

    /// The columns of a standards table's header row: an evidence column and, after it, an
    /// action column ("Improvement action", "Actions"), every cell a few words; nil for any
    /// other row. Read only outside the framework's domains.
    static func standardsHeader(_ row: RowView, book: PhraseBook) -> StandardColumns? {
        // A header's cells are a few words each: a body row is turned away before any is split.
        guard row.cells.count >= 3, row.cells.allSatisfy({ $0.text.utf8.count <= 40 }) else { return nil }
        let keys = row.cells.map { TextTools.key($0.text) }
        guard keys.filter({ !$0.isEmpty }).count >= 3, keys.allSatisfy({ $0.split(separator: " ").count <= 4 }),
              let evidence = keys.indices.first(where: { !keys[$0].isEmpty && book.mentions("evidence", row.cells[$0].text) }),
              let action = keys.indices.first(where: { index in
                  index > evidence && book.columnRole(row.cells[index].text) == "action"
              })
        else { return nil }
        return StandardColumns(evidence: evidence, action: action)
    }

    /// True when a table's header is a standards table's with a rating column too ("Std |
    /// Standard | Rating | Evidence | Improvement action"): a paper rating itself standard by
    /// standard.
    package static func hasRatedStandardsTable(_ entries: [Entry], book: PhraseBook) -> Bool {
        entries.contains { entry in
            guard case .row(let row) = entry, let columns = standardsHeader(row, book: book) else { return false }
            return row.cells.indices.contains { index in
                index < columns.evidence && book.columnRole(row.cells[index].text) == "grade"
            }
        }
    }

    /// Reads one row of a standards table: each bullet or paragraph of its evidence cell is
    /// evidence (a line opening in lower case carries on the one before); its action cell holds
    /// one action or several, each its words followed by labelled lines naming its lead and
    /// date ("Lead: …", "By: September 2026"). A cell saying nothing is needed ("None
    /// required.") holds none. False when the row has neither cell filled.
    mutating func readStandardRow(_ row: RowView, columns: StandardColumns) -> Bool {
        guard columns.evidence < row.cells.count, columns.action < row.cells.count else { return false }
        let evidenceCell = row.cells[columns.evidence], actionCell = row.cells[columns.action]
        guard !evidenceCell.lines.isEmpty || !actionCell.lines.isEmpty else { return false }
        for line in evidenceCell.lines where !line.body.isEmpty && !book.isEmptyValue(line.text) {
            if let last = looseEvidence.indices.last, line.text.first?.isLowercase == true,
               looseEvidence[last].location.row == line.location.row, looseEvidence[last].location.block == line.location.block {
                TextTools.append(line.body, to: &looseEvidence[last].text)
                continue
            }
            looseEvidence.append(EvidenceItem(id: "", domain: nil, text: line.body, location: line.location))
        }
        guard !book.isEmptyValue(actionCell.text) else { return true }
        // Each action's words, then its labelled fields by role.
        var actions: [(words: [TextLine], fields: [String: [String]])] = []
        // The role of the field last read, while its value may run on.
        var lastRole: String?
        for line in actionCell.lines where !line.text.isEmpty {
            if !actions.isEmpty, !actions[actions.count - 1].words.isEmpty,
               let (role, value) = book.labelledField(line.text, roles: ["owner", "due"], maxLabelWords: 3) {
                actions[actions.count - 1].fields[role, default: []].append(value)
                lastRole = role
                continue
            }
            if let last = actions.indices.last, actions[last].fields.isEmpty {
                actions[last].words.append(line)
            } else if let last = actions.indices.last, let role = lastRole, let value = actions[last].fields[role]?.last,
                      HeadedRecommendationReader.isUnfinished(value) || line.text.first?.isLowercase == true {
                // A field's value running on to the next line ("Lead: … (Adults) /" ⏎ "Case
                // Management System Lead").
                actions[last].fields[role, default: []].append(line.text)
            } else {
                lastRole = nil
                actions.append(([line], [:]))
            }
        }
        for found in actions where !found.words.isEmpty {
            var action = ActionItem(
                id: "", kind: .action, domain: nil, label: nil,
                text: TextTools.collapse(found.words.map(\.body).joined(separator: " ")), location: found.words[0].location)
            if let lead = found.fields["owner"] { action.owners = owners.owners(lead.joined(separator: "\n")) }
            if let due = found.fields["due"].map({ TextTools.collapse($0.joined(separator: " ")) }), !due.isEmpty {
                action.timeframe = due
                action.due = DueDateParser.due(due)
            }
            result.actions.append(action)
        }
        return true
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
        var label = nonBullet(textCell.lines[0].label)
        if let number = columns.number, number < row.cells.count, !row.cells[number].text.isEmpty { label = row.cells[number].text }
        var action = ActionItem(
            id: "", kind: .action, domain: domain, label: label,
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
    /// their warnings. A domain whose sections ask questions more than once (an example in
    /// the introduction, a summary table before the sections) keeps the questions of the
    /// section that asks most (the first of equals); the other copies are dropped.
    mutating func finish() {
        if !open.isEmpty { settleRatings(open.count - 1) }
        if open.isEmpty, !looseEvidence.isEmpty {
            result.evidence = (looseEvidence + result.evidence).sorted { $0.location < $1.location }
        }
        var asked: [Int: Int] = [:]
        for section in questionSections where section >= 0 { asked[section, default: 0] += 1 }
        var askingSection: [String: Int] = [:]
        for (index, domain) in open.enumerated() where asked[index] != nil {
            if let best = askingSection[domain.section.id], asked[best]! >= asked[index]! { continue }
            askingSection[domain.section.id] = index
        }
        let kept = result.questions.indices.filter { index in
            let section = questionSections[index]
            guard section >= 0, let best = askingSection[open[section].section.id] else { return true }
            return section == best
        }
        if kept.count < result.questions.count {
            // A dropped copy's rating stands for the kept question when that has none.
            var questions = kept.map { result.questions[$0] }
            for index in result.questions.indices where !kept.contains(index) {
                let dropped = result.questions[index]
                if let match = questions.firstIndex(where: { $0.domain == dropped.domain && $0.rating == nil && $0.setQuestion != nil && $0.setQuestion == dropped.setQuestion }) {
                    questions[match].rating = dropped.rating
                }
            }
            result.questions = questions
        }
        // Each domain is the section that asks its questions, else its first section that
        // holds something; a rating another of its sections gave stands when it has none.
        var chosen: [String: Int] = askingSection
        for (index, domain) in open.enumerated() where domain.itemCount > 0 || domain.section.rating != nil {
            if chosen[domain.section.id] == nil { chosen[domain.section.id] = index }
        }
        for (index, domain) in open.enumerated() where chosen[domain.section.id] == index {
            var section = domain.section
            if section.rating == nil {
                section.rating = open.first { $0.section.id == section.id && $0.section.rating != nil }?.section.rating
            }
            result.domains.append(section)
            result.warnings.append(contentsOf: domain.warnings)
        }
        result.warnings.sort { ($0.location ?? SourceLocation(block: -1, start: 0, end: 0)) < ($1.location ?? SourceLocation(block: -1, start: 0, end: 0)) }
    }
}
