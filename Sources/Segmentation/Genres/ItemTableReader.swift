package import PipelineCore

/// Reads the item tables of action plans, executive responses and recommendation
/// trackers: a header row whose cells name column roles (`Action | Who | When | Status`,
/// `Recommendation | Response | Accepted / Partially accepted / Rejected | Lead officer |
/// Timescale | Update | RAG`), then one item per row. Roles and their header words come
/// from the vocabulary; an empty cell gives null, never a guess.
package struct ItemTableReader {
    let book: PhraseBook
    let scales: ScaleReader
    /// The framework's domains, which a Domain column names.
    let domains: DomainMatcher

    /// Creates a reader over a phrase book and a framework's progress scales and domains.
    package init(book: PhraseBook, framework: Framework) {
        self.book = book
        scales = ScaleReader(framework: framework)
        domains = DomainMatcher(framework: framework, headingWords: book.vocabulary.sections["domainHeadings"] ?? [])
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
        /// Tables that state one item's fields row by row, for the item printed before them.
        package var records: [Record] = []
        /// True when some table set actions beside the recommendations they answer.
        package var pairsActions = false
        /// Rows of tables that answer recommendations by their number alone ("No. | Cabinet
        /// Member's response | Decision | Lead officer | Target date", the recommendations "not
        /// repeated here"): the fields each row gives, as a recommendation without text, for
        /// the recommendation of that number.
        package var answers: [Recommendation] = []
    }

    /// A table that states one item's fields a row each ("Response | …", "Decision |
    /// Accepted in part", "Lead officer | …", "Timescale | …"): each row's first cell names
    /// a column role, the second holds its value. It belongs to the item printed just
    /// before it ("Recommendation 3: …").
    package struct Record {
        /// The document block of the last line before the table, or nil when none precedes it.
        package var after: Int?
        /// The fields the rows give, as a recommendation without text.
        package var fields: Recommendation
    }

    /// The columns one header row names.
    struct Columns {
        var roles: [Int: String]
        var item: Int
        var itemRole: String
        /// An action column beside the recommendation column ("Recommendation | Our response
        /// | Actions | Lead | Timescale | Progress"): each row's action answers the
        /// recommendation in its row, or in the row above where that cell is merged down.
        var actions: Int?
        /// A headerless table of labelled recommendations, whose item cell may hold a bold
        /// title and labelled lines ("To: …", "By: …") besides the recommendation.
        var labelledList = false

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
        // The due date of each plan year the paper defines ("Year 1 is April 2025 to March 2026").
        var planYears: [Int: String] = [:]
        var recordBlocks = Set<Int>()
        // Status words the paper defines in a sentence of their own.
        var definitions: [String: String] = [:]
        // A key of coloured boxes, by colour ("" for an unshaded box), and the tables holding it.
        var colourKey: [String: String] = [:]
        var keyTables = Set<Int>()
        var lastLineBlock: Int?
        // A key set out one entry a line ("Implemented – the action has been completed …" ⏎
        // "Not implemented – work on the action has not yet started."): the run so far.
        var keyLines: [String: String] = [:]
        func settleKeyLines() {
            if keyLines.count >= 3, keyLines.values.filter({ status(meaning: $0, name: nil) != nil }).count >= 2 {
                definitions.merge(keyLines) { stated, _ in stated }
            }
            keyLines = [:]
        }
        var index = 0
        while index < entries.count {
            switch entries[index] {
            case .line(let line):
                lastLineBlock = line.location.block
                // "An action is closed when its owner has confirmed … that it has been done.",
                // wherever the paper says it (often under the log it explains).
                if let found = Self.definedStatus(line.text) { definitions[found.word] = found.meaning }
                if line.label == nil, Self.spacedDash.occur(in: line.text), line.text.count <= 200,
                   let match = line.text.wholeMatch(of: Pattern.dashKeyEntry) {
                    keyLines[String(match.output.1)] = String(match.output.2)
                } else {
                    settleKeyLines()
                }
                index += 1
            case .row(let first):
                settleKeyLines()
                var rows: [RowView] = []
                while index < entries.count, case .row(let row) = entries[index], row.block == first.block {
                    rows.append(row)
                    index += 1
                }
                if let found = Self.colourKey(rows) {
                    colourKey.merge(found) { first, _ in first }
                    keyTables.insert(first.block)
                } else if let found = letterKeyTable(rows) {
                    definitions.merge(found) { stated, _ in stated }
                    keyTables.insert(first.block)
                } else if let fields = record(rows, key: key) {
                    recordBlocks.insert(first.block)
                    result.records.append(Record(after: lastLineBlock, fields: fields))
                    if fields.response != nil || fields.responseDecision != nil { result.hasResponses = true }
                }
            }
        }
        settleKeyLines()
        key = definitions
        // The table being read as a status key ("Status | Meaning"), and the theme a row
        // spanning the item table sets for the rows under it.
        var keyBlock: Int?
        var sectionTheme: String?
        // The financial year the paper says its quarters belong to ("Quarters are those of the
        // Council's financial year 2025/26"), for timescales that name a quarter alone; failing
        // that, the one year a plan's opening lines name it for ("Delivery Plan 2025/26").
        var quarterYear = Self.titleYear(entries)
        // The item row last read, whose "Date of meeting" carries down to rows that leave it empty.
        var lastRow: RowView?
        // A key that names the colours of shaded cells ("blue: complete; grey: not yet started").
        var colourNames: ColourKey?
        // Under a recommendations heading ("5. Our recommendations"): its level, and the
        // heading-like line last read under it (the theme of a table that follows).
        var recommendationsLevel: Int?
        var lineTheme: String?
        var rowsByBlock: [Int: [RowView]] = [:]
        for entry in entries {
            if case .row(let row) = entry { rowsByBlock[row.block, default: []].append(row) }
        }
        // Rows joined to the row above them (a row a page or a PDF's row finder split).
        var joinedRows = Set<Int>()
        // Tables whose item column does not call its rows recommendations ("Issue | Raised by |
        // Officer response"): their rows are recommendations only where some are sentences.
        var unnamedItemBlocks = Set<Int>()
        // The heading set right above the table being read ("Review of Leisure Centre Provision
        // (2024/25)" over its recommendations' table), and the recommendations given it as
        // their theme, by table: kept only where two or more tables are so headed.
        var tableHeading: String?
        var headedThemes: [Int: [Int]] = [:]
        for (entryIndex, entry) in entries.enumerated() {
            if joinedRows.contains(entryIndex) { continue }
            if case .line(let line) = entry, line.isHeadingLike {
                let level = line.headingLevel ?? 9
                if Self.headsRecommendations(line.text, book: book) {
                    recommendationsLevel = level
                    lineTheme = nil
                } else if let open = recommendationsLevel, line.kind == .heading, level <= open {
                    recommendationsLevel = nil
                    lineTheme = nil
                } else if recommendationsLevel != nil {
                    lineTheme = TextTools.collapse(line.text)
                }
            }
            if case .line(let line) = entry, let found = ColourKey.read(line.text, words: book.colourWords) {
                colourNames = found
            }
            if case .line(let line) = entry, let found = Self.letterKey(line.text) {
                key = found.merging(definitions) { stated, _ in stated }
            }
            if case .line(let line) = entry, let found = Self.planYears(line.text) { planYears = found }
            if case .line(let line) = entry, let found = Self.quarterYear(line.text) { quarterYear = found }
            guard case .row(let row) = entry, !recordBlocks.contains(row.block), !keyTables.contains(row.block) else { continue }
            if row.block != block {
                block = row.block
                columns = nil
                sectionTheme = nil
                lastRow = nil
                // A bare recommendations heading ("Our recommendations (2 of 2)") names no theme.
                if entryIndex > 0, case .line(let above) = entries[entryIndex - 1], above.isHeadingLike, above.label == nil,
                   above.text.count <= 100, !book.isSection("recommendations", heading: above.text, maxExtraWords: 0) {
                    tableHeading = TextTools.collapse(above.text)
                } else {
                    tableHeading = nil
                }
                keyBlock = isKeyHeader(row) ? row.block : nil
                if keyBlock != nil { continue }
            }
            if keyBlock == row.block {
                let filled = row.filledCells
                if filled.count == 2 { key[filled[0].text.trimmingCharacters()] = filled[1].text }
                continue
            }
            if columns == nil, header(row) == nil, recommendationsLevel != nil,
               Self.isLabelledList(rowsByBlock[row.block] ?? []) {
                // A headerless table of labelled recommendations ("R1 | That the Board …") under
                // a recommendations heading: label and recommendation.
                columns = Columns(roles: [0: "number", 1: "recommendation", 2: "owner", 3: "due"], item: 1,
                                  itemRole: "recommendation", labelledList: true)
                sectionTheme = lineTheme
            }
            if let header = header(row) {
                // A header repeated under a row that spans the table (a sub-table's title set
                // inside one table) keeps that row's theme for the rows below.
                columns = header
                if header.itemRole == "recommendation", header.item < row.cells.count,
                   !book.namesRecommendations(header: row.cells[header.item].text) {
                    unnamedItemBlocks.insert(row.block)
                }
                if header.actions != nil { result.pairsActions = true }
                if header.index("response") != nil || header.index("responseDecision") != nil { result.hasResponses = true }
                if header.itemRole == "recommendation",
                   header.index("status") != nil || header.index("rag") != nil || header.index("progress") != nil {
                    result.tracksProgress = true
                }
                continue
            }
            guard let columns else { continue }
            // A row whose only filled cell spans the table is a theme or sub-heading, not an
            // item: the rows under it belong to it.
            if row.filledCells.count == 1, row.cells.count > 2 || row.cells.count < columns.roles.count {
                sectionTheme = TextTools.collapse(row.filledCells[0].text)
                // Over an action table, the recommendation the rows under it answer ("Peer team
                // recommendation 1: Develop a shared, long-term vision ….", a sentence saying what
                // to do, not a theme's name): an item of the table's, kept where the paper's prose numbers
                // no recommendation of its own.
                if columns.itemRole != "recommendation", let found = Self.headedRecommendation(sectionTheme!),
                   found.text.hasSuffix(".") || book.verb(of: found.text) != nil {
                    result.recommendations.append(Recommendation(
                        id: "", number: found.number, theme: nil, text: found.text, verb: book.verb(of: found.text),
                        addressee: book.actingBody(of: found.text), location: row.filledCells[0].location,
                        confidence: Confidence.certain.lowered(by: 0.1, because: "recommendation told by the row over its actions")))
                }
                continue
            }
            // The rest of a row set on a row of its own: no number where the table numbers its
            // rows, and its item text carrying on in lower case ("… for the" ⏎ "two new
            // independent co-opted members.").
            var whole = row
            var next = entryIndex + 1
            while next < entries.count, case .row(let following) = entries[next], following.block == row.block,
                  Self.carriesOn(following, columns) {
                whole = Self.joining(whole, following)
                joinedRows.insert(next)
                next += 1
            }
            // A "Date of meeting" cell written once for the rows of one meeting gives them all
            // its topic.
            var item = whole
            var rowTheme = sectionTheme
            if columns.labelledList, let unfolded = unfold(row) {
                item = unfolded.row
                rowTheme = unfolded.title ?? sectionTheme
            }
            // A date or domain cell merged down over the rows of one meeting or domain is
            // theirs too.
            for role in ["raised", "domain"] {
                if let index = columns.index(role), index < item.cells.count, item.cells[index].text.isEmpty,
                   let previous = lastRow, index < previous.cells.count {
                    item.cells[index].text = previous.cells[index].text
                }
            }
            let before = result.recommendations.count
            if read(item, columns, key: key, colourKey: colourKey, colourNames: colourNames, planYears: planYears,
                    quarterYear: quarterYear, sectionTheme: rowTheme, into: &result) {
                lastRow = item
            }
            // The heading over the table themes the rows that have no theme of their own.
            if let tableHeading, columns.itemRole == "recommendation" {
                for index in before..<result.recommendations.count where result.recommendations[index].theme == nil {
                    result.recommendations[index].theme = tableHeading
                    headedThemes[row.block, default: []].append(index)
                }
            }
        }
        // One table under a heading is that section's; tables each under a heading of its own
        // are grouped by them.
        if headedThemes.count < 2 {
            for index in headedThemes.values.joined() where index < result.recommendations.count {
                result.recommendations[index].theme = nil
            }
        }
        // A consultation's issues with the officers' answers ("Site size threshold (10 or more
        // homes)", "Off-site contributions: the formula"): titles, not recommendations.
        for block in unnamedItemBlocks {
            let rows = result.recommendations.filter { $0.location.block == block }
            if !rows.isEmpty, rows.allSatisfy({ !$0.text.hasSuffix(".") && $0.text.split(separator: " ").count <= 8 }) {
                result.recommendations.removeAll { $0.location.block == block }
            }
        }
        Self.keepDecisionColumnsApart(&result.recommendations)
        return result
    }

    /// A recommendation a row states with its number before a colon or dash ("Peer team
    /// recommendation 1: Develop …", "Recommendation 2 – Put in place …"): at most three words
    /// before "recommendation", a number of up to three characters, and four words or more
    /// after; nil for any other text.
    static func headedRecommendation(_ text: String) -> (number: String, text: String)? {
        let separator = [":", " – ", " - "].lazy.compactMap { TextTools.byteRange(of: $0, in: text) }
            .min { $0.lowerBound < $1.lowerBound }
        guard let separator, text.distance(from: text.startIndex, to: separator.lowerBound) <= 60 else { return nil }
        let head = text[..<separator.lowerBound].split(separator: " ")
        let body = TextTools.collapse(String(text[separator.upperBound...]))
        guard head.count >= 2, head.count <= 5, let number = head.last, number.count <= 3, number.first?.isNumber == true,
              number.allSatisfy({ $0.isNumber || $0.isLetter }),
              ["recommendation", "rec"].contains(head[head.count - 2].lowercased()),
              body.split(separator: " ").count >= 4 else { return nil }
        return (String(number), body)
    }

    /// A Response column that holds only the decision in every row ("Agreed", "Not agreed")
    /// states the decision, not a response: its words are no response text. A column where
    /// some rows answer at length ("Agreed. We will …") keeps every row's words.
    static func keepDecisionColumnsApart(_ items: inout [Recommendation]) {
        let blocks = Set(items.map(\.location.block))
        for block in blocks {
            let rows = items.indices.filter { items[$0].location.block == block && items[$0].response != nil }
            guard rows.count >= 2, rows.allSatisfy({ index in
                items[index].responseDecision != nil
                    && TextTools.key(items[index].response ?? "").split(separator: " ").count <= 3
            }) else { continue }
            for index in rows { items[index].response = nil }
        }
    }

    /// True when a row is the rest of the row above: the table numbers its rows, this one has
    /// no number, and its item text opens in lower case.
    static func carriesOn(_ row: RowView, _ columns: Columns) -> Bool {
        guard let number = columns.index("number"), number < row.cells.count, row.cells[number].text.isEmpty,
              columns.item < row.cells.count, let first = row.cells[columns.item].text.first else { return false }
        return first.isLowercase
    }

    /// A row with the cells of the row that carries it on added, cell by cell.
    static func joining(_ row: RowView, _ rest: RowView) -> RowView {
        var joined = row
        for index in joined.cells.indices where index < rest.cells.count && !rest.cells[index].text.isEmpty {
            let more = rest.cells[index]
            joined.cells[index].text = TextTools.collapse(joined.cells[index].text + " " + more.text)
            joined.cells[index].lines += more.lines
            joined.cells[index].multiline += "\n" + more.multiline
        }
        return joined
    }

    /// A labelled recommendation's row set out as label, text, owner and due cells: the item
    /// cell's bold opening line is its title ("Pay on time"), and its lines opening with an
    /// owner or due column word and a colon ("To: …", "By: April 2026") give those cells.
    func unfold(_ row: RowView) -> (row: RowView, title: String?)? {
        guard row.cells.count == 2 else { return nil }
        let cell = row.cells[1]
        var title: String?
        var body: [TextLine] = []
        var owner: [TextLine] = []
        var due: [TextLine] = []
        for (index, line) in cell.lines.enumerated() {
            if index == 0, cell.lines.count > 1, line.isBold, line.text.split(separator: " ").count <= 10,
               !line.text.hasSuffix(".") {
                title = TextTools.collapse(line.text)
                continue
            }
            if let colon = line.text.firstIndex(of: ":"), line.text.distance(from: line.text.startIndex, to: colon) <= 20 {
                let role = book.columnRole(String(line.text[..<colon]))
                var value = line
                value.text = TextTools.collapse(String(line.text[line.text.index(after: colon)...]))
                value.body = value.text
                value.label = nil
                if role == "owner" { owner.append(value); continue }
                if role == "due" { due.append(value); continue }
            }
            body.append(line)
        }
        guard !body.isEmpty else { return nil }
        func made(_ lines: [TextLine]) -> RowCell {
            RowCell(lines: lines, text: TextTools.collapse(lines.map(\.text).joined(separator: " ")),
                    multiline: lines.map(\.text).joined(separator: "\n"), shading: nil,
                    location: lines.first?.location ?? cell.location)
        }
        var unfolded = row
        var text = made(body)
        text.location = cell.location
        unfolded.cells = [row.cells[0], text, made(owner), made(due)]
        return (unfolded, title)
    }

    /// Recommendations typed as labelled paragraphs under a recommendations heading ("R1⇥That
    /// the Board agrees …", "Rec 2: Publish …"): two or more lines opening with letters and a
    /// number, each with the heading-like line above it as its theme. (Numbered paragraphs
    /// "1.1 …" are not recommendations.)
    func labelledParagraphs(_ lines: [PaperLine]) -> [Recommendation] {
        var found: [Recommendation] = []
        var level: Int?
        var theme: String?
        func add(_ number: Substring, _ words: String, at location: SourceLocation) {
            let text = TextTools.collapse(words)
            guard text.count > 20 else { return }
            found.append(Recommendation(
                id: "", number: String(number), theme: theme, text: text, verb: book.verb(of: text),
                addressee: book.actingBody(of: text), location: location,
                confidence: Confidence.certain.lowered(by: 0.1, because: "recommendation told by its label under a recommendations heading")))
        }
        for (index, line) in lines.enumerated() {
            // A tab-set line read as a row: its label cell, then its text cell ("R1⇥That …").
            if line.inTable {
                guard level != nil, line.cell == 0, index + 1 < lines.count, lines[index + 1].cell == 1,
                      lines[index + 1].location.block == line.location.block,
                      let label = (line.text + " ").prefixMatch(of: Self.letteredNumber), label.range.upperBound == (line.text + " ").endIndex
                else { continue }
                add(label.output.1, lines[index + 1].text, at: lines[index + 1].location)
                continue
            }
            if line.isHeading, line.text.prefixMatch(of: Self.letteredNumber) == nil {
                if Self.headsRecommendations(line.text, book: book) {
                    level = line.headingLevel ?? 9
                    theme = nil
                } else if let open = level, let lineLevel = line.headingLevel, lineLevel <= open {
                    level = nil
                } else if level != nil {
                    theme = TextTools.collapse(line.text)
                }
                continue
            }
            // A label alone on its line ("R1"), as a badge beside its sentence becomes in a
            // Word rendition, labels the paragraph after it.
            if level != nil, let alone = (line.text.trimmingCharacters() + " ").wholeMatch(of: Self.letteredNumber), index + 1 < lines.count,
               !lines[index + 1].isHeading, !lines[index + 1].inTable,
               (lines[index + 1].text + " ").prefixMatch(of: Self.letteredNumber) == nil {
                add(alone.output.1, lines[index + 1].text, at: lines[index + 1].location)
                continue
            }
            guard level != nil, let match = line.text.prefixMatch(of: Self.letteredNumber) else { continue }
            add(match.output.1, String(line.text[match.range.upperBound...]), at: line.location)
        }
        return found.count >= 2 ? found : []
    }

    /// Letters and a number opening a paragraph: "R1 ", "R12: ", "Rec 3. ".
    nonisolated(unsafe) static let letteredNumber = /((?:R|Rec|REC)\s?[0-9]{1,2})[.:)]?\s+/

    /// True when a heading names a recommendations section, alone or closing a short
    /// heading ("Recommendations", "5. Our recommendations", "Summary of recommendations").
    static func headsRecommendations(_ text: String, book: PhraseBook) -> Bool {
        if book.isSection("recommendations", heading: text, maxExtraWords: 0) { return true }
        let key = book.withoutContinuation(PhraseBook.withoutSectionNumber(TextTools.key(text)))
        let words = key.split(separator: " ")
        guard words.count <= 4, let last = words.last else { return false }
        return last == "recommendations" || last == "recommendation"
    }

    /// True when a table's rows are label and text, two or more of them, every two-cell row's
    /// first cell a short reference ("R1", "3.", "(4)", "Rec 2"); rows with one cell are themes.
    static func isLabelledList(_ rows: [RowView]) -> Bool {
        let items = rows.filter { $0.filledCells.count == 2 }
        guard items.count >= 2, rows.allSatisfy({ $0.filledCells.count <= 2 }) else { return false }
        return items.allSatisfy { row in
            row.cells.count == 2 && row.cells[0].text.count <= 8 && row.cells[0].text.prefixMatch(of: referenceCell) != nil
                && row.cells[1].text.count > 20
        }
    }

    /// A cell that holds only a reference: "R1", "Rec 2", "3.", "(4)", "A1.2".
    nonisolated(unsafe) static let referenceCell = /^\(?(?:[A-Z]{1,3}\s?)?[0-9]{1,2}(?:\.[0-9]{1,2})?[.:)]?$/

    /// The key a table of coloured boxes gives, by colour (`RRGGBB`, "" for an unshaded box):
    /// three or more rows of an empty box and its meaning, two or more of them shaded; nil
    /// for any other table.
    static func colourKey(_ rows: [RowView]) -> [String: String]? {
        guard rows.count >= 3,
              rows.allSatisfy({ $0.cells.count == 2 && $0.cells[0].text.isEmpty && !$0.cells[1].text.isEmpty }),
              rows.filter({ $0.cells[0].shading != nil }).count >= 2 else { return nil }
        var key: [String: String] = [:]
        for row in rows {
            let colour = row.cells[0].shading?.uppercased() ?? ""
            if key[colour] == nil { key[colour] = TextTools.collapse(row.cells[1].text) }
        }
        return key
    }

    /// The key a headerless table of letters or status words gives ("B | Complete", "G | In
    /// progress – on track", "N | Not yet started"; "Revised date | Work has started, but …",
    /// "Transferred | The action has moved to …"): three or more rows of two cells, each first
    /// cell one to three capital letters, or a capitalised name of at most three words beside a
    /// longer meaning (rows with an empty first cell aside), or two such pairs to a row; at
    /// least one meaning (two, for names) stating a status; nil for any other table.
    func letterKeyTable(_ table: [RowView]) -> [String: String]? {
        // A key set two entries to a row ("Complete | The action … | On track | Work is …") is
        // read pair by pair; an empty pair closing the last row is none.
        let pairs = table.flatMap { row -> [RowView] in
            guard row.cells.count > 2, row.cells.count % 2 == 0 else { return [row] }
            return stride(from: 0, to: row.cells.count, by: 2)
                .map { RowView(cells: [row.cells[$0], row.cells[$0 + 1]], isHeader: row.isHeader, block: row.block) }
                .filter { !($0.cells[0].text.isEmpty && $0.cells[1].text.isEmpty) }
        }
        guard pairs.allSatisfy({ $0.cells.count == 2 && $0.cells[1].text.count >= 3 }) else { return nil }
        // A row with no letter ("| Not yet rated – a new action …") defines no entry.
        let rows = pairs.filter { !$0.cells[0].text.isEmpty }
        guard rows.count >= 3 else { return nil }
        let letters = rows.allSatisfy { row in
            (1...3).contains(row.cells[0].text.count) && row.cells[0].text.allSatisfy({ $0.isUppercase && $0.isLetter })
        }
        let names = !letters && rows.allSatisfy { row in
            let name = row.cells[0].text
            return (1...24).contains(name.count) && name.first?.isUppercase == true && name.split(separator: " ").count <= 3
                && !name.contains(where: \.isNumber) && row.cells[1].text.count > name.count
        }
        guard letters || names else { return nil }
        var key: [String: String] = [:]
        for row in rows where key[row.cells[0].text] == nil { key[row.cells[0].text] = TextTools.collapse(row.cells[1].text) }
        guard key.values.filter({ status(meaning: $0, name: nil) != nil }).count >= (letters ? 1 : 2) else { return nil }
        return key
    }

    /// True when a row heads a two-column status key: a status (or RAG) column and a column of
    /// meanings ("Status | Meaning").
    func isKeyHeader(_ row: RowView) -> Bool {
        let filled = row.filledCells
        guard filled.count == 2, row.cells.count == 2 else { return false }
        let first = book.columnRole(filled[0].text)
        return (first == "status" || first == "rag") && book.columnRole(filled[1].text) == "meaning"
    }

    /// The columns a row names when it is a header row: an item column (recommendation or
    /// action) and at least one other role.
    func header(_ row: RowView) -> Columns? {
        var roles: [Int: String] = [:]
        for (index, cell) in row.cells.enumerated() where !cell.text.isEmpty {
            guard cell.text.count <= 60, let role = book.columnRole(cell.text) else { continue }
            // A second status column is the later judgement ("Service assessment | Scrutiny
            // assessment"): it stands in place of the first.
            if role == "status", let earlier = roles.first(where: { $0.value == "status" })?.key {
                roles[earlier] = nil
            } else if roles.values.contains(role), role != "progress" {
                continue
            }
            roles[index] = role
        }
        // "Issue | Action agreed | Responsible officer …": an issue with an action beside it is
        // what the action answers, not a recommendation.
        if roles.values.contains("action") {
            for (index, role) in roles where role == "recommendation" {
                let words = TextTools.key(row.cells[index].text).split(separator: " ")
                if let first = words.first, !first.hasPrefix("recommend"), !words.contains(where: { $0.hasPrefix("recommend") }) {
                    roles[index] = nil
                }
            }
        }
        // A programme's schemes are its actions where a lead and a target date stand beside them.
        if !roles.values.contains("recommendation"), !roles.values.contains("action"), roles.values.contains("owner"),
           roles.values.contains("due"),
           let scheme = roles.filter({ $0.value == "scheme" }).map(\.key).min() {
            roles[scheme] = "action"
        }
        let itemIndex = roles.filter { $0.value == "recommendation" || $0.value == "action" }.map(\.key).min()
        guard let item = itemIndex, let itemRole = roles[item] else {
            // A number, a response and more, but no item's words: the rows answer items by number.
            if let number = roles.filter({ $0.value == "number" }).map(\.key).min(),
               roles.values.contains("response") || roles.values.contains("responseDecision"), roles.count >= 3,
               roles.count * 2 >= row.filledCells.count {
                return Columns(roles: roles, item: number, itemRole: "answer")
            }
            return nil
        }
        let others = Set(roles.filter { $0.key != item }.map(\.value)).subtracting(["recommendation", "action"])
        guard !others.isEmpty, roles.count * 2 >= row.filledCells.count else { return nil }
        let actions = itemRole == "recommendation" ? roles.filter { $0.value == "action" }.map(\.key).min() : nil
        return Columns(roles: roles, item: item, itemRole: itemRole, actions: actions)
    }

    /// The letters or words a paper's key defines ("RAG key: B = Complete; G = On track to
    /// meet the due date; …" → B: "Complete", G: "On track to meet the due date"; "RAG status:
    /// Complete (blue) – action delivered; Green – in progress and on track; …" → Complete:
    /// "action delivered", Green: "in progress and on track"), or nil when the line is no key
    /// of at least three entries.
    package static func letterKey(_ text: String) -> [String: String]? {
        // Every entry has its "=": a line with fewer than three is no key (and is most lines).
        var equals = 0
        for byte in text.utf8 where byte == UInt8(ascii: "=") { equals += 1 }
        var key: [String: String] = [:]
        if equals >= 3 {
            for match in text.matches(of: Pattern.keyEntry) {
                key[String(match.output.1)] = String(match.output.2)
            }
        } else {
            // Entries "Word (note) – meaning" between semicolons, or as sentences of one
            // paragraph ("Implemented – fully in place. Partially implemented – part of …"),
            // after the key's label.
            // Each entry has its dash set apart by spaces (a hyphen inside a word is none).
            var dashes = 0
            var previous: Unicode.Scalar = " "
            for scalar in text.unicodeScalars {
                if previous == " ", scalar == "–" || scalar == "—" || scalar == "-" { dashes += 1 }
                previous = scalar
            }
            guard dashes >= 3 else { return nil }
            let body = text.firstIndex(of: ":").map { String(text[text.index(after: $0)...]) } ?? text
            // Entries between semicolons, else (or where a meaning holds a semicolon of its own:
            // "Behind schedule – … will miss its timescale; a revised timescale is shown.") one
            // sentence each.
            let splits: [(entries: [Substring], bySemicolon: Bool)] = text.contains(";")
                ? [(body.split(separator: ";"), true), (body.split(separator: Pattern.sentenceBreak).map { Substring($0) }, false)]
                : [(body.split(separator: Pattern.sentenceBreak).map { Substring($0) }, false)]
            for split in splits {
                var entries = split.entries
                // The key's label set as a sentence of its own ("RAG key. Complete – …").
                if let first = entries.first, first.wholeMatch(of: Pattern.dashKeyEntry) == nil,
                   first.split(separator: " ").count <= 4 {
                    entries.removeFirst()
                }
                if let found = dashEntries(entries, closingNoteAllowed: !split.bySemicolon) { return found }
            }
            return nil
        }
        return key.count >= 3 ? key : nil
    }

    /// The "Word – meaning" entries of a key, or nil when one is no entry or there are fewer
    /// than three. A closing note after three or more entries ("Actions added since the last
    /// update have no progress entry yet.") is no entry, where such a note may stand.
    private static func dashEntries(_ entries: [Substring], closingNoteAllowed: Bool) -> [String: String]? {
        var key: [String: String] = [:]
        for entry in entries {
            guard let match = entry.wholeMatch(of: Pattern.dashKeyEntry) else {
                if key.count >= 3, closingNoteAllowed { break }
                return nil
            }
            key[String(match.output.1)] = String(match.output.2)
        }
        return key.count >= 3 ? key : nil
    }

    /// The key entry a status cell opens with ("Partially implemented ⏎ Review letters sent
    /// …" → "Partially implemented" and the rest), the longest that fits; nil when it opens
    /// with none.
    static func keyEntry(opening text: String, in key: [String: String]) -> (name: String, rest: String)? {
        let trimmed = text.trimmingCharacters()
        let lower = trimmed.lowercased()
        var best: String?
        for name in key.keys where lower.hasPrefix(name.lowercased()) && name.count > (best?.count ?? 0) {
            let after = trimmed.dropFirst(name.count).first
            if after == nil || !after!.isLetter { best = name }
        }
        guard let best else { return nil }
        return (best, String(trimmed.dropFirst(best.count)))
    }

    /// A status word a sentence defines ("An action is closed when its owner has confirmed …
    /// that it has been done." → "closed" and what follows "when"), or nil.
    package static func definedStatus(_ text: String) -> (word: String, meaning: String)? {
        guard TextTools.bytesContainIgnoringCase(text, " when "), let match = text.firstMatch(of: Pattern.statusDefinition) else { return nil }
        return (String(match.output.1), String(match.output.2))
    }

    /// The end of each plan year a line defines ("Timescales are given as plan years: Year 1 is
    /// April 2025 to March 2026, Year 2 is 2026/27 and Year 3 is 2027/28." → 1: "2026-03",
    /// 2: "2027-03", 3: "2028-03"), or nil when the line defines fewer than two.
    package static func planYears(_ text: String) -> [Int: String]? {
        // Most lines name no year: a byte search spares them the pattern.
        guard TextTools.bytesContainIgnoringCase(text, "year ") else { return nil }
        let heads = text.matches(of: Pattern.planYearDefinition)
        guard heads.count >= 2 else { return nil }
        var years: [Int: String] = [:]
        for (index, head) in heads.enumerated() {
            let end = index + 1 < heads.count ? heads[index + 1].range.lowerBound : text.endIndex
            guard let year = Int(head.output.1), let due = DueDateParser.due(String(text[head.range.upperBound..<end])) else { continue }
            years[year] = due
        }
        return years.count >= 2 ? years : nil
    }

    /// The financial year a paper's first lines name, when they name exactly one ("Safer
    /// Marrowfield Delivery Plan 2025/26"), or nil.
    static func titleYear(_ entries: [Entry]) -> String? {
        var years = Set<String>()
        for case .line(let line) in entries.prefix(4) {
            for match in line.text.matches(of: Pattern.financialYear) { years.insert(String(match.output.0)) }
        }
        return years.count == 1 ? years.first : nil
    }

    /// The financial year a line says a paper's quarters belong to ("Quarters are those of
    /// the Council's financial year 2025/26 …" → "2025/26"), or nil.
    package static func quarterYear(_ text: String) -> String? {
        guard TextTools.bytesContainIgnoringCase(text, "quarters "), let match = text.firstMatch(of: Pattern.financialYear) else { return nil }
        return String(match.output.0)
    }

    /// The status an entry of the paper's key stands for: a meaning that opens with a word of
    /// the progress scale ("not yet started", "in progress and on track"), else a key word
    /// that is one itself ("Complete"), else what the meaning says in the vocabulary's status
    /// phrases ("Closed – overtaken by other work" → superseded). A form followed by "to"
    /// judges a goal, not progress: "On track to meet the due date" or "At risk of missing
    /// the due date" give nil.
    func keyedStatus(_ letter: String, in key: [String: String]) -> Status?? {
        let name = letter.trimmingCharacters()
        guard let meaning = key[name] ?? key.first(where: { $0.key.lowercased() == name.lowercased() })?.value else { return nil }
        return .some(status(meaning: meaning, name: name))
    }

    /// The status a key's entry states by its meaning (or by its word, `name`, when that is
    /// on the progress scale); nil when it states none.
    func status(meaning: String, name: String?) -> Status? {
        if let found = scales.status(in: meaning) {
            // "Not started or stalled", "Not started, or started and then stopped" name two
            // states, not one.
            var rest = Substring(found.rest.trimming(".").trimmingCharacters())
            while let first = rest.first, first == "," || first == ";" || first == " " { rest.removeFirst() }
            return rest.hasPrefix("to ") || rest.hasPrefix("or ") ? nil : found.status
        }
        if let name, let found = scales.status(in: name), found.rest.isEmpty { return found.status }
        return book.status(meaning: meaning)
    }

    /// The fields one table states a row each, or nil when the rows are no such record: two
    /// or more rows, each of at most two filled cells whose first names a distinct column
    /// role other than an item's, one of them a response, decision, owner, status or progress.
    func record(_ rows: [RowView], key: [String: String]) -> Recommendation? {
        guard rows.count >= 2 else { return nil }
        var values: [String: RowCell] = [:]
        var roles = Set<String>()
        for row in rows {
            let filled = row.filledCells
            guard (1...2).contains(filled.count), let label = row.cells.first, !label.text.isEmpty,
                  label.text.count <= 40, let role = book.columnRole(label.text),
                  role != "recommendation", role != "action", roles.insert(role).inserted else { return nil }
            if row.cells.count > 1, !row.cells[1].text.isEmpty { values[role] = row.cells[1] }
        }
        guard !roles.isDisjoint(with: ["response", "responseDecision", "owner", "status", "progress"]) else { return nil }
        let found = fields { values[$0] }
        guard let location = rows.first?.cells.first?.location else { return nil }
        return Recommendation(
            id: "", number: nil, theme: nil, text: "", owners: found.owners, due: found.due, timeframe: found.timeframe,
            status: found.status, progress: found.progress, response: found.response,
            responseDecision: found.responseDecision, location: location, confidence: found.confidence)
    }

    /// Fills each recommendation printed just before a record table with the fields the
    /// table states, where the recommendation states none of them itself.
    package static func attach(_ records: [Record], to items: inout [Recommendation]) {
        for record in records {
            guard let block = record.after,
                  let index = items.lastIndex(where: { $0.location.block == block && $0.location.row == nil }) else { continue }
            var item = items[index]
            guard item.response == nil, item.responseDecision == nil, item.owners.isEmpty, item.timeframe == nil,
                  item.status == nil, item.progress == nil else { continue }
            let fields = record.fields
            item.owners = fields.owners
            item.due = fields.due
            item.timeframe = fields.timeframe
            item.status = fields.status
            item.progress = fields.progress
            item.response = fields.response
            item.responseDecision = fields.responseDecision
            item.planLocation = fields.location
            items[index] = item
        }
    }

    /// Fills listed recommendations from a table that answers them by number ("R1: Self-neglect
    /// guidance | Accepted. … | All Board partners | Sept 2026 | In progress" after a list
    /// "1. The Board should …"): when every row's number ("R1", "Rec 1", "1") names one
    /// listed recommendation, each row gives its owners, timescale, status, progress and
    /// response to that recommendation, where it states none itself, and is not an item of
    /// its own. Returns the rows still to be read as items: none when all were matched, all
    /// of them otherwise.
    package static func attachByNumber(_ rows: [Recommendation], to items: inout [Recommendation]) -> [Recommendation] {
        guard !rows.isEmpty, !items.isEmpty else { return rows }
        var listed: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            // An unnumbered covering ask ("The Committee is asked to note the response …") is
            // not among the items the table answers.
            guard let label = item.number else { continue }
            guard let number = numberKey(label), listed[number] == nil else { return rows }
            listed[number] = index
        }
        guard !listed.isEmpty else { return rows }
        var matches: [(row: Recommendation, index: Int)] = []
        for row in rows {
            guard let number = (row.number ?? leadingNumber(row.text)).flatMap(numberKey), let index = listed[number],
                  !matches.contains(where: { $0.index == index }) else { return rows }
            matches.append((row, index))
        }
        for (row, index) in matches {
            var item = items[index]
            item.fillEmptyFields(from: row)
            items[index] = item
        }
        return []
    }

    /// One recommendation for each that a later table restates: a row of another table with
    /// the same number and like words ("R1 That the ICB publishes …" in a response table after
    /// a table of the recommendations "R1 | That the ICB publishes …") fills in the earlier
    /// row's empty fields and is not kept apart.
    package static func mergingRestated(_ items: [Recommendation]) -> [Recommendation] {
        var result: [Recommendation] = []
        for item in items {
            guard let number = item.number.flatMap(numberKey),
                  let index = result.firstIndex(where: { earlier in
                      earlier.location.block != item.location.block && earlier.number.flatMap(numberKey) == number
                          && TextTools.similarity(earlier.text, item.text) >= RecommendationReader.restatementThreshold
                  }) else {
                result.append(item)
                continue
            }
            var earlier = result[index]
            earlier.fillEmptyFields(from: item)
            earlier.theme = earlier.theme ?? item.theme
            // The restating row's label is the item's number in that table (a plan's "No.").
            earlier.planNumber = earlier.planNumber ?? item.number
            result[index] = earlier
        }
        return result
    }

    /// Fills listed recommendations from the table rows that restate them in their own words
    /// and order (an appended plan "P2.1 | End the use of bed and breakfast … | Lead | By when
    /// | Status" after a list "(b) end the use of …"): each such row gives its item's owners,
    /// timescale, status, progress and response, and its label as the plan number. Returns the
    /// rows that restate no listed item, and a warning where the labels differ.
    package static func attachByText(_ rows: [Recommendation], to items: inout [Recommendation])
        -> (rest: [Recommendation], warning: Warning?) {
        guard !rows.isEmpty, !items.isEmpty else { return (rows, nil) }
        let pairs = RecommendationReader.restatements(rows.map(\.text), of: items.map(\.text), threshold: RecommendationReader.restatementThreshold)
        // One row of three or more like one of several asks is chance (a table of another
        // body's recommendations beside the report's own asks, sharing their words), not a
        // table restating the asks.
        guard pairs.count >= min(2, items.count) || rows.count < 3 else { return (rows, nil) }
        var taken = Set<Int>()
        var disagreeing: [(label: String?, number: String?, at: SourceLocation)] = []
        for (rowIndex, index) in pairs {
            let row = rows[rowIndex]
            var item = items[index]
            // An item that already has its fields (a response table matched it by number) keeps them.
            guard item.planLocation == nil else { continue }
            taken.insert(rowIndex)
            item.fillEmptyFields(from: row)
            item.planNumber = row.number
            if let label = row.number, label != item.number { disagreeing.append((label, item.number, row.location)) }
            items[index] = item
        }
        let rest = rows.indices.filter { !taken.contains($0) }.map { rows[$0] }
        return (rest, RecommendationReader.numberingWarning(disagreeing))
    }

    /// The figure a recommendation's label holds ("R1" → "1", "Rec. 4" → "4", "(2)" → "2",
    /// "12.1" → "12.1"), or nil when it holds none.
    static func numberKey(_ label: String) -> String? {
        let trimmed = label.trimmingCharacters()
        guard let match = trimmed.wholeMatch(of: Pattern.recommendationNumber) else { return nil }
        return String(match.output.1)
    }

    /// The label a row's text opens with ("R1: Self-neglect guidance" → "R1"), or nil.
    static func leadingNumber(_ text: String) -> String? {
        guard let match = text.prefixMatch(of: Pattern.leadingRecommendationNumber) else { return nil }
        return String(match.output.1)
    }

    /// The values an item's cells state, by column role.
    struct Fields {
        var owners: [String] = []
        var due: String?
        var timeframe: String?
        var status: Status?
        var progress: String?
        var response: String?
        var responseDecision: ResponseDecision?
        var confidence = Confidence.certain
    }

    /// Reads the owners, timeframe, status, progress and response of the cells `cell`
    /// gives by role; a letter the paper's key defines is read by that key.
    func fields(key: [String: String] = [:], colourKey: [String: String] = [:], colourNames: ColourKey? = nil,
                planYears: [Int: String] = [:], quarterYear: String? = nil, blank: (String) -> RowCell? = { _ in nil }, _ cell: (String) -> RowCell?) -> Fields {
        var found = Fields()
        found.owners = cell("owner").map { book.ownerSplitter.owners($0.multiline) } ?? []
        // A revised date stands in place of the first; a milestone column gives the timescale
        // only where the table has no due column. A cell that states nothing ("N/A", "–") is none.
        func stated(_ role: String) -> String? {
            cell(role).map { TextTools.collapse($0.text) }.flatMap { book.isEmptyValue($0) ? nil : $0 }
        }
        found.timeframe = stated("revisedDue") ?? stated("due") ?? (blank("due") == nil ? stated("milestone") : nil)
        found.due = found.timeframe.flatMap(DueDateParser.due)
        // A timescale that says the item is done ("Implemented", "Complete") is its status,
        // not a time.
        if found.due == nil, let timeframe = found.timeframe, let stated = scales.status(in: timeframe),
           stated.status == .completed, stated.rest.trimming(".").trimmingCharacters().isEmpty {
            found.timeframe = nil
            found.status = .completed
        }
        // "end of Q2": a quarter alone is one of the financial year the paper names for them.
        if found.due == nil, let year = quarterYear, let timeframe = found.timeframe,
           let match = timeframe.firstMatch(of: Pattern.bareQuarter) {
            found.due = DueDateParser.due("Q\(match.output.1) \(year)")
        }
        // "Year 1", "Years 1–2": due at the end of the last plan year the paper defines.
        if found.due == nil, let timeframe = found.timeframe, let match = timeframe.wholeMatch(of: Pattern.planYearTimeframe) {
            let last = match.output.2.flatMap { Int($0) } ?? Int(match.output.1)
            found.due = last.flatMap { planYears[$0] }
        }
        // A letter the paper's own key defines is read by that key, never by its colour.
        var keyed = false
        // What a status cell says after its status word is a progress note, where no column
        // holds one ("Implemented ⏎ Reconciled every month since February 2025").
        var statusNote: String?
        if let statusCell = cell("status"), let entry = Self.keyEntry(opening: statusCell.text, in: key),
           let fromKey = keyedStatus(entry.name, in: key) {
            found.status = fromKey
            statusNote = entry.rest
            keyed = true
        } else if let statusCell = cell("status") {
            let stated = scales.status(in: statusCell.text)
            found.status = stated?.status ?? statusCell.shading.flatMap(scales.status(colour:))
            statusNote = stated?.rest
            if found.status == nil, statusCell.shading != nil, statusCell.text.isEmpty == false {
                found.confidence = found.confidence.lowered(by: 0.1, because: "status words not on the progress scale")
            }
        }
        if cell("progress") == nil, let note = statusNote.flatMap(ProgressNote.clean), !note.isEmpty {
            found.progress = note
        }
        // A RAG letter the paper's key defines says the status more plainly than the words an
        // update opens with ("A" for "In progress, milestone at risk" beside "Completed within
        // 60 days: 58% …").
        let keyedRag = cell("rag").flatMap { keyedStatus($0.text, in: key) }
        if let progressCell = cell("progress") {
            if found.status == nil, let entry = Self.keyEntry(opening: progressCell.text, in: key),
               let fromKey = keyedStatus(entry.name, in: key) {
                // "Delayed – the web pages will go live …" read by the paper's progress key.
                found.status = fromKey
                keyed = true
            }
            if let status = scales.status(in: progressCell.text) {
                found.status = found.status ?? keyedRag ?? status.status
                found.progress = ProgressNote.clean(status.rest)
            } else {
                found.progress = ProgressNote.clean(progressCell.multiline)
            }
            if found.status == nil, let shade = progressCell.shading { found.status = scales.status(colour: shade) }
        }
        if found.status == nil, !keyed, let rag = cell("rag") {
            if let fromKey = keyedStatus(rag.text, in: key) {
                found.status = fromKey
            } else if let shade = rag.shading ?? Optional(rag.text) {
                found.status = scales.status(colour: shade)
            }
        }
        // An empty box in the RAG (or status) column says its status by its colour, through
        // the paper's key of coloured boxes.
        if found.status == nil, !keyed, !colourKey.isEmpty, let box = blank("rag") ?? blank("status"), box.text.isEmpty,
           let meaning = colourKey[box.shading?.uppercased() ?? ""] {
            found.status = status(meaning: meaning, name: nil)
        }
        // A shaded progress (or status, or RAG) cell read through a key that names colours.
        if found.status == nil, !keyed, let colourNames,
           let shade = (blank("progress") ?? blank("status") ?? blank("rag"))?.shading,
           let meaning = colourNames.meaning(ofShading: shade) {
            found.status = status(meaning: meaning, name: nil)
        }
        found.response = cell("response").map { TextTools.collapse($0.text) }
        found.responseDecision = cell("responseDecision").flatMap { book.responseDecision($0.text) }
        if found.responseDecision == nil, let response = found.response,
           let head = response.split(whereSeparator: { ".,:;–(".contains($0) }).first {
            found.responseDecision = book.responseDecision(exactly: String(head)) ?? book.responseDecision(statement: response)
        }
        return found
    }

    /// Reads one item row into `result`; false when the row holds no item. In a table that
    /// sets actions beside recommendations, the row's recommendation (with the response to
    /// it) and its action (with the owners, timescale and progress) are read apart; a row
    /// whose recommendation cell is merged down from the row above gives its action only.
    @discardableResult
    private func read(_ row: RowView, _ columns: Columns, key: [String: String], colourKey: [String: String],
                      colourNames: ColourKey?, planYears: [Int: String], quarterYear: String?, sectionTheme: String?,
                      into result: inout Result) -> Bool {
        func blank(_ role: String) -> RowCell? {
            guard let index = columns.index(role), index < row.cells.count else { return nil }
            return row.cells[index]
        }
        func cell(_ role: String) -> RowCell? {
            blank(role).flatMap { $0.text.isEmpty ? nil : $0 }
        }
        guard columns.item < row.cells.count else { return false }
        // A cell stating that nothing is needed ("None required.", "N/A") holds no item.
        func stated(_ cell: RowCell) -> RowCell {
            book.isEmptyValue(cell.text) ? RowCell(lines: [], text: "", multiline: "", shading: cell.shading, location: cell.location) : cell
        }
        let itemCell = stated(row.cells[columns.item])
        let actionCell = columns.actions.flatMap { $0 < row.cells.count ? stated(row.cells[$0]) : nil }
        guard !itemCell.text.isEmpty || !(actionCell?.text.isEmpty ?? true) else { return false }
        let found = fields(key: key, colourKey: colourKey, colourNames: colourNames, planYears: planYears,
                           quarterYear: quarterYear, blank: blank, cell)
        let theme = cell("theme").map { TextTools.collapse($0.text) }
            ?? cell("raised").flatMap { Self.bracketedTopic($0.text) }
            ?? sectionTheme
        if columns.itemRole == "answer" {
            let number = TextTools.collapse(itemCell.text).trimming(".")
            guard Self.numberKey(number) != nil else { return false }
            result.answers.append(Recommendation(
                id: "", number: number, theme: nil, text: "", owners: found.owners, due: found.due,
                timeframe: found.timeframe, status: found.status, progress: found.progress,
                response: found.response, responseDecision: found.responseDecision,
                location: itemCell.location, confidence: found.confidence))
            return true
        }
        if let actionCell {
            if !itemCell.text.isEmpty {
                let (label, text) = labelled(itemCell.text, number: nil)
                result.recommendations.append(Recommendation(
                    id: "", number: label, theme: theme, text: text, verb: book.verb(of: text),
                    addressee: book.actingBody(of: text), response: found.response,
                    responseDecision: found.responseDecision, location: itemCell.location, confidence: found.confidence))
            }
            if !actionCell.text.isEmpty {
                let (label, text) = labelled(actionCell.text, number: nil)
                result.actions.append(ActionItem(
                    id: "", kind: .action, domain: nil, label: label, text: text, owners: found.owners, due: found.due,
                    timeframe: found.timeframe, status: found.status, progress: found.progress,
                    location: actionCell.location, confidence: found.confidence))
            }
            return true
        }
        // A count ("Complete | 1" under "RAG | Actions") is a figure, not an item.
        guard !itemCell.text.isEmpty, itemCell.text.contains(where: \.isLetter) else { return false }
        var (label, text) = labelled(itemCell.text, number: cell("number"))
        // A first column of references under another header ("Priority | … | Action": "1.1",
        // "2.3") numbers the rows.
        if label == nil, columns.item > 0, columns.roles[0] != "number", let first = row.cells.first,
           first.text.wholeMatch(of: Pattern.rowReference) != nil {
            label = first.text.trimming(".")
        }
        switch columns.itemRole {
        case "recommendation":
            // A row of a plan (a lead, a date, a status or progress beside the item) carries
            // its label as the item's plan number.
            let isPlan = ["owner", "due", "status", "progress"].contains { columns.index($0) != nil }
            result.recommendations.append(Recommendation(
                id: "", number: label, theme: theme, text: text, owners: found.owners, due: found.due,
                timeframe: found.timeframe, status: found.status, progress: found.progress,
                planNumber: isPlan ? label : nil, verb: book.verb(of: text),
                addressee: book.actingBody(of: text), response: found.response,
                responseDecision: found.responseDecision, location: itemCell.location, confidence: found.confidence))
        default:
            // A log with no owner column names each action's owner in its words ("Clerk to
            // ask …", "Deputy Clerk / RFO to update …").
            var owners = found.owners
            var confidence = found.confidence
            if columns.index("owner") == nil, owners.isEmpty, let named = book.ownerSplitter.ownersOpening(text) {
                owners = named
                confidence = confidence.lowered(by: 0.15, because: "owner read from the sentence")
            }
            result.actions.append(ActionItem(
                id: "", kind: .action, domain: cell("domain").flatMap { domains.domain(heading: $0.text)?.id },
                label: label, text: text, owners: owners, due: found.due,
                timeframe: found.timeframe, status: found.status, progress: found.progress, location: itemCell.location,
                confidence: confidence))
        }
        return true
    }

    /// An item's label and text: the number column's value where there is one, else the
    /// label the text opens with ("1.1 Publish …" → "1.1", "Publish …").
    private func labelled(_ text: String, number: RowCell?) -> (label: String?, text: String) {
        if let number { return (PaperLine.value(of: number.text), text) }
        if let split = PaperLine.splitLabel(text) { return (split.number, split.body) }
        // "1a Relaunch the front door practice standards …": a number and a letter, the
        // actions of area 1 lettered under it.
        if text.first?.isNumber == true, let match = text.prefixMatch(of: Self.letteredAction) {
            return (String(match.output.1), String(text[match.range.upperBound...]))
        }
        // "R1 That the ICB publishes …": a recommendation's letters and number.
        if text.first == "R", let match = text.prefixMatch(of: Self.letteredNumber) {
            return (String(match.output.1), String(text[match.range.upperBound...]))
        }
        return (nil, text)
    }

    /// The dashes, set apart by spaces, that a key entry's name and meaning stand either side of.
    static let spacedDash = TextTools.BytePhrases([" – ", " - ", " — "])

    /// A number and one letter opening an action's text: "1a ", "12c ".
    nonisolated(unsafe) static let letteredAction = /([0-9]{1,2}[a-z])\s+/

    /// The topic a "Date of meeting" cell names in brackets after the date ("12 March 2025
    /// (Stroke rehabilitation)" → "Stroke rehabilitation"), or nil.
    static func bracketedTopic(_ text: String) -> String? {
        guard let aside = TextTools.closingAside(TextTools.collapse(text))?.aside else { return nil }
        let topic = TextTools.collapse(aside)
        return topic.isEmpty || DueDateParser.due(topic) != nil ? nil : topic
    }

}

extension Recommendation {
    /// Fills the fields this item leaves empty from a table row that answers or restates it
    /// (owners, timescale, status, progress, response and decision), the row's place as its
    /// plan location.
    mutating func fillEmptyFields(from row: Recommendation) {
        if owners.isEmpty { owners = row.owners }
        due = due ?? row.due
        timeframe = timeframe ?? row.timeframe
        status = status ?? row.status
        progress = progress ?? row.progress
        response = response ?? row.response
        responseDecision = responseDecision ?? row.responseDecision
        planLocation = planLocation ?? row.location
    }
}
