public import PipelineCore

/// The segment stage: turns an extracted `Document` into a `ReviewDocument` of domains,
/// questions, ratings, evidence, actions, recommendations and decisions, each with its
/// location, reading the paper with the readers of its genre.
///
/// Tags are left empty for the tagging stage. Every finding a reviewer should look at
/// (an unmatched question, an ambiguous rating, plan numbering that disagrees) becomes a
/// `Diagnostic` of the run, which the emit stage turns into the output's warnings.
public struct Segmenter: Stage {
    /// The stage's name in progress lines and errors.
    public let name = "segment"
    /// The extracted document.
    public let consumes: [Artifact] = [.document]
    /// The review data.
    public let produces: [Artifact] = [.review]
    /// The framework domains, questions and ratings are matched against.
    public let framework: Framework
    /// What the readers know about each genre.
    public let vocabulary: Vocabulary
    /// The vocabulary prepared for lookups once, not per document.
    let book: PhraseBook

    /// Creates the stage over a framework and a genre vocabulary (`Pipelines/genres.yml`).
    public init(framework: Framework, vocabulary: Vocabulary) {
        self.framework = framework
        self.vocabulary = vocabulary
        book = PhraseBook(vocabulary)
    }

    /// Segments the work's document into its review.
    /// - Throws: `PipelineError` when the framework has no domains to read against.
    public func run(_ work: inout PipelineWork, diagnostics: inout Diagnostics) async throws {
        work.review = try segment(try work.requireDocument(for: name), diagnostics: &diagnostics)
    }

    /// True when an item's words are a short title, not a sentence ("Self-neglect guidance"):
    /// six words at most, with no full stop.
    static func namesOnlyATitle(_ text: String) -> Bool {
        !text.hasSuffix(".") && text.split(separator: " ").count <= 6
    }

    /// True when a paper's headings name two or more of the framework's domains and a trial
    /// reading as a self-evaluation finds two or more of the framework's questions asked
    /// under them. The trial runs only on papers whose short lines name two domains.
    static func isFrameworkSelfEvaluation(_ entries: [Entry], lines: [PaperLine], framework: Framework, book: PhraseBook) -> Bool {
        let matcher = SelfEvaluationReader.domainMatcher(framework: framework, book: book)
        var named = Set<String>()
        for line in lines where line.text.utf8.count <= 120 {
            if let found = matcher.domain(heading: line.text) { named.insert(found.id) }
            if named.count >= 2 { break }
        }
        guard named.count >= 2 else { return false }
        var reader = SelfEvaluationReader(framework: framework, book: book)
        let found = reader.read(entries)
        return Set(found.domains.map(\.id)).count >= 2 && found.questions.filter { $0.setQuestion != nil }.count >= 2
    }

