package import PipelineCore

/// Reads recommendations — numbered "(1)…(20)" under theme headings, or lettered "a)…d)"
/// under a Recommendations heading — and links action-plan rows to them by their text.
package struct RecommendationReader {
    /// What the reader found.
    package struct Result {
        /// Recommendations in document order, with what their plan rows say.
        package var recommendations: [Recommendation] = []
        /// Findings a reviewer should look at.
        package var warnings: [Warning] = []
    }

    /// Which columns an action-plan table uses.
    struct PlanColumns {
        var text: Int
        var owner: Int?
        var date: Int?
        var status: Int?
        var progress: Int?
    }

    /// One action-plan row as read.
    struct PlanRow {
        var label: String?
        var text: String
        var theme: String?
        var owners: [String] = []
        var timeframe: String?
        var due: String?
        var status: Status?
        var progress: String?
        var location: SourceLocation
    }

    let scales: ScaleReader
    let book: PhraseBook
    /// The lowest text similarity at which a plan row restates a recommendation.
    var linkThreshold = restatementThreshold

    /// How alike (Dice over content words) a plan row and a recommendation must be for the
    /// row to restate it.
    static let restatementThreshold = 0.5

    /// Creates a reader over a framework's progress scales.
    package init(framework: Framework, book: PhraseBook) {
        scales = ScaleReader(framework: framework)
        self.book = book
    }

    /// Splits "Recommendation 1: The Trust …" into its label ("1") and text, when the words
    /// before the colon are a recommendations heading and one number or letter.
    func namedRecommendation(_ text: String) -> (label: String, body: String)? {
        // The first colon, when it is among the first 31 characters (looking no further).
        guard let colon = text.prefix(31).firstIndex(of: ":") else { return nil }
        let words = text[..<colon].split(separator: " ")
        guard words.count >= 2, let last = words.last,
              last.allSatisfy(\.isNumber) ? last.count <= 3 : (last.count == 1 && last.allSatisfy(\.isLetter)),
              book.isSection("recommendations", heading: words.dropLast().joined(separator: " "), maxExtraWords: 0)
        else { return nil }
        let body = TextTools.collapse(String(text[text.index(after: colon)...]))
        return body.isEmpty ? nil : (String(last), body)
    }

    /// True when an unlabelled line reads as a theme among recommendations: a short phrase of
    /// up to eight words, capitalised, that ends in no punctuation of a sentence or lead-in.
    static func isThemeLine(_ line: TextLine) -> Bool {
        let body = line.body
        guard line.label == nil, line.kind != .heading, body.count <= 80, body.first?.isUppercase == true,
              let last = body.last, last.isLetter || last == ")" else { return false }
        return body.split(separator: " ").count <= 8
    }

    /// Reads the entries of a document.
    package func read(_ entries: [Entry]) -> Result {
        var recommendations: [Recommendation] = []
        var rows: [PlanRow] = []
        var theme: String?
        var inRecommendationSection = false
        // The recommendations heading's level (a heading style's), and whether it was numbered.
        var sectionLevel: Int?
        var sectionNumbered = false
        var columns: PlanColumns?
        var planTheme: String?
        var seenNumbers = Set<String>()
        var listStyle: String?
        var leadIn = false

        func consider(_ line: TextLine) {
            // A bold section number ("4. Recommendations") heads a section like a heading does.
            let numberedSection = line.isBold && line.text.count <= 60 && !line.text.hasSuffix("?")
                && line.label.map { $0.hasSuffix(".") && TextTools.labelValue($0).allSatisfy(\.isNumber) } == true
            if line.isHeadingLike || line.kind == .heading || numberedSection {
                let key = TextTools.key(line.body)
                if line.label == nil || line.kind == .heading || numberedSection {
                    // A theme heading inside the recommendations section ("6. Our recommendations"
                    // ⏎ "Keeping children in school" as a lower heading, unnumbered): the section
                    // goes on, under that theme.
                    // (Under a bold numbered section, whose level is unknown, a heading of the top
                    // level or an appendix's ends the section.)
                    if inRecommendationSection, line.label == nil, line.kind == .heading, let level = line.headingLevel,
                       sectionLevel.map({ level > $0 }) ?? (sectionNumbered && level >= 2 && !key.hasPrefix("appendix")) {
                        theme = line.body.trimmingCharacters(in: ":")
                        return
                    }
                    // "Recommendations", "Summary of recommendations", "Our recommendations to the
                    // Mayor": the word among a short heading's first three.
                    let words = key.split(separator: " ")
                    inRecommendationSection = words.count <= 6 && words.prefix(3).contains { $0.hasPrefix("recommendation") }
                    sectionLevel = line.kind == .heading ? line.headingLevel : nil
                    sectionNumbered = line.label != nil
                    theme = inRecommendationSection ? nil : line.body.trimmingCharacters(in: ":")
                    if line.label != nil, line.kind == .heading, !inRecommendationSection {
                        // A lettered heading ("a) Is your …?") is a question, not a theme.
                        theme = nil
                    }
                    return
                }
            }
            // "Recommendation 1: …" names itself, whatever section it stands in.
            let named = line.label == nil ? namedRecommendation(line.body) : nil
            guard let label = named?.label ?? line.label, !TextTools.isBullet(label) else {
                // A paragraph cut by a line or page break carries on the last recommendation.
                if line.label == nil, !line.isHeadingLike, line.kind != .heading, let last = recommendations.indices.last,
                   recommendations[last].theme == theme,
                   SelfEvaluationReader.continuesAcrossPage(line, after: recommendations[last].text, at: recommendations[last].location) {
                    TextTools.append(line.body, to: &recommendations[last].text)
                } else if inRecommendationSection, Self.isThemeLine(line) {
                    // A theme set as a plain short line among the items (a heading style that a
                    // PDF rendition printed in the body's font): "Families and oversight".
                    theme = line.body
                } else if recommendations.isEmpty, !line.isHeadingLike, line.kind != .heading {
                    // "The specific recommendations of the Panel … are as follows:" opens a list.
                    leadIn = line.body.hasSuffix(":") && book.mentions("recommendations", line.body)
                }
                return
            }
            let body = named?.body ?? line.body
            let value = TextTools.labelValue(label)
            let style = named == nil ? AskedRecommendationReader.style(of: label) : "named"
            if let listStyle, style != listStyle { return }
            let numbered: Bool
            switch style {
            case "(1)", "named": numbered = value.allSatisfy(\.isNumber)
            // A plain numbered list ("1.", "1)") is a list of recommendations only where
            // a lead-in or a Recommendations heading says so.
            case "1.", "1)": numbered = listStyle != nil || leadIn || inRecommendationSection
            default: numbered = false
            }
            let lettered = (inRecommendationSection || style == "named") && value.count == 1 && value.allSatisfy(\.isLetter)
                && (label.hasSuffix(")") || style == "named")
            guard numbered || lettered, !body.hasSuffix("?") else { return }
            // The same recommendation printed again under its theme heading (a summary list,
            // then the findings): one item, with the theme and the other place.
            if seenNumbers.contains(value), let index = recommendations.firstIndex(where: { $0.number == value }),
               TextTools.similarity(recommendations[index].text, body) >= 0.9 {
                if recommendations[index].theme == nil { recommendations[index].theme = theme }
                recommendations[index].alsoAt = (recommendations[index].alsoAt ?? []) + [line.location]
                return
            }
            guard !seenNumbers.contains(value) else { return }
            // An item that restates an earlier recommendation is a plan row whose table the
            // rendition lost ("(21) The Children's Trust institute …" after "(1) …").
            let words = Set(TextTools.contentWords(body))
            if !recommendations.isEmpty, recommendations.contains(where: { earlier in
                let own = Set(TextTools.contentWords(earlier.text))
                return !own.isEmpty && Double(own.intersection(words).count) / Double(own.count) >= 0.8
            }) {
                rows.append(PlanRow(label: value, text: body, theme: theme, location: line.location))
                return
            }
            if numbered, let expected = recommendations.last.map({ Int($0.number ?? "") ?? 0 }), let number = Int(value),
               number != expected + 1 { return }
            if numbered, recommendations.isEmpty, value != "1" { return }
            seenNumbers.insert(value)
            listStyle = style
            leadIn = false
            recommendations.append(Recommendation(
                id: "", number: value, theme: theme, text: body, verb: book.verb(of: body),
                addressee: book.thatAddressee(body) ?? book.obligedBody(of: body) ?? book.presentBody(of: body), location: line.location))
        }

        for entry in entries {
            switch entry {
            case .line(let line):
                if columns != nil {
                    if line.kind == .heading || (line.isHeadingLike && TextTools.key(line.text).hasPrefix("appendix")) {
                        columns = nil
                    } else if line.isHeadingLike {
                        planTheme = line.text
                        continue
                    } else {
                        continue
                    }
                }
                consider(line)
            case .row(let row):
                if let header = planHeader(row) {
                    columns = header
                    continue
                }
                if let columns {
                    if let planRow = readPlanRow(row, columns: columns, theme: &planTheme) {
                        rows.append(planRow)
                    } else if let continuation = continuationText(row, columns: columns), !rows.isEmpty {
                        let last = rows.count - 1
                        rows[last].progress = TextTools.collapse((rows[last].progress ?? "") + " " + continuation)
                        if rows[last].progress?.hasSuffix(")") == true, rows[last].progress?.contains("(") == false {
                            rows[last].progress?.removeLast()
                        }
                    }
                    continue
                }
                for cell in row.cells {
                    // A labelled item wrapped over the lines of a cell is one item.
                    if let first = cell.lines.first, first.label.map({ !TextTools.isBullet($0) }) == true, cell.lines.count > 1,
                       cell.lines.dropFirst().allSatisfy({ $0.label == nil && $0.kind != .heading }) {
                        var whole = first
                        whole.body = TextTools.collapse(cell.lines.map(\.body).joined(separator: " "))
                        whole.text = TextTools.collapse(cell.lines.map(\.text).joined(separator: " "))
                        consider(whole)
                        continue
                    }
                    for line in cell.lines { consider(line) }
                }
            }
        }
        var result = Result(recommendations: recommendations)
        link(rows, into: &result)
        return result
    }

    func planHeader(_ row: RowView) -> PlanColumns? {
        // The header names its columns with the vocabulary's column words (genres.yml): the
        // item column by its opening words, the others by any column word they mention, since
        // a PDF may run two header cells together.
        guard let text = row.cells.firstIndex(where: { !$0.text.isEmpty }),
              book.columnRole(row.cells[text].text) == "recommendation" else { return nil }
        var taken: Set<Int> = [text]
        func column(_ role: String) -> Int? {
            let found = row.cells.indices.first { index in
                index > text && !taken.contains(index)
                    && (book.columnRole(row.cells[index].text) ?? book.columnRoleMentioned(row.cells[index].text)) == role
            } ?? row.cells.indices.first { index in
                index > text && !taken.contains(index) && book.mentions(role: role, inHeader: row.cells[index].text)
            }
            if let found { taken.insert(found) }
            return found
        }
        guard let owner = column("owner") else { return nil }
        return PlanColumns(text: text, owner: owner, date: column("due"), status: column("status"), progress: column("progress"))
    }

    func readPlanRow(_ row: RowView, columns: PlanColumns, theme: inout String?) -> PlanRow? {
        let filled = row.filledCells
        guard !filled.isEmpty else { return nil }
        guard columns.text < row.cells.count, !row.cells[columns.text].text.isEmpty else { return nil }
        let cell = row.cells[columns.text]
        if filled.count == 1 {
            theme = cell.text
            return nil
        }
        let (label, body) = TextTools.splitLabel(cell.text)
        var plan = PlanRow(
            label: label.flatMap { TextTools.isBullet($0) ? nil : TextTools.labelValue($0) }, text: TextTools.collapse(body),
            theme: theme, location: cell.location)
        if let owner = columns.owner, owner < row.cells.count {
            plan.owners = book.ownerSplitter.owners(row.cells[owner].multiline)
        }
        if let date = columns.date, date < row.cells.count, !row.cells[date].text.isEmpty {
            plan.timeframe = row.cells[date].text
            plan.due = DueDateParser.due(row.cells[date].text)
        }
        if let status = columns.status, status < row.cells.count {
            plan.status = scales.status(in: row.cells[status].text)?.status
        }
        if let progress = columns.progress, progress < row.cells.count, !row.cells[progress].text.isEmpty {
            let text = row.cells[progress].multiline.trimmingCharacters()
            if columns.status == nil, let found = scales.status(in: text) {
                plan.status = found.status
                plan.progress = ProgressNote.clean(found.rest)
            } else {
                plan.progress = ProgressNote.clean(text)
            }
        }
        return plan
    }

    /// The text of a row that only continues the previous row's progress cell.
    func continuationText(_ row: RowView, columns: PlanColumns) -> String? {
        guard columns.text < row.cells.count, row.cells[columns.text].text.isEmpty else { return nil }
        let text = row.filledCells.map(\.text).joined(separator: " ")
        return text.isEmpty ? nil : text
    }

    /// Links plan rows to recommendations by text, fills what the plan says, and warns when
    /// the plan's labels disagree with the recommendation numbers.
    /// Which rows restate which items: pairs of a row and an item whose content words are at
    /// least `threshold` alike (Dice), the most alike first, each row and item in one pair.
    static func restatements(_ rows: [String], of items: [String], threshold: Double) -> [(row: Int, item: Int)] {
        let itemWords = items.map { Set(TextTools.contentWords($0)) }
        var pairs: [(row: Int, item: Int, score: Double)] = []
        for (rowIndex, row) in rows.enumerated() {
            let words = Set(TextTools.contentWords(row))
            for (itemIndex, item) in itemWords.enumerated() {
                let score = TextTools.similarity(words, item)
                if score >= threshold { pairs.append((rowIndex, itemIndex, score)) }
            }
        }
        pairs.sort { $0.score != $1.score ? $0.score > $1.score : ($0.row, $0.item) < ($1.row, $1.item) }
        var rowTaken = Set<Int>()
        var itemTaken = Set<Int>()
        var chosen: [(row: Int, item: Int)] = []
        for pair in pairs where !rowTaken.contains(pair.row) && !itemTaken.contains(pair.item) {
            rowTaken.insert(pair.row)
            itemTaken.insert(pair.item)
            chosen.append((pair.row, pair.item))
        }
        return chosen
    }

    /// The warning that plan rows carry other labels than the recommendations they restate
    /// (each pair: the row's label, the recommendation's number, where the row is), or nil.
    static func numberingWarning(_ disagreeing: [(label: String?, number: String?, at: SourceLocation)]) -> Warning? {
        guard let first = disagreeing.sorted(by: { $0.at < $1.at }).first else { return nil }
        return Warning(
            code: "plan-numbering-disagrees",
            message: "\(disagreeing.count) action-plan rows carry labels that differ from the recommendations they restate (row (\(first.label ?? "")) restates recommendation (\(first.number ?? ""))).",
            location: first.at)
    }

    func link(_ rows: [PlanRow], into result: inout Result) {
        guard !rows.isEmpty else { return }
        if result.recommendations.isEmpty {
            // The plan is the only statement of the recommendations (a progress report).
            for row in rows {
                result.recommendations.append(Recommendation(
                    id: "", number: row.label ?? "\(result.recommendations.count + 1)", theme: row.theme, text: row.text,
                    owners: row.owners, due: row.due, timeframe: row.timeframe, status: row.status,
                    progress: row.progress, planLocation: row.location, planNumber: row.label, location: row.location))
            }
            return
        }
        var rowTaken = Set<Int>()
        var disagreeing: [(PlanRow, Recommendation)] = []
        for pair in Self.restatements(rows.map(\.text), of: result.recommendations.map(\.text), threshold: linkThreshold) {
            rowTaken.insert(pair.row)
            let row = rows[pair.row]
            var rec = result.recommendations[pair.item]
            rec.owners = row.owners
            rec.due = row.due
            rec.timeframe = row.timeframe
            rec.status = row.status
            rec.progress = row.progress
            rec.planLocation = row.location
            rec.planNumber = row.label
            if rec.theme == nil { rec.theme = row.theme }
            result.recommendations[pair.item] = rec
            if let label = row.label, label != rec.number { disagreeing.append((row, rec)) }
        }
        if let warning = Self.numberingWarning(disagreeing.map { (label: $0.0.label, number: $0.1.number, at: $0.0.location) }) {
            result.warnings.append(warning)
        }
        for (index, row) in rows.enumerated() where !rowTaken.contains(index) {
            result.warnings.append(Warning(
                code: "plan-row-unlinked",
                message: "The action-plan row \"\(row.text.prefix(60))\" restates no recommendation found in the document.",
                location: row.location))
        }
    }
}
