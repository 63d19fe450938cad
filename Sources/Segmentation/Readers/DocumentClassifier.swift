package import PipelineCore

/// Decides what a document is — kind, authority, date, title — from its own title lines,
/// first page and file properties; nil where the document does not say.
package enum DocumentClassifier {
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
        /// True when a title line named the kind (rather than the body's anatomy).
        package var kindFromTitle = false
        /// The date an opening line opens with, as a meeting's papers give their meeting's
        /// ("Tuesday, 17 March 2026 at 6.30 pm"), or nil.
        package var meetingLineDate: String?
    }

    /// Classifies a document from its view and properties.
    package static func classify(_ document: Document, entries: [Entry], book: PhraseBook) -> Verdict {
        let lines = FindingsReader.lines(entries)
        let titleLines = Array(lines.prefix(8).filter { $0.text.count <= 110 }.prefix(6))
        // A file's title property counts only when the paper prints it: word processors
        // leave template names ("THE REPORT", "Agenda Template") there.
        // It must be printed as whole lines (one, or a title wrapped over up to three), not
        // a part of a longer title or words run over from one line into the next.
        // The title is then given as printed ("Internal Audit Report: Purchasing Cards"), not as
        // the property spells it ("… Report – Purchasing Cards").
        let openingKeys = lines.prefix(20).map { TextTools.key($0.text) }
        let printedProperty = document.metadata.title.flatMap { property -> String? in
            let key = TextTools.key(property)
            guard key.split(separator: " ").count >= 2 else { return nil }
            for start in openingKeys.indices {
                for end in start..<min(start + 3, openingKeys.count)
                where openingKeys[start...end].joined(separator: " ") == key {
                    // A body's name in capitals over the title ("OXENWOLD HEALTH AND WELLBEING
                    // BOARD" ⏎ "Annual Report 2025/26") says whose paper it is; the title is the rest.
                    if end > start, AskedRecommendationReader.isCapitals(lines[start].text), isBodyName(lines[start].text, book: book),
                       !lines[(start + 1)...end].contains(where: { AskedRecommendationReader.isCapitals($0.text) }) {
                        return lines[(start + 1)...end].map(\.text).joined(separator: " ")
                    }
                    return lines[start...end].map(\.text).joined(separator: " ")
                }
            }
            return nil
        }
        // The first heading, or a whole bold line set above it (a title typed in bold over
        // a first section heading such as "Key findings").
        // A letter opens with addresses and a date: its first heading, further down, is its title.
        // A body's name alone over the title ("CHILDREN AND YOUNG PEOPLE’S PARTNERSHIP BOARD")
        // says whom the paper is for, when a heading naming the paper's kind follows it.
        // A publisher's stamp over the first page ("Public Document Pack") is no title.
        let titleLine = titleLines.first { line in
            line.isHeadingLike && PaperLine.splitLabel(line.text) == nil && !isCouncilName(line.text)
                && !isPartnerList(line.text, book: book) && !book.namesAgendaItem(line.text)
                && !book.stampKeys.contains(TextTools.key(line.text))
                && !(line.kind != .heading && isBodyName(line.text, book: book)
                    && titleLines.contains { $0.kind == .heading && Self.kind(named: $0.text, book: book) != nil })
        }.map { line in
            // A bold line naming the body and the review over the paper's own title heading
            // ("Overview and Scrutiny Committee – Parks and Open Spaces Safety Review" ⏎ "# Feeling
            // Safe in Our Parks: Call for Evidence") is a kicker: the title is the heading.
            if line.kind != .heading, let index = titleLines.firstIndex(of: line), index + 1 < titleLines.count,
               let dash = TextTools.byteRange(of: " – ", in: line.text), isBodyName(String(line.text[..<dash.lowerBound]), book: book) {
                let next = titleLines[index + 1]
                if next.kind == .heading, next.headingLevel ?? 1 == 1, PaperLine.splitLabel(next.text) == nil { return next }
            }
            // A series name in capitals over a heading of higher rank ("OXENWOLD JOINT
            // STRATEGIC NEEDS ASSESSMENT" ⏎ "# Children and Young People’s …") is a kicker:
            // the title is the heading under it.
            // A strapline may stand between them ("ALDER CVS" ⏎ "Supporting voluntary and
            // community action …" ⏎ "# Trustees’ Annual Report …").
            guard AskedRecommendationReader.isCapitals(line.text), let index = titleLines.firstIndex(of: line),
                  index + 1 < titleLines.count else { return line }
            let rank = line.kind == .heading ? (line.headingLevel ?? 1) : Int.max
            for next in titleLines[(index + 1)...].prefix(2) {
                guard next.kind == .heading else { continue }
                guard (next.headingLevel ?? 1) < rank, !AskedRecommendationReader.isCapitals(next.text),
                      PaperLine.splitLabel(next.text) == nil else { return line }
                return next
            }
            return line
        } ?? lines.prefix(20).first { line in
            line.kind == .heading && line.text.count <= 160 && PaperLine.splitLabel(line.text) == nil && !isCouncilName(line.text)
                && !book.namesAgendaItem(line.text)
        } ?? subjectAfterSalutation(Array(lines.prefix(20)), book: book)
            ?? titleLines.first { PaperLine.splitLabel($0.text) == nil && !isCouncilName($0.text) && !book.namesAgendaItem($0.text) }
        let title = printedProperty ?? titleLine?.text
        let titleText = ([document.metadata.title ?? ""] + titleLines.map(\.text)).joined(separator: " ")
        // The first title line that names a kind decides it ("… Final Report" before a later "Self Evaluation").
        var kind = DocumentKind.other
        var fromTitle = false
        // Kind phrases are looked for in the opening lines whatever their length (a long
        // line counts only when it opens with the phrase) and in the first table's first row.
        // The title line itself speaks first: an address block above it ("Chair, Economy and
        // Skills Scrutiny Panel") names bodies, not the paper's kind.
        // A front-sheet field that names the body the paper goes to ("Committee: Communities
        // Select Committee") names a meeting, not the paper's kind.
        let addressedTo: Set<String> = ["to", "from"]
        func namesBody(_ text: String) -> Bool {
            book.frontSheetLine(text).map { addressedTo.contains($0.field) } ?? false
        }
        // A pack's marker over the paper ("Agenda item 3 – 24 March 2026") names the meeting the
        // paper goes to, not its kind.
        func isItemMarker(_ text: String) -> Bool {
            text.utf8.count <= 60 && book.itemMarker(key: TextTools.key(text)) != nil
        }
        // So does a pack's line naming the meeting and the item ("Housing Scrutiny Panel – 24
        // February 2026 – Agenda item 6").
        var kindLines = [printedProperty ?? "", titleLine?.text ?? ""] + lines.prefix(8).map(\.text).filter {
            !namesBody($0) && !isItemMarker($0) && !book.namesAgendaItem($0)
        }
        if let firstRow = entries.prefix(3).lazy.compactMap({ entry -> RowView? in
            if case .row(let row) = entry { return row } else { return nil }
        }).first, !(firstRow.filledCells.first.flatMap { book.frontSheetField(label: $0.text) }.map(addressedTo.contains) ?? false) {
            kindLines += firstRow.filledCells.prefix(2).map(\.text)
        }
        search: for candidateLine in kindLines {
            if let found = Self.kind(named: candidateLine, book: book) {
                kind = found
                fromTitle = true
                break search
            }
        }
        if kind == .other || kind == .programmeReport,
           lines.contains(where: { $0.text.count < 80 && TextTools.key($0.text).contains("responses to questionnaire") }) {
            kind = .surveyReport
        }
        // A report whose title names no kind but whose section headings say it reports a survey
        // ("1. About the survey") is a survey report.
        if kind == .other, !fromTitle, lines.prefix(60).contains(where: { line in
            line.kind == .heading && Self.kind(named: PaperLine.splitLabel(line.text)?.body ?? line.text, book: book) == .surveyReport
        }) {
            kind = .surveyReport
        }
        if kind == .other, !fromTitle, lines.contains(where: { TextTools.key($0.text) == "questions" }) {
            kind = .selfEvaluation
        }
        let authority = authority(titleText: titleText, author: document.metadata.author, lines: lines, kind: kind)
        // A long opening line that starts with a date ("Thursday, 30th January, 2025, at 10.00 am
        // Ask for: …") dates the paper too.
        // So does an opening line that says when the paper was published ("Published 1
        // October 2025. Produced by …").
        // "… for the Year Ended 31 March 2025" closes the period reported on, not the paper's date;
        // such a paper dates itself where it says it was approved ("This report was approved by
        // the trustees on 14 October 2025").
        let periodEnds = book.vocabulary.sections["periodEnds"] ?? []
        // So does a title naming the period as two dates ("Councillors' Attendance at Meetings, 1
        // April 2025 to 31 March 2026").
        let periodTitle = titleLines.contains { line in
            periodEnds.contains { TextTools.bytesContainIgnoringCase(line.text, $0) } || Self.namesPeriod(line.text)
        }
        let meetingLineDate = lines.prefix(8).lazy.compactMap { openingDate($0.text) }.first
        let published = lines.prefix(8).lazy.compactMap { publicationDate($0.text, book: book) }.first
        // A title's date after "from" is when a change takes effect ("Opening Hours and Services
        // from 1 July 2026"), and a span of months the time a paper covers ("Community
        // conversations …, November 2025 – January 2026"): a publication date stated under it
        // dates the paper.
        let titleDate = titleLines.lazy.compactMap { line -> (date: String, effective: Bool)? in
            DueDateParser.firstDate(line.text).map { ($0, line.text.firstMatch(of: Pattern.effectiveDate) != nil || Self.namesMonthSpan(line.text)) }
        }.first
        let date = (periodTitle ? nil : titleDate.flatMap { $0.effective && published != nil ? nil : $0.date })
            ?? meetingLineDate
            ?? published
            ?? (periodTitle ? approvalDate(lines, book: book) : nil)
        var verdict = Verdict(kind: kind, authority: authority, date: date, title: title.map(TextTools.collapse))
        verdict.kindFromTitle = fromTitle
        verdict.meetingLineDate = meetingLineDate
        return verdict
    }

    /// The kind a paper's anatomy shows where no title line names one: minutes say who
    /// attended ("Present:", "Apologies for absence") and record what was resolved ("RESOLVED
    /// – That …"); a record of decision labels its decision and sets beside it the reasons
    /// or the options rejected (`decisionCompanions`), and is one where it does so although
    /// it also lists who attended. The whole paper is looked at, and only where no title line
    /// names a kind. Nil when neither shows.
    package static func kindByAnatomy(_ lines: [PaperLine], book: PhraseBook) -> DocumentKind? {
        var attendance = false
        var resolved = false
        var decisionLabel = false
        var companion = false
        for (index, line) in lines.enumerated() where line.text.utf8.count <= 600 {
            let text = line.text
            // The label before a colon in a line's first 60 bytes, or a short line whole; a
            // paragraph of prose has none and is not split into words.
            let head: String
            if let colon = text.utf8.prefix(61).firstIndex(of: UInt8(ascii: ":")) {
                head = String(text[..<colon])
            } else {
                head = text.utf8.count <= 60 ? text : ""
            }
            if !head.isEmpty {
                // Who attended is said at the head of the minutes, before anything is resolved.
                // The label's key as a section heading's, made once for both roles.
                let sectionKey = book.withoutContinuation(PhraseBook.withoutSectionNumber(TextTools.key(head)))
                if index < 40, !resolved, book.isSection("attendance", sectionKey: sectionKey, maxExtraWords: 1) { attendance = true }
                if book.isDecisionLabel(line.isHeading && line.number != nil ? line.body : head) { decisionLabel = true }
                if book.isSection("decisionCompanions", sectionKey: sectionKey, maxExtraWords: 1) { companion = true }
            }
            if !resolved, book.afterResolutionMarker(text) != nil { resolved = true }
        }
        if decisionLabel, companion { return .decision }
        if attendance, resolved { return .minutes }
        return nil
    }

    /// True when a text names a span from one month to another ("November 2025 – January
    /// 2026", "April to September 2025"), days or not.
    static func namesMonthSpan(_ text: String) -> Bool { namesSpan(text, daysOnly: false) }

    /// True when a text names a period by its first and last days ("1 April 2025 to 31 March
    /// 2026", "1 April 2025 – 31 March 2026", "1 October to 31 December 2025": the first day's
    /// year that of the last).
    static func namesPeriod(_ text: String) -> Bool { namesSpan(text, daysOnly: true) }

    /// True when a text names two dates, the first before the last, joined by "to" or a dash;
    /// the first may leave its year to the last. Both are days, or (not `daysOnly`) at least
    /// months.
    private static func namesSpan(_ text: String, daysOnly: Bool) -> Bool {
        func fits(_ date: String) -> Bool { daysOnly ? date.count == 10 : date.count >= 7 }
        for separator in [" to ", " – ", " - "] {
            guard let range = TextTools.byteRange(of: separator, in: text),
                  let last = DueDateParser.firstDate(String(text[range.upperBound...])), fits(last) else { continue }
            let opening = String(text[..<range.lowerBound])
            guard let first = DueDateParser.firstDate(opening).flatMap({ fits($0) ? $0 : nil })
                    ?? DueDateParser.firstDate(opening + " " + last.prefix(4)).flatMap({ fits($0) ? $0 : nil }),
                  first < last else { continue }
            return true
        }
        return false
    }

    /// True when a line is a body's name and nothing else ("PARTNERSHIP BOARD", "Cabinet").
    static func isBodyName(_ text: String, book: PhraseBook) -> Bool {
        let words = text.split(separator: " ")
        guard words.count <= 10, let last = words.last else { return false }
        func isBodyWord(_ word: Substring) -> Bool {
            book.vocabulary.bodyWords.contains { TextTools.key($0) == TextTools.key(String(word)) }
        }
        // "Board of Trustees", "Council of Governors": a body's word, "of" and whose body it is.
        if words.count >= 3, isBodyWord(words[0]), words[1].lowercased() == "of",
           words.dropFirst(2).allSatisfy({ $0.first?.isUppercase == true }) {
            return true
        }
        return isBodyWord(last)
    }

    /// The subject line of a letter: the line after its salutation ("Dear Director,"), when
    /// that line is short and unnumbered.
    static func subjectAfterSalutation(_ lines: [TextLine], book: PhraseBook) -> TextLine? {
        let salutations = (book.vocabulary.sections["salutations"] ?? []).map { $0.lowercased() + " " }
        guard let index = lines.firstIndex(where: { line in
            let lower = line.text.lowercased()
            return line.text.hasSuffix(",") && line.text.count <= 60 && salutations.contains { lower.hasPrefix($0) }
        }), index + 1 < lines.count else { return nil }
        let subject = lines[index + 1]
        guard subject.text.count <= 160, PaperLine.splitLabel(subject.text) == nil, !subject.text.hasSuffix(".") else { return nil }
        return subject
    }

    /// The body a paper goes to, read from an opening line that names one
    /// ("LICENSING AND REGULATORY COMMITTEE", "Report of the Children and Young People Select
    /// Committee – June 2025", "Presented to the Quality and Safety Committee, 10 July 2025"):
    /// the words up to the vocabulary's closing body word, after an intro such as "presented
    /// to" where the line has one; with `addressedOnly`, only lines with such an intro count.
    static func meetingBody(in lines: [TextLine], book: PhraseBook, addressedOnly: Bool = false) -> String? {
        let closers = book.vocabulary.bodyWords.map(TextTools.key)
        let paperWords = Set(book.vocabulary.paperWords.map(TextTools.key))
        let intros = book.vocabulary.addressedIntros.map { $0.split(separator: " ").map(String.init) }
        for line in lines.prefix(6) {
            // Most lines hold no intro: a byte search spares them the rest.
            if addressedOnly, !book.vocabulary.addressedIntros.contains(where: { TextTools.bytesContainIgnoringCase(line.text, $0) }) {
                continue
            }
            guard PaperLine.splitLabel(line.text) == nil, !isCouncilName(line.text), !namesAuthority(line.text, book: book) else { continue }
            let all = titleCased(line.text, keepingJoiners: true).split(separator: " ").map(String.init)
            var words = all
            // Cut at a dash or comma that introduces a date or item ("– June 2025"); after an
            // intro, the comma closes the body's name ("… Safety Committee, 10 July 2025").
            if let cut = all.firstIndex(where: { $0 == "–" || $0 == "-" || $0 == "—" || $0.hasSuffix(",") }) {
                words = Array(all[..<cut])
                if addressedOnly, all[cut].count > 1, all[cut].hasSuffix(",") { words.append(String(all[cut].dropLast())) }
            }
            if addressedOnly {
                // "Presented to the Quality and Safety Committee": the body follows the intro.
                let keys = words.map(TextTools.key)
                let starts = intros.compactMap { intro -> Int? in
                    guard intro.count < keys.count else { return nil }
                    return (0...(keys.count - intro.count)).first { keys[$0..<$0 + intro.count].elementsEqual(intro) }
                        .map { $0 + intro.count }
                }
                // Only a short line that opens with the intro says whom the paper is for; a
                // sentence of the body that mentions a meeting does not.
                guard let start = starts.min(), start <= 3, all.count <= 16 else { continue }
                words = Array(words[start...])
                // "For the attention of the Audit Committee": a body's name is capitalised words
                // and joining words only.
                let joiners = Set(book.vocabulary.nameJoiners.map { $0.lowercased() })
                if let end = words.lastIndex(where: { closers.contains(TextTools.key($0)) }),
                   words[...end].contains(where: { $0.first?.isLowercase == true && !joiners.contains($0) }) {
                    continue
                }
            }
            // A line that opens with the council's name names the body after it, where one follows.
            if let name = bodyName(withoutLeadingAuthority(words, book: book), closers: closers, paperWords: paperWords)
                ?? bodyName(words, closers: closers, paperWords: paperWords) {
                return name
            }
        }
        return nil
    }

    /// The words without the public body's name they open with ("Medlowe County Council
    /// Health and Adult Social Care Scrutiny Committee" → "Health and … Committee"): place
    /// words then one of the vocabulary's authority types, with words left after them.
    static func withoutLeadingAuthority(_ words: [String], book: PhraseBook) -> [String] {
        let keys = words.map(TextTools.key)
        let types = book.vocabulary.authorityTypes.map { TextTools.key($0).split(separator: " ").map(String.init) }
            .sorted { $0.count > $1.count }
        var places = 0
        while places < min(words.count, 4), isPlaceWord(words[places]) { places += 1 }
        for start in stride(from: places, through: 1, by: -1) {
            for type in types where start + type.count < words.count && keys[start..<start + type.count].elementsEqual(type) {
                return Array(words[(start + type.count)...])
            }
        }
        return words
    }

    /// The body's name a short text opens with ("Licensing Sub-Committee Ref. 26/03" →
    /// "Licensing Sub-Committee"), or nil.
    static func openingBodyName(_ text: String, book: PhraseBook) -> String? {
        let words = text.split(separator: " ").map(String.init)
        guard let name = bodyName(words, closers: book.vocabulary.bodyWords.map(TextTools.key),
                                  paperWords: Set(book.vocabulary.paperWords.map(TextTools.key))),
              text.hasPrefix(name) else { return nil }
        return name
    }

    /// The body's name `words` open with: up to the last closing body word (not a
    /// possessive), after "of the" when a paper word precedes it, without a leading "the".
    private static func bodyName(_ words: [String], closers: [String], paperWords: Set<String>) -> String? {
        // A possessive ("the Select Committee’s Review") names the body of something else.
        // The closing word is capitalised: "The council for voluntary service …" names no body.
        guard let end = words.lastIndex(where: { closers.contains(TextTools.key($0)) && !isPossessive($0) }),
              end < 10, words[end].first?.isUppercase == true else { return nil }
        var name = Array(words[...end])
        // "Report to: Council": a label's colon ends the words before the body.
        if let label = name.dropLast().lastIndex(where: { $0.hasSuffix(":") }) { name = Array(name[(label + 1)...]) }
        // "Report of the … Committee": the body starts after "of the".
        if let of = name.firstIndex(where: { $0.lowercased() == "of" }), of < name.count - 1,
           name[..<of].contains(where: { paperWords.contains(TextTools.key($0)) }) {
            name = Array(name[(of + 1)...])
        }
        if name.first?.lowercased() == "the" { name.removeFirst() }
        guard !name.isEmpty, name.count <= 8 else { return nil }
        return name.joined(separator: " ")
    }

    /// The body whose meeting a paper goes to when its opening lines name the body alone
    /// ("Alderford Compact Partnership Board", or one language's half of a bilingual line
    /// "Bwrdd … | Alderford Public Services Board") and then refer to its meeting by the
    /// body's closing word ("Progress update for the Board meeting of 22 January 2026",
    /// "Meeting of the Board, 9 October 2025"); nil otherwise.
    static func ownBodysMeeting(in lines: [TextLine], book: PhraseBook) -> String? {
        let closers = Set(book.vocabulary.bodyWords.map(TextTools.key))
        let opening = Array(lines.prefix(6))
        var bodies: [String] = []
        for line in opening {
            for part in line.text.split(separator: "|").map({ TextTools.collapse(String($0)) }) where part.split(separator: " ").count <= 8 {
                var half = line
                half.text = part
                half.body = part
                half.label = nil
                if let body = meetingBody(in: [half], book: book),
                   TextTools.key(body) == TextTools.key(part) {
                    bodies.append(body)
                }
            }
        }
        guard !bodies.isEmpty else { return nil }
        for line in opening {
            let words = TextTools.key(line.text).split(separator: " ").map(String.init)
            guard words.contains("meeting") else { continue }
            for index in words.indices.dropLast() where words[index] == "the" && closers.contains(words[index + 1]) {
                // "the Partnership Board meeting": the last of the closing words names the body.
                var last = index + 1
                while last + 1 < words.count, closers.contains(words[last + 1]) { last += 1 }
                let closer = words[last]
                if let body = bodies.first(where: { TextTools.key($0) == closer || TextTools.key($0).hasSuffix(" " + closer) }) {
                    return body
                }
            }
        }
        return nil
    }

    /// The date of the sentence that says the paper was approved ("This report was approved by
    /// the trustees on 14 October 2025 …"), the last such in the paper, or nil.
    static func approvalDate(_ lines: [TextLine], book: PhraseBook) -> String? {
        let phrases = book.vocabulary.sections["approvals"] ?? []
        for line in lines.reversed() where line.text.count <= 300 {
            guard phrases.contains(where: { TextTools.bytesContainIgnoringCase(line.text, $0) }) else { continue }
            if let date = DueDateParser.firstDate(line.text) { return date }
        }
        return nil
    }

    /// The date an opening line gives after one of the vocabulary's publication words
    /// ("Published 1 October 2025.", "Issued: November 2025"), or nil.
    static func publicationDate(_ text: String, book: PhraseBook) -> String? {
        // The line, or a part of it after a middle dot, a bar or a comma ("1 October to 31
        // December 2025 · Published February 2026", "… – summer 2026 edition, published June 2026").
        for part in [Substring(text)] + text.split(separator: "·").dropFirst() + text.split(separator: "|").dropFirst()
            + text.split(separator: ",").dropFirst() {
            let words = part.split(separator: " ").prefix(6)
            guard let first = words.first else { continue }
            let opening = TextTools.key(String(first))
            guard book.vocabulary.publicationWords.contains(where: { TextTools.key($0) == opening }) else { continue }
            return DueDateParser.firstDate(words.joined(separator: " "))
        }
        return nil
    }

    /// The date a line opens with, day first ("30th January, 2025, at 10.00 am …", or after
    /// a weekday and a comma: "Thursday, 30th January, 2025 …"), or nil when the line opens
    /// with words ("Since November 2007 …").
    static func openingDate(_ text: String) -> String? {
        var words = text.split(separator: " ")
        if let first = words.first, first.hasSuffix(","), first.dropLast().allSatisfy(\.isLetter) { words.removeFirst() }
        guard words.first?.first?.isNumber == true else { return nil }
        return DueDateParser.firstDate(words.prefix(4).joined(separator: " "))
    }

    /// The title and meeting of a meeting's own paper: an opening line that is one of the
    /// vocabulary's meeting-paper titles ("AGENDA") over a line that is a body's name
    /// ("CABINET") give the title "AGENDA CABINET" and the meeting "Cabinet"; nil otherwise.
    static func meetingPaper(in lines: [TextLine], book: PhraseBook) -> (title: String, body: String)? {
        let titles = Set(book.vocabulary.meetingPapers.map(TextTools.key))
        let opening = Array(lines.prefix(8))
        for index in opening.indices.dropLast() where titles.contains(TextTools.key(opening[index].text)) {
            let next = opening[index + 1]
            guard next.text.split(separator: " ").count <= 8, let body = meetingBody(in: [next], book: book),
                  TextTools.key(body) == TextTools.key(next.text) else { continue }
            return (TextTools.collapse(opening[index].text + " " + next.text), body)
        }
        return nil
    }

    /// True when a word is a possessive ("Committee’s").
    static func isPossessive(_ word: String) -> Bool {
        word.hasSuffix("’s") || word.hasSuffix("'s")
    }

    /// True when a line is nothing but the name of a public body the paper may be by, a
    /// letterhead: capitalised place words and one of the vocabulary's authority types
    /// ("Harbourside Integrated Care Board").
    static func namesAuthority(_ text: String, book: PhraseBook) -> Bool {
        let words = titleCased(text).split(separator: " ").map(String.init)
        let keys = TextTools.key(titleCased(text))
        // The longest type the line ends with decides: "County Council" is a type, not a place and "Council".
        let types = book.vocabulary.authorityTypes.map(TextTools.key).sorted { $0.count > $1.count }
        guard let type = types.first(where: { keys == $0 || keys.hasSuffix(" " + $0) }) else { return false }
        let typeWords = type.split(separator: " ").count
        guard words.count > typeWords, words.count <= typeWords + 3 else { return false }
        return words.dropLast(typeWords).allSatisfy(isPlaceWord)
    }

    /// True when a line lists the bodies behind a paper, set apart by "·", "|" or "•"
    /// ("RAVENHOLT COUNTY COUNCIL · NHS RAVENHOLT INTEGRATED CARE BOARD · RAVENHOLT POLICE"):
    /// two or more parts, each a council's or a body's name. Such a line is no title.
    static func isPartnerList(_ text: String, book: PhraseBook) -> Bool {
        let parts = text.split(whereSeparator: { "·|•".contains($0) }).map { TextTools.collapse(String($0)) }.filter { !$0.isEmpty }
        guard parts.count >= 2 else { return false }
        return parts.allSatisfy { part in
            let titled = titleCased(part)
            return isCouncilName(part) || isBodyName(titled, book: book) || statedAuthority(in: [titled], book: book) != nil
                || part.split(separator: " ").count <= 4 && part.split(separator: " ").allSatisfy { $0.first?.isUppercase == true }
        }
    }

    /// True when a line is nothing but a council's name ("WESTSHIRE COUNTY COUNCIL"), a letterhead.
    static func isCouncilName(_ text: String) -> Bool {
        let titled = titleCased(text)
        guard let name = councilNames(in: titled).first else { return false }
        // The place and its type: "Borough Council", "Metropolitan Borough Council".
        let typeWords = TextTools.bytesContain(titled, "Metropolitan ") ? 3 : 2
        return TextTools.key(titled).split(separator: " ").count <= TextTools.key(name).split(separator: " ").count + typeWords
    }

    /// A line whose part before a dash is in capitals, that part capitalised word by word
    /// ("DUNSTOWE DISTRICT COUNCIL – Waste and Recycling" → "Dunstowe District Council – Waste
    /// and Recycling"); the line unchanged otherwise.
    static func titleCasedHead(_ text: String) -> String {
        guard let dash = TextTools.byteRange(of: " – ", in: text) ?? TextTools.byteRange(of: " | ", in: text) else { return text }
        let head = String(text[..<dash.lowerBound])
        guard TextTools.isUnchangedByUppercasing(head), head.contains(where: \.isLetter),
              !TextTools.isUnchangedByUppercasing(String(text[dash.upperBound...])) else { return text }
        return titleCased(head) + String(text[dash.lowerBound...])
    }

    /// Capitalises each word of an all-capitals line ("WESTSHIRE COUNTY COUNCIL" → "Westshire County Council").
    static func titleCased(_ text: String, keepingJoiners: Bool = false) -> String {
        guard TextTools.isUnchangedByUppercasing(text), text.contains(where: \.isLetter) else { return text }
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        return words.indices.map { index in
            let word = words[index]
            guard let first = word.first else { return String(word) }
            // A body's name given as the paper's keeps its joining words in lower case
            // ("CRAGSBY AND LINDENMOOR JOINT WASTE COMMITTEE" → "Cragsby and Lindenmoor …"),
            // not where a name or part opens. (Names are looked for in the capitalised form.)
            let lower = word.lowercased()
            if keepingJoiners, index > 0, titleJoiners.contains(lower), let before = words[index - 1].last, before.isLetter {
                return lower
            }
            return String(first) + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }

    /// Words a title-cased name keeps in lower case after its first word.
    private static let titleJoiners: Set<String> = ["and", "of", "the", "for", "in", "on", "to", "at", "by"]

    /// The full name of the council a paper names itself by ("Westshire County Council"), from
    /// its opening lines, letterheads in capitals included; nil when it names none.
    static func councilFullName(in lines: [TextLine]) -> String? {
        for line in lines.prefix(40) {
            let text = titleCased(line.text)
            if let match = text.firstMatch(of: Pattern.councilFullName) {
                let name = String(match.output.0)
                let words = name.split(separator: " ")
                // Drop sentence openings before the name ("Members of Northbridge Borough Council").
                if let start = words.lastIndex(where: { ["of", "the", "and", "to", "by", "for"].contains($0.lowercased()) }) {
                    let tail = words[(start + 1)...]
                    // "the County Council" names no place.
                    guard tail.count >= 3 else { continue }
                    return tail.joined(separator: " ")
                }
                return name
            }
            if let match = text.firstMatch(of: Pattern.londonBoroughFullName) {
                return String(match.output)
            }
        }
        return nil
    }

    /// The public body a paper states it is by, read anywhere in its text (front sheet,
    /// running footer, body): the name the paper prints most often that ends with one of
    /// the vocabulary's authority types ("Westshire County Council", "NORTHBRIDGE BOROUGH COUNCIL"),
    /// names in the opening forty lines before the rest, the first printed winning a tie. A name without a place ("the County Council") is
    /// not one. Failing a name, an acronym of a place and a type ("KCC") when the paper
    /// also names the place ("Westshire") well ahead of any other word of that initial; nil
    /// when the paper states neither.
    /// Punctuation trimmed from the words of a name.
    static let nameEdgeCharacters = Set<Character>(",.;:()[]“”\"‘’")

    static func statedAuthority(in texts: [String], book: PhraseBook) -> String? {
        let types = book.vocabulary.authorityTypes
            .map { $0.split(separator: " ").map(String.init) }
            .sorted { $0.count > $1.count }
        let typeWords = Set(types.flatMap { $0 })
        var typesByFirstWord: [String: [[String]]] = [:]
        for type in types { typesByFirstWord[type[0], default: []].append(type) }
        // A line can name an authority only where it holds a type's first word; only those
        // lines are split into words here (most lines of a paper hold none).
        // Types written before the place ("London Borough of"), compared in lower case.
        let openings = book.vocabulary.authorityOpenings
            .map { (written: TextTools.collapse($0), words: $0.split(separator: " ").map { $0.lowercased() }) }
            .filter { !$0.words.isEmpty }
            .sorted { $0.words.count > $1.words.count }
        let firstWordsAsWritten = TextTools.BytePhrases(Set(types.map { $0[0] } + book.vocabulary.authorityOpenings.compactMap {
            $0.split(separator: " ").first.map(String.init)
        }))
        let firstWords = TextTools.BytePhrases(Set(types.map { $0[0].lowercased() } + openings.map { $0.words[0] }), ignoringCase: true)
        var counts: [String: Int] = [:]
        var order: [String] = []
        // The paper's first line, after a pack's stamp or agenda-item marker over it ("Agenda
        // Item 8" ⏎ "HOBBLESTONE BOROUGH COUNCIL"): where a letterhead stands.
        let firstLine = (texts.prefix(3).firstIndex { !book.namesAgendaItem($0) && !book.stampKeys.contains(TextTools.key($0)) } ?? 0) + 1
        for (lineIndex, line) in texts.enumerated() {
            // As written, or in any case on a line of capitals (which `titleCased` rewrites), or
            // in capitals before a dash ("DUNSTOWE DISTRICT COUNCIL – Waste and Recycling").
            let text = titleCasedHead(line)
            guard firstWordsAsWritten.occur(in: text)
                || (firstWords.occur(in: text) && TextTools.isUnchangedByUppercasing(text))
            else { continue }
            // The line's words as written; each is trimmed of punctuation only when looked at
            // (most are lower-case words no type or place begins with).
            let raw = titleCased(text).split(separator: " ").map(String.init)
            var trimmed = [String?](repeating: nil, count: raw.count)
            func word(_ index: Int) -> String {
                if let known = trimmed[index] { return known }
                let word = nameWord(raw[index])
                trimmed[index] = word
                return word
            }
            let lineNumber = lineIndex + 1
            // A name closes its line, or only a dash and the department after it ("DUNSTOWE
            // DISTRICT COUNCIL – Waste and Recycling") follow it.
            func closesLine(_ end: Int) -> Bool {
                end == raw.count || (end < raw.count && ["–", "-", "|", "·"].contains(raw[end]))
            }
            var index = 0
            while index < raw.count {
                let at = index
                // A type's first word is capitalised, perhaps after punctuation; a word opening
                // with a lower-case letter or a figure is none.
                if let first = raw[at].utf8.first, (first >= 97 && first <= 122) || (first >= 48 && first <= 57) {
                    index += 1
                    continue
                }
                // "London Borough of Alderford": the type, then the place's capitalised words.
                // Only among the opening lines: further on, such a name is a neighbour named in
                // passing ("compared with the London Borough of …").
                if lineNumber <= 40, let opening = openings.first(where: { opening in
                    at + opening.words.count < raw.count
                        && opening.words.indices.allSatisfy { word(at + $0).lowercased() == opening.words[$0] }
                }) {
                    // Up to three place words, two places joined by "and" counting as one name
                    // ("Royal Borough of Kingsmere and Lowford").
                    var end = at + opening.words.count
                    var placeWords = 0
                    while end < raw.count, placeWords < 3, isPlaceWord(word(end)), !typeWords.contains(word(end)) {
                        end += 1
                        placeWords += 1
                        guard raw[end - 1].last.map({ $0.isLetter }) ?? false else { break }
                        if end + 1 < raw.count, word(end) == "and", isPlaceWord(word(end + 1)), !typeWords.contains(word(end + 1)) {
                            end += 1
                        }
                    }
                    if end > at + opening.words.count {
                        let name = ([opening.written] + (at + opening.words.count..<end).map(word)).joined(separator: " ")
                        if counts[name] == nil { order.append(name) }
                        let letterhead = at == 0 && closesLine(end) && lineNumber == firstLine
                        counts[name, default: 0] += letterhead ? 1_000_000 : 1000
                        index = end
                        continue
                    }
                }
                // A type's joining words in any case: a letterhead in capitals ("TIDEWELL FIRE AND
                // RESCUE AUTHORITY") reads "Fire And Rescue Authority" once title-cased.
                guard let type = typesByFirstWord[word(at)]?.first(where: { (type: [String]) -> Bool in
                    at + type.count <= raw.count && type.indices.allSatisfy { offset in
                        word(at + offset) == type[offset]
                            || (type[offset].first?.isLowercase == true && word(at + offset).lowercased() == type[offset])
                    }
                }) else { index += 1; continue }
                var start = index
                // The name runs back over capitalised words, not past punctuation ("Summary:").
                while start > 0, isPlaceWord(word(start - 1)), !typeWords.contains(word(start - 1)),
                      raw[start - 1].last.map({ $0.isLetter }) ?? false {
                    start -= 1
                    // Two places joined by "and" name one body ("Pellbridge and Crane Integrated
                    // Care Board", "Barking and Dagenham Council").
                    if start >= 2, word(start - 1) == "and", isPlaceWord(word(start - 2)), !typeWords.contains(word(start - 2)),
                       raw[start - 2].last.map({ $0.isLetter }) ?? false {
                        start -= 2
                    }
                }
                // "The County Council", a sentence's capital opening it, is no place.
                while start < index, word(start) == "The" || word(start) == "A" { start += 1 }
                // A one-word type ("Harbourside Council") counts only as a letterhead, a line of
                // its own among the first five:
                // "Full Council" and a neighbour named in passing are not the paper's own.
                if start < index, type.count > 1 || (start == 0 && index + type.count == raw.count && lineNumber <= 5) {
                    let name = ((start..<index).map(word) + type).joined(separator: " ")
                    if counts[name] == nil { order.append(name) }
                    // A letterhead (the name alone on the paper's first line) names the paper's
                    // own body; other names in the opening lines (front sheet) come next.
                    let letterhead = start == 0 && closesLine(index + type.count) && lineNumber == firstLine
                    counts[name, default: 0] += letterhead ? 1_000_000 : lineNumber <= 40 ? 1000 : 1
                }
                index += type.count
            }
        }
        var best: String?
        for name in order where best.map({ counts[name, default: 0] > counts[$0, default: 0] }) ?? true { best = name }
        if let best { return best }
        // An acronym: one place initial, then the initials of a type of two or more words. An
        // acronym's letters stand in the text as they are, so a paper without any type's
        // initials has none, and its words need not be split.
        let initialsOfTypes = types.filter { $0.count >= 2 }.map { $0.compactMap(\.first).map(String.init).joined() }
        let withInitials = texts.filter { text in initialsOfTypes.contains { TextTools.bytesContain(text, $0) } }
        guard !withInitials.isEmpty else { return nil }
        // Acronyms stand only in the lines that hold a type's initials: only those are split
        // to find them, and the whole text only once some acronym is there.
        let capitals = withInitials.flatMap { titleCased($0).split(separator: " ").map { nameWord(String($0)) } }
            .filter { word in word.first?.isLetter == true && word.allSatisfy(\.isUppercase) }
        let acronymsByType = types.filter { $0.count >= 2 }.map { type in
            let initials = type.compactMap(\.first).map(String.init).joined()
            return (type, Set(capitals.filter { word in
                word.count == initials.count + 1 && word.hasSuffix(initials)
            } .map { String($0.prefix(1)) }))
        }
        guard acronymsByType.contains(where: { !$0.1.isEmpty }) else { return nil }
        // Places, sorted out once: capitalised words of three letters or more, each with its count.
        let words = texts.flatMap { titleCased($0).split(separator: " ").map { nameWord(String($0)) } }
        var placeCounts: [String: Int] = [:]
        for word in words where word.count >= 3 && !typeWords.contains(word) && word.dropFirst().allSatisfy(\.isLowercase) {
            placeCounts[word, default: 0] += 1
        }
        for (type, acronyms) in acronymsByType {
            for initial in acronyms.sorted() {
                let places = placeCounts.filter { $0.key.hasPrefix(initial) }
                let ranked = places.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                guard let place = ranked.first else { continue }
                if ranked.count > 1, place.value < 2 * ranked[1].value { continue }
                return ([place.key] + type).joined(separator: " ")
            }
        }
        return nil
    }

    /// A word of a line as it may stand in a body's name: punctuation trimmed from its edges
    /// and a possessive dropped ("Council’s" → "Council").
    static func nameWord(_ raw: String) -> String {
        var word = raw.trimming(nameEdgeCharacters)
        for possessive in ["’s", "'s"] where word.hasSuffix(possessive) { word = String(word.dropLast(2)) }
        return word
    }

    /// True when a word reads as part of a place's name: capitalised, the rest lower case.
    static func isPlaceWord(_ word: String) -> Bool {
        // Most words are ASCII: their bytes answer without Unicode's case tables.
        let bytes = word.utf8
        if let first = bytes.first, first < 0x80, bytes.allSatisfy({ $0 < 0x80 }) {
            guard first >= 65, first <= 90 else { return false }
            return bytes.dropFirst().allSatisfy { ($0 >= 97 && $0 <= 122) || $0 == 45 }
        }
        guard let first = word.first, first.isUppercase else { return false }
        return word.dropFirst().allSatisfy { $0.isLowercase || $0 == "-" }
    }

    /// The kind a title line names through the vocabulary's phrases, or nil. A phrase of
    /// several words may stand anywhere in the line; a single word ("Minutes",
    /// "Amendment") must open the line or stand in a short one, so an agenda line
    /// "3. Minutes of the meeting held on …" does not make the agenda minutes.
    static func kind(named line: String, book: PhraseBook) -> DocumentKind? {
        // A numbered line is an agenda or list item, not a title.
        guard PaperLine.splitLabel(line) == nil else { return nil }
        let key = TextTools.key(line.replacingAll("-", with: " "))
        guard !key.isEmpty else { return nil }
        let padded = " " + key + " "
        guard book.kindTitlePhrases.occur(in: padded) else { return nil }
        let words = key.split(separator: " ")
        for rule in book.kindTitleKeys {
            for phraseKey in rule.keys {
                let opens = key == phraseKey || key.hasPrefix(phraseKey + " ")
                let inside = TextTools.bytesContain(padded, " " + phraseKey + " ")
                // Phrases of several words anywhere in a title line of up to 16 words ("Final
                // report of the … Sub-Committee’s review, 2025/26", "… Delivery Plan Progress
                // Report, April to September 2025"); one word only in a short one.
                let limit = phraseKey.utf8.contains(0x20) ? 16 : 5
                if opens || (inside && words.count <= limit) {
                    // "Response to the … Scrutiny Panel's review of …" answers the review it names.
                    if rule.kind == .scrutinyReport,
                       (book.vocabulary.sections["responseTitleOpenings"] ?? []).contains(where: { key.hasPrefix(TextTools.key($0) + " ") }) {
                        return .executiveResponse
                    }
                    return rule.kind
                }
            }
        }
        return nil
    }

    /// The authority a document is about: a possessive before the title ("Northbridge’s Self
    /// Evaluation"), "London Borough of X" / "X Council" in the title or author, or — for
    /// documents about one council — the council it names most, well ahead of any other.
    static func authority(titleText: String, author: String?, lines: [TextLine], kind: DocumentKind) -> String? {
        // The pattern is tried only on text holding a possessive and one of its title words.
        if TextTools.bytesContain(titleText, "’s") || TextTools.bytesContain(titleText, "'s"),
           possessiveTitleWords.occur(in: titleText),
           let match = titleText.firstMatch(of: Pattern.possessiveAuthority) {
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

    /// The words `Pattern.possessiveAuthority` requires after the possessive.
    private static let possessiveTitleWords = TextTools.BytePhrases(["Self", "Children", "Action", "Scrutiny"])

    static func councilName(in text: String) -> String? {
        councilNames(in: text).first
    }

    /// Council names a text states: "London Borough of X", "LB X", "X Borough Council", "X County Council".
    static func councilNames(in text: String) -> [String] {
        var names: [String] = []
        // The patterns are tried only on text holding their fixed words (most lines hold none).
        if TextTools.bytesContain(text, "London Borough") || TextTools.bytesContain(text, "LB ") {
            for match in text.matches(of: Pattern.londonBoroughPlace) {
                names.append(String(match.output.1))
            }
        }
        if TextTools.bytesContain(text, " Council") {
            for match in text.matches(of: Pattern.councilPlace) {
                names.append(String(match.output.1))
            }
        }
        return names
    }
}