    /// Segments one document.
    /// - Parameters:
    ///   - document: The extracted document.
    ///   - diagnostics: Receives one warning per finding a reviewer should look at.
    /// - Throws: `PipelineError(.invalidConfiguration)` when the framework has no domains.
    public func segment(_ document: Document, diagnostics: inout Diagnostics) throws -> ReviewDocument {
        guard !framework.domains.isEmpty else {
            throw PipelineError(
                stage: name, file: document.source, reason: .invalidConfiguration,
                message: "the framework \(framework.id) has no domains to read the document against")
        }
        let entries = DocumentView(document).entries
        var verdict = DocumentClassifier.classify(document, entries: entries, book: book)
        let lines = PaperLine.lines(entries)
        let sheet = FrontSheetReader(book: book).read(entries)
        // A paper whose title names no kind is what its anatomy shows: a record of decision
        // (whose reference and key-decision fields look like a front sheet's), else a committee
        // report where it has a committee paper's front sheet (minutes appended to one do not
        // make it minutes), else minutes.
        if !verdict.kindFromTitle, verdict.kind == .other {
            let anatomy = DocumentClassifier.kindByAnatomy(lines, book: book)
            if anatomy == .decision {
                verdict.kind = .decision
            } else if sheet.markerCount >= 2 {
                verdict.kind = .committeeReport
            } else if let anatomy {
                verdict.kind = anatomy
            }
        }
        // A paper whose title names no kind, read so far as nothing or as a plan (its action
        // tables), is a self-evaluation where its short lines (headings, bold lines, table
        // cells) name two or more of the framework's domains and it asks two or more of the
        // framework's questions under them.
        // So is one rating itself standard by standard in a table ("Standard | Rating |
        // Evidence | Improvement action").
        if !verdict.kindFromTitle, verdict.kind == .other || verdict.kind == .actionPlan,
           Self.isFrameworkSelfEvaluation(entries, lines: lines, framework: framework, book: book)
            || SelfEvaluationReader.hasRatedStandardsTable(entries, book: book) {
            verdict.kind = .selfEvaluation
        }
        // A self-evaluation laid before a meeting (a front sheet saying whom it is reported to)
        // is a committee report about one: its recommendations and action tables are read as
        // a report's, and the domain ratings it states beside them.
        var reportedSelfEvaluation = false
        if verdict.kind == .selfEvaluation, sheet.meeting != nil, sheet.fields.count >= 3 {
            verdict.kind = .committeeReport
            reportedSelfEvaluation = true
        }
        var review = ReviewDocument(document: DocumentInfo(
            id: document.id, source: document.source, format: document.format, title: verdict.title,
            authority: verdict.authority, kind: verdict.kind, date: verdict.date, pageCount: document.metadata.pageCount,
            encoding: document.metadata.encoding
            ))
        if Self.committeeKinds.contains(verdict.kind) || sheet.markerCount >= 2 {
            review.document.title = sheet.title ?? verdict.title
            review.document.meeting = sheet.meeting
            // A meeting's date the front sheet or an opening line states ("Tuesday, 17 March 2026
            // at 6.30 pm" on an agenda published on the 9th), else the date the paper was
            // published, else one its title lines give.
            review.document.date = sheet.meetingDate ?? verdict.meetingLineDate ?? sheet.publishedDate ?? verdict.date
            review.document.decisionNumber = sheet.decisionNumber
        } else if let date = sheet.meetingDate ?? sheet.publishedDate.map({ verdict.meetingLineDate ?? $0 }) {
            // A plan or report dates itself in its document-control table ("Date | December
            // 2025"), before any date its title lines mention ("… inspection, June 2025"); a
            // paper for a meeting, published before it, by the meeting's date line.
            review.document.date = date
        }

        switch verdict.kind {
        case .selfEvaluation:
            var reader = SelfEvaluationReader(framework: framework, book: book)
            let found = reader.read(entries)
            review.domains = found.domains
            review.questions = found.questions
            review.evidence = found.evidence
            review.actions = found.actions
            review.warnings = found.warnings
            readSeedRecommendations(entries, framework: framework, book: book, into: &review)
        case .scrutinyReport, .surveyReport, .programmeReport, .actionPlan:
            review.evidence = FindingsReader.evidence(in: entries, kind: verdict.kind)
            // A plan that sets each recommendation's actions beside it in one table ("Recommendation
            // | Our response | Actions | Lead | Timescale | Progress") gives both from that table.
            let tableReader = ItemTableReader(book: book, framework: framework)
            let tables = tableReader.read(entries)
            if tables.pairsActions, !tables.actions.isEmpty {
                review.recommendations = AskedRecommendationReader(book: book).read(lines, defaultAddressee: nil)
                    .filter { $0.addressee != nil } + tables.recommendations
                review.actions = tables.actions
                break
            }
            readSeedRecommendations(entries, framework: framework, book: book, into: &review)
            let seedFound = review.recommendations.count
            if seedFound < 2 {
                // Where no list in the seed genres' shape was found (one item is no list), the
                // report read as a committee paper is: its asks, labelled paragraphs ("R1⇥That the
                // Council …") and the response table that answers them.
                // Its findings stand only if that reading is kept.
                var trialWarnings: [Warning] = []
                var answers = tables
                let asked = Self.askedWithTheirRows(
                    AskedRecommendationReader(book: book).read(lines, defaultAddressee: nil), tables: &answers, warnings: &trialWarnings)
                let listed = Self.listedRecommendations(
                    asked: asked, tables: &answers, lines: lines, tableReader: tableReader, book: book, warnings: &trialWarnings)
                // Counted in the prose: a plan table's rows alone make no list in place of the
                // seed reader's (a row that restates no recommendation is a warning, not an item).
                if listed.filter({ $0.number != nil && $0.location.row == nil }).count > seedFound {
                    review.recommendations = listed
                    review.warnings += trialWarnings
                    if review.actions.isEmpty { review.actions = answers.actions }
                    break
                }
                if seedFound == 0 {
                    review.recommendations = asked
                    review.warnings += trialWarnings
                }
            }
            // A response table that answers the listed recommendations by number ("R1 | Accepted
            // | Lead agency | Target date | Status") fills them in.
            if !tables.recommendations.isEmpty {
                _ = ItemTableReader.attachByNumber(tables.recommendations, to: &review.recommendations)
            }
            // So does a table of answers by number alone ("No. | Response | Decision | Lead").
            _ = ItemTableReader.attachByNumber(tables.answers, to: &review.recommendations)
            // Item tables, where the paper's prose gave no numbered recommendation (a covering
            // "The Committee is asked to endorse …" and a "No. | Recommendation | To |
            // Timescale" table): the table's rows follow the covering sentence.
            if review.recommendations.allSatisfy({ $0.number == nil }), review.actions.isEmpty {
                review.recommendations += tables.recommendations
                review.actions = tables.actions
            } else if verdict.kind == .actionPlan, review.actions.isEmpty {
                // A plan's own table of actions, whatever its covering report asks ("(i) note
                // the progress …; (iii) agree the revised dates for the actions in Appendix A").
                review.actions = tables.actions
            }
        case .minutes:
            let meeting = DecisionReader(book: book).minutesMeeting(lines)
            // Minutes headed by the body's name alone ("Board of Trustees" over "Minutes of the
            // meeting held on …") are that body's.
            review.document.meeting = meeting.body ?? sheet.meeting
                ?? verdict.title.flatMap { DocumentClassifier.isBodyName($0, book: book) ? $0 : nil }
            // "Minutes of the Board meeting …" under "Ravenholt Safeguarding Adults Board": the
            // fuller name printed over the minutes (a council's own name is the authority's).
            if let body = review.document.meeting, !body.contains(" "),
               let fuller = lines.prefix(6).first(where: { line in
                   !line.inTable && DocumentClassifier.isBodyName(line.text, book: book)
                       && line.text.split(separator: " ").count > 1 && !DocumentClassifier.isCouncilName(line.text)
                       && DocumentClassifier.statedAuthority(in: [DocumentClassifier.titleCased(line.text)], book: book) == nil
                       && line.text.split(separator: " ").last.map({ TextTools.key(String($0)) == TextTools.key(body) }) == true
               }) {
                review.document.meeting = DocumentClassifier.titleCased(TextTools.collapse(fuller.text), keepingJoiners: true)
            }
            review.document.date = meeting.date ?? review.document.date
            let found = DecisionReader(book: book).minutes(
                lines, decisionMaker: review.document.meeting, date: nil, meetingDate: review.document.date)
            review.decisions = found.decisions
            // Minutes set out as a table record their decisions in a column of their own.
            if found.decisions.isEmpty {
                review.decisions = DecisionReader(book: book).decisionColumn(entries, decisionMaker: review.document.meeting)
            }
            review.actions = found.actions
            review.actions += ItemTableReader(book: book, framework: framework).read(entries).actions
        case .decision:
            let reader = DecisionReader(book: book)
            let maker = sheet.fields["decisionMaker"] ?? sheet.meeting
            // A notice that dates itself only in its closing lines ("Date of decision: 3
            // February 2026" under the signature) takes the first date field it states.
            if review.document.date == nil, let stated = lines.lazy.compactMap({ book.frontSheetLine($0.text) })
                .first(where: { $0.field == "date" }), let date = DueDateParser.firstDate(stated.value) {
                review.document.date = date
            }
            // A record of the decisions a meeting took, one block per agenda item, reads as
            // minutes do: each decision with its item, and the block's own reference.
            let blocks = reader.minutes(lines, decisionMaker: maker, date: review.document.date, meetingDate: review.document.date, readsReferences: true)
            if Set(blocks.decisions.compactMap(\.item)).count >= 2 {
                review.decisions = blocks.decisions.map { decision in
                    var decision = decision
                    decision.kind = .decision
                    return decision
                }
                review.actions = blocks.actions + ItemTableReader(book: book, framework: framework).read(entries).actions
            } else {
                review.decisions = reader.recordOfDecision(
                    lines, number: sheet.statedDecisionNumber, decisionMaker: maker, date: review.document.date)
            }
            if review.decisions.isEmpty {
                let number = sheet.fields["amendmentNumber"].map { TextTools.collapse($0) }
                // Motions set out for a meeting are proposals to it, of the paper's agenda item and date.
                review.decisions = reader.proposals(
                    lines, number: number, body: sheet.meeting, item: sheet.fields["agendaItem"].map { TextTools.collapse($0) },
                    date: sheet.meeting == nil ? nil : review.document.date)
            }
        case .committeeReport, .needsAssessment, .executiveResponse, .tracker, .other:
            // A reports pack holds the last meeting's minutes among its reports: their
            // resolutions are decisions, and no words of theirs are the reports' items.
            let minutesParts = Self.minutesInPack(lines, book: book)
            let minutesBlocks = Set(minutesParts.flatMap { part in lines[part].map(\.location.block) })
            let reportLines = minutesParts.isEmpty ? lines : lines.filter { !minutesBlocks.contains($0.location.block) }
            let reportEntries = minutesParts.isEmpty ? entries : entries.filter { entry in
                switch entry {
                case .line(let line): return !minutesBlocks.contains(line.location.block)
                case .row(let row): return !minutesBlocks.contains(row.block)
                }
            }
            for part in minutesParts {
                let partLines = Array(lines[part])
                let meeting = DecisionReader(book: book).minutesMeeting(partLines)
                // The body's name over the minutes ("CABINET"), not the council's line above it.
                let body = meeting.body ?? partLines.prefix(4).first(where: { line in
                    line.isHeading && DocumentClassifier.isBodyName(line.text, book: book)
                        && DocumentClassifier.statedAuthority(in: [line.text], book: book) == nil
                }).map { DocumentClassifier.titleCased(TextTools.collapse($0.text), keepingJoiners: true) } ?? review.document.meeting
                review.decisions += DecisionReader(book: book).minutes(
                    partLines, decisionMaker: body, date: nil, meetingDate: meeting.date).decisions
            }
            let tableReader = ItemTableReader(book: book, framework: framework)
            var tables = tableReader.read(reportEntries)
            let asked = Self.askedWithTheirRows(
                AskedRecommendationReader(book: book).read(reportLines, defaultAddressee: review.document.meeting),
                tables: &tables, warnings: &review.warnings)
            if verdict.kind == .other {
                // An unrecognised paper gives only what its anatomy shows: item tables, or
                // recommendations a lead-in addresses to a body.
                // Once some items name the body asked, a numbered item among them that names none
                // ("2.3 That authority be delegated …") belongs to the same list.
                let anyAddressed = asked.contains { $0.addressee != nil }
                let addressed = asked.filter { $0.addressee != nil || (anyAddressed && $0.number != nil) }
                review.recommendations = addressed.isEmpty ? tables.recommendations : addressed + tables.recommendations
                review.actions = tables.actions
                if !addressed.isEmpty {
                    if tables.recommendations.isEmpty {
                        review.recommendations = Self.withHeaded(review.recommendations, lines: reportLines, tableReader: tableReader, book: book)
                    }
                    review.document.kind = .committeeReport
                } else if tables.hasResponses {
                    review.document.kind = .executiveResponse
                } else if tables.tracksProgress {
                    review.document.kind = .tracker
                } else if !tables.actions.isEmpty {
                    review.document.kind = .actionPlan
                } else {
                    // A letter or review whose authors make their recommendations in their own
                    // numbered paragraphs, two or more of them.
                    let spoken = AskedRecommendationReader(book: book).spoken(reportLines)
                    if spoken.count >= 2 {
                        review.recommendations = spoken
                        review.document.kind = .scrutinyReport
                    } else {
                        // A review or assessment whose title names no kind, setting out two or
                        // more recommendations as a list under its recommendations heading: its
                        // list is read, and it is taken for a review (the kind its anatomy
                        // cannot tell from an assessment's).
                        let listed = RecommendationReader(framework: framework, book: book).read(reportEntries)
                        if listed.recommendations.count >= 2 {
                            review.recommendations = listed.recommendations
                            review.warnings += listed.warnings
                            review.document.kind = .scrutinyReport
                        }
                    }
                }
            } else {
                review.recommendations = Self.listedRecommendations(
                    asked: asked, tables: &tables, lines: reportLines, tableReader: tableReader, book: book, warnings: &review.warnings)
                // Nothing asked and no item table: a list of two or more recommendations under
                // the paper's recommendations heading (a review with its response, a response
                // that first sets out what it answers), answered by number in a table.
                if review.recommendations.isEmpty, tables.actions.isEmpty {
                    let listed = RecommendationReader(framework: framework, book: book).read(reportEntries)
                    if listed.recommendations.count >= 2 {
                        review.recommendations = listed.recommendations
                        review.warnings += listed.warnings
                        _ = ItemTableReader.attachByNumber(tables.recommendations, to: &review.recommendations)
                    }
                } else if review.recommendations.count >= 2,
                          review.recommendations.allSatisfy({ $0.location.row != nil && Self.namesOnlyATitle($0.text) }) {
                    // A response table that names each recommendation by its number and a short
                    // title ("R1: Self-neglect guidance") answers the list the paper sets out in
                    // full under its recommendations heading: the list's words, the table's fields.
                    var listed = RecommendationReader(framework: framework, book: book).read(reportEntries).recommendations
                    if listed.count >= review.recommendations.count,
                       ItemTableReader.attachByNumber(review.recommendations, to: &listed).isEmpty {
                        review.recommendations = listed
                    }
                }
                _ = ItemTableReader.attachByNumber(tables.answers, to: &review.recommendations)
                review.actions = tables.actions
                if reportedSelfEvaluation {
                    var reader = SelfEvaluationReader(framework: framework, book: book)
                    let found = reader.read(entries)
                    review.domains = found.domains.filter { $0.rating != nil }
                    if review.actions.isEmpty { review.actions = found.actions.filter { $0.kind == .action } }
                }
                // A report whose items are mostly the rows of a table that tracks their
                // progress (a follow-up of audit or scrutiny recommendations) is a tracker.
                // The title says so ("… Progress Report", "… Follow-up"): a report setting out
                // another body's recommendations beside what is being done about them is a
                // committee report still.
                if verdict.kind == .committeeReport, !verdict.kindFromTitle, tables.tracksProgress,
                   tables.recommendations.count > asked.count, book.mentions("trackingTitles", review.document.title ?? "") {
                    review.document.kind = .tracker
                }
            }
        }

        // Papers of the committee genres name their council in full and the body they go to.
        // Other papers (self-evaluations aside, which go by their place) take the full name
        // the text states where it extends the place they name ("Alderford" → "London
        // Borough of Alderford"), or where they name none.
        // A self-evaluation whose title names its place ("Northbridge’s Self Evaluation")
        // goes by that place.
        let placeInTitle = review.document.kind == .selfEvaluation && (verdict.authority.map { place in
            review.document.title?.contains(place) == true
                || lines.prefix(6).contains { $0.text.contains(place + "’s") || $0.text.contains(place + "'s") }
        } ?? false)
        // A paper titled with a council's name alone ("Mistleford Town Council" over its
        // minutes) is that council's.
        let titledAuthority = review.document.title.flatMap { title in
            DocumentClassifier.statedAuthority(in: [title], book: book) == TextTools.collapse(title) ? TextTools.collapse(title) : nil
        }
        let stated = placeInTitle ? nil : titledAuthority ?? DocumentClassifier.statedAuthority(in: lines.map(\.text), book: book)
        // The document's text lines, for the opening lines the readers below look at.
        let opening = FindingsReader.lines(entries)
        if Self.committeeKinds.contains(review.document.kind) || sheet.markerCount >= 2 {
            review.document.authority = stated ?? DocumentClassifier.councilFullName(in: opening) ?? verdict.authority
            if review.document.meeting == nil {
                review.document.meeting = DocumentClassifier.meetingBody(in: opening, book: book)
            }
        } else if let stated,
                  verdict.authority.map({ stated.hasPrefix($0 + " ") || stated.hasSuffix(" of " + $0) })
                    ?? !Self.partnerKinds.contains(review.document.kind) {
            review.document.authority = stated
        }
        // Any paper that says whom it is presented to names its meeting.
        // So does a pack's line naming the meeting and the paper's item ("Climate and
        // Environment Overview and Scrutiny Committee – 14 July 2026 – Agenda item 6").
        if review.document.meeting == nil {
            review.document.meeting = DocumentClassifier.meetingBody(in: opening, book: book, addressedOnly: true)
                ?? DocumentClassifier.ownBodysMeeting(in: opening, book: book)
                ?? opening.prefix(8).first { book.namesAgendaItem($0.text) || Self.isMeetingAndDate($0.text, book: book) }
                    .flatMap { DocumentClassifier.meetingBody(in: [$0], book: book) }
        }
        // "Full Council" is the council itself meeting: the paper's authority names it.
        if let meeting = review.document.meeting, let authority = review.document.authority,
           (book.vocabulary.sections["plenaryMeetings"] ?? []).contains(where: { TextTools.key($0) == TextTools.key(meeting) }) {
            review.document.meeting = authority
            for index in review.decisions.indices where review.decisions[index].decisionMaker == meeting {
                review.decisions[index].decisionMaker = authority
            }
        }
        // A notice that names its body only in its running header or footer ("Alderford Borough
        // Council – Licensing Sub-Committee – Ref. 26/03"): that body decided.
        if review.document.kind == .decision, review.document.meeting == nil,
           let body = Self.bodyInFurniture(document.furniture, book: book) {
            review.document.meeting = body
            for index in review.decisions.indices where review.decisions[index].decisionMaker == nil {
                review.decisions[index].decisionMaker = body
            }
        }
        // Minutes, or a record of a meeting's decisions, whose body is named only by their
        // heading: its decisions are its own.
        if review.document.kind == .minutes || review.document.kind == .decision, let meeting = review.document.meeting {
            for index in review.decisions.indices where review.decisions[index].decisionMaker == nil {
                review.decisions[index].decisionMaker = meeting
            }
        }
        // A paper laid out for a meeting that asks it nothing (a report for information, a
        // members' bulletin) is no committee report, unless its title says it is one.
        if review.document.kind == .committeeReport, !verdict.kindFromTitle, review.recommendations.isEmpty,
           review.decisions.isEmpty, review.actions.isEmpty {
            review.document.kind = .other
        }
        // An agenda printed over the body's name: both lines are the title, the body the meeting.
        if review.document.kind == .other, let paper = DocumentClassifier.meetingPaper(in: opening, book: book) {
            review.document.title = paper.title
            review.document.meeting = review.document.meeting ?? paper.body
        }
        review.recommendations = Self.withSectionThemes(review.recommendations, lines: lines, title: review.document.title, book: book)
        Self.assignIdentifiers(&review)
        // Findings reach the output once, through the run's diagnostics and the emit stage.
        for warning in review.warnings {
            diagnostics.warn(warning.code, warning.message, file: document.source, location: warning.location)
        }
        review.warnings = []
        return review
    }

    /// The meeting body a paper's running header or footer names between its separators
    /// ("Council – Licensing Sub-Committee – Ref. …"): the body's name a part opens with, not
    /// the authority's; nil when none does.
    static func bodyInFurniture(_ furniture: [Block], book: PhraseBook) -> String? {
        for block in furniture {
            let parts = block.text.split(whereSeparator: { "–—|·".contains($0) }).map { TextTools.collapse(String($0)) }
            guard parts.count >= 2 else { continue }
            for part in parts where !part.isEmpty && part.split(separator: " ").count <= 8 {
                // "Licensing Sub-Committee Ref. 26/03": the body's name the part opens with.
                if let body = DocumentClassifier.openingBodyName(part, book: book),
                   DocumentClassifier.statedAuthority(in: [body], book: book) == nil {
                    return body
                }
            }
        }
        return nil
    }

    /// The parts of a reports pack that are a meeting's minutes, as ranges of `lines`: a pack
    /// is split by two or more lines that are an agenda item's marker alone ("Agenda Item 3"),
    /// and a part is minutes when one of its opening lines names minutes ("Minutes of the
    /// meeting held on …"). Empty for any other paper.
    static func minutesInPack(_ lines: [PaperLine], book: PhraseBook) -> [Range<Int>] {
        let starts = lines.indices.filter { index in
            // A marker is a short line: longer ones are not split into words at all.
            guard lines[index].text.utf8.count <= 40 else { return false }
            let key = TextTools.key(lines[index].text)
            guard key.count <= 20, let marker = book.itemMarker(key: key) else { return false }
            return !marker.number.isEmpty && marker.rest.isEmpty
        }
        guard starts.count >= 2 else { return [] }
        var parts: [Range<Int>] = []
        for (position, start) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1] : lines.count
            let opening = lines[start..<min(end, start + 6)]
            if opening.contains(where: { DocumentClassifier.kind(named: $0.text, book: book) == .minutes }) {
                parts.append(start..<end)
            }
        }
        return parts
    }

    /// The recommendations a lead-in asks of a body, filled in from the item tables' records
    /// and rows that answer them by number or restate them by text; the rows left over stay
    /// in `tables` (merged where one restates another).
    static func askedWithTheirRows(
        _ asked: [Recommendation], tables: inout ItemTableReader.Result, warnings: inout [Warning]
    ) -> [Recommendation] {
        var asked = asked
        tables.recommendations = ItemTableReader.mergingRestated(tables.recommendations)
        ItemTableReader.attach(tables.records, to: &asked)
        tables.recommendations = ItemTableReader.attachByNumber(tables.recommendations, to: &asked)
        let restated = ItemTableReader.attachByText(tables.recommendations, to: &asked)
        tables.recommendations = restated.rest
        if let warning = restated.warning { warnings.append(warning) }
        return asked
    }

    /// A report's recommendations: those a lead-in asks of a body, the rows of its item tables
    /// and its labelled paragraphs under a recommendations heading ("R1⇥That the ICB publishes
    /// …"), which a response table that restates them ("R1 That … | The ICB accepts … | Yes |
    /// Lead | May 2026") fills in; or recommendations each under a heading of its own
    /// ("Recommendation 3") with a response in prose after them, in place of the same words
    /// read without numbers. A headerless labelled table is read by the table reader, with the
    /// themes of its spanning rows; its rows are not read again as paragraphs.
    static func listedRecommendations(
        asked: [Recommendation], tables: inout ItemTableReader.Result, lines: [PaperLine], tableReader: ItemTableReader,
        book: PhraseBook, warnings: inout [Warning]
    ) -> [Recommendation] {
        let tableBlocks = Set(tables.recommendations.map(\.location.block))
        var labelled = tableReader.labelledParagraphs(lines).filter { !tableBlocks.contains($0.location.block) }
        if !labelled.isEmpty, !tables.recommendations.isEmpty {
            let rows = ItemTableReader.attachByNumber(tables.recommendations, to: &labelled)
            let restated = ItemTableReader.attachByText(rows, to: &labelled)
            if restated.rest.isEmpty {
                tables.recommendations = []
                if let warning = restated.warning { warnings.append(warning) }
            } else {
                labelled = []
            }
        }
        let recommendations = asked + tables.recommendations + labelled
        return tables.recommendations.isEmpty ? withHeaded(recommendations, lines: lines, tableReader: tableReader, book: book) : recommendations
    }

    /// Recommendations each under a heading of its own ("Recommendation 3"), two or more of
    /// them, in place of the same words read without their numbers and fields.
    static func withHeaded(_ recommendations: [Recommendation], lines: [PaperLine], tableReader: ItemTableReader, book: PhraseBook) -> [Recommendation] {
        var headed = HeadedRecommendationReader(book: book, tableReader: tableReader).read(lines)
        guard headed.count >= 2 else { return recommendations }
        // The same words read elsewhere (an ask quoted in a box under its heading, a table row
        // that answers it) are the headed one, whose fields they give where it states none.
        var kept: [Recommendation] = []
        for item in recommendations {
            if let index = headed.firstIndex(where: { TextTools.similarity($0.text, item.text) >= RecommendationReader.restatementThreshold }) {
                let stated = headed[index]
                if stated.owners.isEmpty, stated.timeframe == nil, stated.status == nil, stated.response == nil {
                    headed[index].fillEmptyFields(from: item)
                }
            } else {
                kept.append(item)
            }
        }
        return kept + headed
    }

    /// True when a line is a body's name and a date and nothing more ("Environment Overview and
    /// Scrutiny Panel – 3 March 2026"): the meeting a paper goes to.
    static func isMeetingAndDate(_ text: String, book: PhraseBook) -> Bool {
        guard let dash = TextTools.byteRange(of: " – ", in: text) ?? TextTools.byteRange(of: " - ", in: text) else { return false }
        let date = String(text[dash.upperBound...])
        return DocumentClassifier.isBodyName(String(text[..<dash.lowerBound]), book: book)
            && date.split(separator: " ").count <= 4 && DueDateParser.firstDate(date)?.count == 10
    }

    /// The kinds whose front sheet gives title, meeting, date and decision number.
    static let committeeKinds: Set<DocumentKind> = [
        .committeeReport, .decision, .minutes, .executiveResponse, .tracker, .scrutinyReport,
    ]

    /// Kinds often written by a partnership or programme about the councils it works with,
    /// so a council they name is not taken as their authority unless they name its place.
    static let partnerKinds: Set<DocumentKind> = [.surveyReport, .programmeReport]

    /// Recommendations as the seed genres print them (numbered under theme headings, with
    /// an action plan restating them), read by the scrutiny-report reader.
    private func readSeedRecommendations(_ entries: [Entry], framework: Framework, book: PhraseBook, into review: inout ReviewDocument) {
        let found = RecommendationReader(framework: framework, book: book).read(entries)
        review.recommendations = found.recommendations
        review.warnings += found.warnings
    }

    /// Recommendations without themes that the paper first sets out under the headings of its
    /// findings ("Knowing where the problems are" over R1 and R2, "Enforcement …" over R3–R5),
    /// perhaps summarised again in one table at the end: each takes the heading over its first
    /// appearance as its theme, where two or more such headings group them in order. A heading
    /// that names the recommendations themselves, the paper's title, a numbered chapter or a
    /// lead-in ending in a colon gives none, and then none is given.
    static func withSectionThemes(_ recommendations: [Recommendation], lines: [PaperLine], title: String?, book: PhraseBook) -> [Recommendation] {
        guard recommendations.count >= 2, recommendations.allSatisfy({ $0.theme == nil }) else { return recommendations }
        let bodies = lines.map { TextTools.collapse($0.body) }
        var themes: [String] = []
        for recommendation in recommendations {
            let opening = String(TextTools.collapse(recommendation.text).prefix(60))
            guard opening.count >= 20,
                  let first = bodies.firstIndex(where: { $0.hasPrefix(opening) }),
                  let heading = lines[..<first].last(where: { $0.isHeading && !$0.inTable }) else { return recommendations }
            let text = TextTools.collapse(heading.body)
            // A lead-in set as a heading ("Cabinet is asked to RESOLVE to:") is no theme, nor a
            // part of the paper's frame ("Executive summary", "Conclusions": `unthemedHeadings`).
            guard heading.number == nil, !text.isEmpty, text != title, !text.hasSuffix(":"),
                  !book.isSection("recommendations", heading: text),
                  !book.isSection("recommendations", heading: String(text.split(separator: " ").first ?? "")),
                  !book.isSection("unthemedHeadings", heading: text, maxExtraWords: 0),
                  text.split(separator: " ").count <= 12 else { return recommendations }
            themes.append(text)
        }
        // Each heading's recommendations stand together, under two or more headings.
        var seen: [String] = []
        for theme in themes where seen.last != theme {
            if seen.contains(theme) { return recommendations }
            seen.append(theme)
        }
        guard seen.count >= 2 else { return recommendations }
        var themed = recommendations
        for index in themed.indices { themed[index].theme = themes[index] }
        return themed
    }

    /// Numbers items in document order: `q1…`, `e1…`, `a1…`, `r1…`, `d1…`.
    static func assignIdentifiers(_ review: inout ReviewDocument) {
        for index in review.questions.indices { review.questions[index].id = "q\(index + 1)" }
        for index in review.evidence.indices { review.evidence[index].id = "e\(index + 1)" }
        for index in review.actions.indices { review.actions[index].id = "a\(index + 1)" }
        for index in review.recommendations.indices { review.recommendations[index].id = "r\(index + 1)" }
        for index in review.decisions.indices { review.decisions[index].id = "d\(index + 1)" }
    }
}
