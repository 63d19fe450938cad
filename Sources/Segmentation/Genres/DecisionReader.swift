package import PipelineCore

/// Reads decisions: the "RESOLVED that …" items of minutes (numbered and lettered parts,
/// each with the minute it belongs to), the decision of a record of decision, and the
/// proposal of an amendment or motion; and "Action:" lines of minutes with the owner the
/// sentence names.
package struct DecisionReader {
    let book: PhraseBook

    /// Creates a reader over a phrase book.
    package init(book: PhraseBook) {
        self.book = book
    }

    /// What minutes give.
    package struct MinutesResult {
        /// Resolutions in document order.
        package var decisions: [Decision] = []
        /// Actions recorded against named owners.
        package var actions: [ActionItem] = []
    }

    /// The body whose meeting minutes record ("MINUTES of a meeting of the Cabinet held …"
    /// → "Cabinet") and the meeting's date, from the paper's opening lines.
    package func minutesMeeting(_ lines: [PaperLine]) -> (body: String?, date: String?) {
        let ends = Set(book.vocabulary.meetingNameEnds.map(TextTools.key))
        for (index, line) in lines.prefix(20).enumerated() {
            let key = TextTools.key(line.text)
            guard let phrase = book.vocabulary.meetingIntros.map(TextTools.key).sorted(by: { $0.count > $1.count })
                .first(where: { key.hasPrefix($0 + " ") }) else { continue }
            let words = line.text.split(separator: " ").map(String.init)
            let skip = phrase.split(separator: " ").count
            guard words.count > skip else { continue }
            var start = skip
            // "Minutes of the budget meeting of the County Council": a word or two naming the
            // kind of meeting stand before "meeting of".
            let after = words[skip...].prefix(4).map(TextTools.key)
            if let meeting = after.firstIndex(of: "meeting"), meeting > 0, meeting + 1 < after.count, after[meeting + 1] == "of" {
                start = skip + meeting + 2
                if start < words.count, TextTools.key(words[start]) == "the" { start += 1 }
            }
            guard words.count > start else { continue }
            var body: [String] = []
            for word in words[start...] {
                let plain = TextTools.key(word)
                if ends.contains(plain) || word.hasSuffix(",") {
                    if word.hasSuffix(",") { body.append(String(word.dropLast())) }
                    break
                }
                body.append(word)
            }
            // "Minutes of the Board meeting held on …": the meeting of the Board.
            if body.count > 1, TextTools.key(body[body.count - 1]) == "meeting" { body.removeLast() }
            var name = body.joined(separator: " ")
            for article in ["the ", "The "] where name.hasPrefix(article) { name = String(name.dropFirst(article.count)) }
            // "Notes of the meeting held on …" names no body; the line over it may ("Full
            // Governing Board" ⏎ "Minutes of the meeting held on …").
            if book.vocabulary.meetingIntros.contains(where: { TextTools.key($0).hasSuffix(TextTools.key(name)) }) {
                name = index > 0 ? bodyLine(lines[index - 1]) ?? "" : ""
            }
            return (name.isEmpty ? nil : name, DueDateParser.firstDate(line.text))
        }
        return (nil, nil)
    }

    /// A line standing alone as a body's name over its minutes: up to six words, each
    /// capitalised or a joining word, no figure and no closing stop, closing on a body's word
    /// ("Full Governing Board", "CABINET" as "Cabinet"; not "Public Document Pack" or "DRAFT").
    func bodyLine(_ line: PaperLine) -> String? {
        let text = TextTools.collapse(line.text)
        let words = text.split(separator: " ")
        guard !line.inTable, line.label == nil, (1...6).contains(words.count), !text.hasSuffix("."),
              !text.contains(where: \.isNumber), words.first?.first?.isUppercase == true,
              words.allSatisfy({ $0.first?.isUppercase == true || ["of", "and", "for", "the", "&"].contains($0) }),
              let last = words.last, book.vocabulary.bodyWords.contains(where: { TextTools.key($0) == TextTools.key(String(last)) })
        else { return nil }
        // "CABINET" in capitals is the Cabinet.
        return DocumentClassifier.titleCased(text, keepingJoiners: true)
    }

    /// The decisions of minutes set out as a table with a column for them ("Item | Discussion |
    /// Decision | Action | Owner | Deadline"): each paragraph of a decision cell is one
    /// decision of the row's item (its number in the first cell); an empty cell (one merged
    /// down from the row above reads as empty) or one that states nothing ("–", "None") gives none.
    package func decisionColumn(_ entries: [Entry], decisionMaker: String?) -> [Decision] {
        let headers = Set((book.vocabulary.sections["decisionColumns"] ?? []).map(TextTools.key))
        var decisions: [Decision] = []
        var column: (block: Int, index: Int)?
        for case .row(let row) in entries {
            if let index = row.cells.firstIndex(where: { headers.contains(TextTools.key($0.text)) }),
               row.cells.contains(where: { book.columnRole($0.text) == "action" || TextTools.key($0.text) == "item" }) {
                column = (row.block, index)
                continue
            }
            guard let (block, index) = column, row.block == block, index < row.cells.count else { continue }
            let cell = row.cells[index]
            guard !cell.text.isEmpty, !book.isEmptyValue(TextTools.collapse(cell.text)) else { continue }
            let item = row.cells.first.map { TextTools.collapse($0.text) }.flatMap { first -> String? in
                let number = first.split(separator: " ").first.map(String.init) ?? ""
                return !number.isEmpty && number.allSatisfy({ $0.isNumber || $0 == "." || $0 == "/" }) ? number.trimming(".") : nil
            }
            for line in cell.lines {
                let text = TextTools.collapse(line.text)
                guard text.count > 10 else { continue }
                decisions.append(Decision(
                    id: "", kind: .resolution, item: item, itemTitle: nil, text: text, decisionMaker: decisionMaker, date: nil,
                    location: line.location,
                    confidence: Confidence.certain.lowered(by: 0.1, because: "decision read from a minutes table's decision column")))
            }
        }
        return decisions
    }

    /// A minute's reference standing alone in a cell ("C.58", "47/25", "OSC/34", "12."), or nil.
    static func minuteReference(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters()
        guard trimmed.count <= 16, trimmed.wholeMatch(of: Pattern.minuteReference) != nil else { return nil }
        return trimmed.hasSuffix(".") ? String(trimmed.dropLast()) : trimmed
    }

    /// Reads the resolutions and actions of minutes.
    /// - Parameters:
    ///   - meetingDate: The meeting's date, which gives a deadline without a year ("by 16
    ///     January") its year: the first such day on or after the meeting.
    /// - Parameter readsReferences: True for a record of decisions, whose blocks each give
    ///   their decisions a reference of their own ("Decision reference: LBC/CAB/26/021") that
    ///   numbers them; minutes keep their parts' labels.
    package func minutes(
        _ lines: [PaperLine], decisionMaker: String?, date: String?, meetingDate: String? = nil, readsReferences: Bool = false
    ) -> MinutesResult {
        var result = MinutesResult()
        var item: String?
        var itemTitle: String?
        var itemFromHeading = false
        // True when the item's number is a minute reference printed before its title.
        var itemFromReference = false
        // The heading level of the minute heading that numbered the item.
        var itemLevel: Int?
        var partsOpen = false
        var partsStyle: String?
        // A resolution's stem ending in a colon, its text, where it stands, and the decision
        // its bullets made of it once one came.
        var listStem: (text: String, location: SourceLocation, decision: Int?)?
        var last: Int?
        // Under a minute's "Decision" heading: what follows records what the body decided, to
        // the next heading.
        var underDecisionHeading = false
        // A record of decisions gives each item's decisions a reference of their own
        // ("Decision reference: LBC/CAB/26/021"): from which decision on each stood, reset
        // wherever the item changes (`item` is set only through `open(item:)`).
        var references: [(from: Int, reference: String?)] = []
        func open(item number: String?) {
            item = number
            if readsReferences { references.append((result.decisions.count, nil)) }
        }
        // A label without its value ("Decision reference:"): the value is the next short line
        // opening with it, or in a table the cell beside the label or the one under it.
        var referenceFollows: (cell: Int?, lines: Int)?
        for line in lines {
            if let follows = referenceFollows {
                let leading = Self.reference(opening: line.text)
                if line.inTable, let cell = follows.cell, line.cell != cell {
                    if line.cell == cell + 1, let leading {
                        references.append((result.decisions.count, leading))
                        referenceFollows = nil
                        continue
                    }
                    referenceFollows = follows.lines < 6 ? (cell, follows.lines + 1) : nil
                } else {
                    referenceFollows = nil
                    if !line.isHeading, let leading {
                        references.append((result.decisions.count, leading))
                        continue
                    }
                }
            }
            // ("Decision:" itself opens the decision, not its reference.)
            if readsReferences, let field = book.frontSheetLine(line.text), field.field == "decisionNumber",
               let colon = line.text.firstIndex(of: ":"), !book.isDecisionLabel(String(line.text[..<colon])) {
                // The labels of a row run together in a PDF ("Decision reference: Key decision:
                // No Call-in: Applies" ⏎ "LBC/CAB/26/022"): the reference is the first word that
                // reads as one, in the value or on the line under it.
                if let reference = Self.reference(in: field.value) {
                    references.append((result.decisions.count, reference))
                } else {
                    referenceFollows = (line.inTable ? line.cell : nil, 0)
                }
                continue
            }
            // "AC 40<tab>MINUTES": a minute's reference and a title in capitals head the minute
            // although the paper set them in no heading style.
            let capitalHeading = !line.isHeading && !line.inTable && line.text.count <= 100
                && (line.text.wholeMatch(of: Pattern.minuteHeading).map { AskedRecommendationReader.isCapitals(String($0.output.2)) } ?? false)
            // A resolution in bold ("**The Board AGREED:**", "RECOMMENDED to Council that:" set
            // as a heading) opens its parts; it heads nothing.
            let boldResolution = line.isHeading && (line.headingLevel == nil || line.text.hasSuffix(":"))
                && book.afterResolutionMarker(line.text) != nil
            // "Clerk to submit the comments … by 17 February." set in bold is an action, not a heading.
            if line.isHeading, line.headingLevel == nil, let action = ownedActionLine(line, meetingDate: meetingDate) {
                result.actions.append(action)
                partsOpen = false
                last = nil
                continue
            }
            if line.isHeading || capitalHeading, !line.inTable, !boldResolution {
                partsOpen = false
                last = nil
                underDecisionHeading = book.isDecisionLabel(line.text)
                if underDecisionHeading { continue }
                if let number = line.number, number.allSatisfy(\.isNumber) || number.contains("/") {
                    open(item: number)
                    itemTitle = line.body
                    itemFromHeading = true
                    itemFromReference = false
                    itemLevel = line.headingLevel
                } else if let heading = itemHeading(line.text) {
                    // "Item 6 – Off-Street Car Parking Charges 2026/27" over a record's block.
                    open(item: heading.number)
                    itemTitle = heading.title
                    itemFromHeading = true
                    itemFromReference = false
                    itemLevel = line.headingLevel
                } else if itemFromHeading, let open = itemLevel, line.headingLevel.map({ $0 > open }) ?? true {
                    // An unnumbered sub-heading inside a numbered minute ("Amendment A", "The
                    // substantive motion") keeps the minute's number.
                    continue
                } else if let match = line.text.wholeMatch(of: Pattern.minuteHeading) {
                    // "CAB/25/44 EMPTY HOMES STRATEGY": the minute's reference, then its title.
                    open(item: String(match.output.1))
                    itemTitle = String(match.output.2)
                    itemFromHeading = true
                    itemFromReference = true
                    itemLevel = nil
                } else if itemFromReference {
                    // Minutes whose every minute opens with its reference ("CL 93 Recommendations
                    // from Cabinet", "26/008 Finance"): a heading without one is a part of the
                    // minute ("(a) Payments") or the page's running head, and keeps its number.
                    continue
                } else {
                    open(item: nil)
                    itemTitle = line.body
                    itemFromHeading = false
                    itemFromReference = false
                    itemLevel = nil
                }
                continue
            }
            // Minutes set out as a table of minute number | text: the number cell opens the minute.
            if line.inTable, line.cell == 0, let reference = Self.minuteReference(line.text) {
                open(item: reference)
                itemTitle = nil
                itemFromHeading = true
                itemFromReference = false
                partsOpen = false
                last = nil
                continue
            }
            // "(Item 4)" under an unnumbered heading names the agenda item.
            if !itemFromHeading, let number = agendaItem(line.text) {
                open(item: number)
                continue
            }
            let text = line.number != nil ? line.body : line.text
            // "Resolved: to award community grants as follows:" ⏎ "• Mistleford Foodbank – £1,000 …":
            // the bullets under a stem that is itself a decision complete it.
            if let stem = listStem {
                if line.isBulleted, !line.inTable {
                    if let index = last, stem.decision == index {
                        result.decisions[index].text = TextTools.collapse(result.decisions[index].text + " " + line.body)
                    } else {
                        result.decisions.append(Decision(
                            id: "", kind: .resolution, item: item, itemTitle: itemTitle, text: TextTools.collapse(stem.text + " " + line.body),
                            decisionMaker: decisionMaker, date: date, location: stem.location, confidence: .certain))
                        last = result.decisions.count - 1
                        listStem = (stem.text, stem.location, last)
                    }
                    continue
                }
                listStem = nil
            }
            if let rest = book.afterResolutionMarker(text) {
                partsStyle = nil
                // "RESOLVED: That" over "(a) …", "(b) …": the marker and "That" alone open the parts.
                let opensParts = rest.isEmpty || rest.hasSuffix(":") || TextTools.key(rest) == "that"
                if opensParts {
                    partsOpen = true
                    last = nil
                    // A stem that acts ("to award … as follows:") is a decision once bullets follow.
                    if !rest.isEmpty, rest.hasPrefix("to ") { listStem = (rest, line.location, nil) }
                    continue
                }
                partsOpen = false
                // "RESOLVED – (1) that …; (2) that …; and (3) that …" in one paragraph.
                let parts = Self.inlineParts(rest)
                if parts.count >= 2 {
                    for part in parts {
                        result.decisions.append(Decision(
                            id: "", kind: .resolution, number: part.number, item: item, itemTitle: itemTitle,
                            text: part.text, decisionMaker: decisionMaker, date: date, location: line.location,
                            confidence: .certain))
                    }
                    last = result.decisions.count - 1
                    continue
                }
                let (sentence, cut) = Self.firstSentence(rest)
                result.decisions.append(Decision(
                    id: "", kind: .resolution, item: item, itemTitle: itemTitle, text: sentence,
                    decisionMaker: decisionMaker, date: date, location: line.location,
                    confidence: cut ? Confidence.certain.lowered(by: 0.1, because: "resolution ended at its first sentence") : .certain))
                last = cut ? nil : result.decisions.count - 1
                continue
            }
            if underDecisionHeading, !line.inTable, line.number == nil {
                // "The Committee agreed:" / "The Committee:" over the parts of the decision.
                if text.hasSuffix(":"), text.count <= 80 {
                    partsOpen = true
                    partsStyle = nil
                    last = nil
                    continue
                }
                // "The Committee noted the annual report …": the sentence is the decision.
                if book.reportsBodyAct(text) {
                    result.decisions.append(Decision(
                        id: "", kind: .resolution, item: item, itemTitle: itemTitle, text: TextTools.collapse(text),
                        decisionMaker: decisionMaker, date: date, location: line.location, confidence: .certain))
                    last = result.decisions.count - 1
                    partsOpen = false
                    continue
                }
            }
            if partsOpen, let number = line.number, let label = line.label {
                let style = AskedRecommendationReader.style(of: label)
                if partsStyle == nil || partsStyle == style {
                    partsStyle = style
                    result.decisions.append(Decision(
                        id: "", kind: .resolution, number: number, item: item, itemTitle: itemTitle,
                        text: TextTools.droppingOpening("that", from: line.body), decisionMaker: decisionMaker, date: date, location: line.location,
                        confidence: .certain))
                    last = result.decisions.count - 1
                    continue
                }
                partsOpen = false
            }
            // "Decision: The Board approved …" in notes of a meeting.
            if let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 20,
               book.isDecisionLabel(String(text[..<colon])) {
                let rest = TextTools.collapse(String(text[text.index(after: colon)...]))
                if rest.count > 10 {
                    result.decisions.append(Decision(
                        id: "", kind: .resolution, item: item, itemTitle: itemTitle, text: rest,
                        decisionMaker: decisionMaker, date: date, location: line.location, confidence: .certain))
                    last = result.decisions.count - 1
                    partsOpen = false
                    continue
                }
            }
            if let action = actionLine(line, meetingDate: meetingDate) ?? ownedActionLine(line, meetingDate: meetingDate) {
                result.actions.append(action)
                partsOpen = false
                last = nil
                continue
            }
            // "The Board AGREED:" then parts without labels ("to approve …;", "that training
            // is offered …"): each opens a decision, where the one before ended its clause.
            if partsOpen, line.number == nil, line.opensLowercase, !line.inTable,
               last.map({ TextTools.closesListPart(result.decisions[$0].text, or: ".") }) ?? true {
                result.decisions.append(Decision(
                    id: "", kind: .resolution, item: item, itemTitle: itemTitle, text: TextTools.collapse(line.text),
                    decisionMaker: decisionMaker, date: date, location: line.location,
                    confidence: Confidence.certain.lowered(by: 0.1, because: "part of a resolution told by its place, not a label")))
                last = result.decisions.count - 1
                continue
            }
            // A part cut at a line end carries on: a line in lower case, or (in a list of parts)
            // any unlabelled line after a part whose clause is still open ("(1) notes the
            // responses … summarised in" ⏎ "Appendix C to the report;").
            if let index = last, !line.inTable,
               line.opensLowercase || (partsOpen && line.number == nil && !line.isHeading && !TextTools.endsClause(result.decisions[index].text)) {
                result.decisions[index].text = TextTools.collapse(result.decisions[index].text + " " + line.text)
                continue
            }
            if partsOpen, line.number == nil, !line.opensLowercase { partsOpen = false }
            last = nil
        }
        for index in result.decisions.indices {
            if let reference = references.last(where: { $0.from <= index })?.reference {
                result.decisions[index].number = reference
            }
        }
        return result
    }

    /// The first word of a text that reads as a decision's reference ("LBC/CAB/26/021",
    /// "PHD/ENV/26/02", "ODR-2025-118"): three or more parts joined by "/" or "-", with two
    /// letters running together and two figures, and not a date ("12-Mar-2026"); nil when there
    /// is none ("Covid-19", "S106/CIL", "2026/27" are none).
    static func reference(in text: String) -> String? {
        for raw in text.split(separator: " ") {
            let word = String(raw).trimming(".,;:()")
            let parts = word.split(whereSeparator: { $0 == "/" || $0 == "-" })
            guard word.count >= 5, parts.count >= 3,
                  word.filter(\.isNumber).count >= 2,
                  parts.contains(where: { $0.count >= 2 && $0.allSatisfy(\.isLetter) }),
                  word.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "/" || $0 == "-" || $0 == "." }),
                  DueDateParser.firstDate(word.replacingAll("-", with: " ")) == nil else { continue }
            return word
        }
        return nil
    }

    /// The reference a short line (up to three words) opens with ("LBC/CAB/26/021 KD/2026/04"),
    /// or nil: a sentence that mentions one is no value of a label.
    static func reference(opening text: String) -> String? {
        let words = text.split(separator: " ")
        guard let first = words.first, words.count <= 3 else { return nil }
        return reference(in: String(first))
    }

    /// The number and title of a line that opens an agenda item's block ("Item 6 – Off-Street
    /// Car Parking Charges 2026/27", "Agenda item 7: Budget"), or nil.
    func itemHeading(_ text: String) -> (number: String, title: String)? {
        guard text.utf8.count <= 160, let marker = book.itemMarker(key: TextTools.key(text)), !marker.rest.isEmpty,
              let number = TextTools.byteRange(of: String(marker.number), in: text) else { return nil }
        // The title follows the number, after a dash, colon or stop if one stands there
        // ("Item 6 – Off-Street Parking", "Item 6 Off-Street Parking").
        var after = text[number.upperBound...].drop(while: { $0 == " " })
        if let separator = after.first, "–—:-.".contains(separator) { after = after.dropFirst() }
        let title = TextTools.collapse(String(after))
        guard let first = title.first, first.isUppercase || first.isNumber else { return nil }
        return (String(marker.number), title)
    }

    /// The numbered parts of a resolution written in one paragraph ("(1) that …; (2) that …;
    /// and (3) that …"), each with its number and its text without the opening "that"; a
    /// label counts only at the start or after a semicolon.
    package static func inlineParts(_ text: String) -> [(number: String, text: String)] {
        var starts: [(label: Range<String.Index>, number: String)] = []
        for match in text.matches(of: Pattern.inlinePartLabel) {
            let before = String(text[..<match.range.lowerBound]).trimmingCharacters()
            guard before.isEmpty || before.hasSuffix(";") || before.hasSuffix("; and") || before.hasSuffix("; or") else { continue }
            starts.append((match.range, String(match.output.1)))
        }
        guard starts.first?.label.lowerBound == text.startIndex else { return [] }
        return starts.indices.map { index in
            let end = index + 1 < starts.count ? starts[index + 1].label.lowerBound : text.endIndex
            return (starts[index].number, TextTools.droppingOpening("that", from: TextTools.collapse(String(text[starts[index].label.upperBound..<end]))))
        }
    }

    /// A resolution's first sentence and whether more followed it in the paragraph: minutes
    /// often go on with narrative ("… an accurate record. The action log was reviewed.").
    static func firstSentence(_ text: String) -> (String, Bool) {
        let characters = Array(text)
        var index = 0
        while index + 2 < characters.count {
            if characters[index] == ".", characters[index + 1] == " ", characters[index + 2].isUppercase {
                let before = String(characters[max(0, index - 3)..<index])
                let abbreviation = before.hasSuffix("Mr") || before.hasSuffix("Mrs") || before.hasSuffix("Ms")
                    || before.hasSuffix("Dr") || before.hasSuffix("No") || before.last?.isNumber == true
                    || before.last.map { $0.isUppercase && (before.dropLast().last.map { !$0.isLetter } ?? true) } == true
                if !abbreviation, index >= 20 {
                    return (String(characters[...index]), true)
                }
            }
            index += 1
        }
        return (text, false)
    }

    /// The agenda item a line such as "(Item 4)" names, or nil.
    func agendaItem(_ text: String) -> String? {
        let words = TextTools.key(text).split(separator: " ").map(String.init)
        guard words.count >= 2, words.count <= 3, text.count <= 20, let number = words.last,
              number.first?.isNumber == true else { return nil }
        let marker = words.dropLast().joined(separator: " ")
        return book.vocabulary.itemMarkers.map(TextTools.key).contains(marker) ? number : nil
    }

    /// An "Action: Clerk to circulate the notes by 1 May" line as an action, with the owner
    /// the sentence opens with and the date it ends with; nil for other lines.
    func actionLine(_ line: PaperLine, meetingDate: String? = nil) -> ActionItem? {
        guard let colon = line.text.firstIndex(of: ":") else { return nil }
        let head = TextTools.key(String(line.text[..<colon]))
        guard book.vocabulary.actionMarkers.map(TextTools.key).contains(head) else { return nil }
        return action(TextTools.collapse(String(line.text[line.text.index(after: colon)...])), at: line.location, meetingDate: meetingDate)
    }

    /// An action's sentence as an action, with the owner it opens with and the date it ends
    /// with; nil for a text too short to be one.
    func action(_ text: String, at location: SourceLocation, meetingDate: String?) -> ActionItem? {
        guard text.count >= 5 else { return nil }
        var owners: [String] = []
        var confidence = Confidence.certain
        if let named = book.ownerSplitter.ownersOpening(text) {
            owners = named
            confidence = confidence.lowered(by: 0.15, because: "owner read from the sentence")
        }
        var timeframe: String?
        var due: String?
        // The deadline as written, its preposition kept ("by 16 January", "in June 2026").
        if let match = text.firstMatch(of: Pattern.closingDeadline) ?? text.firstMatch(of: Pattern.closingMonth) {
            let words = String(match.output.1)
            if let found = DueDateParser.due(words) ?? Self.dueInMeetingYear(words, meetingDate: meetingDate) {
                timeframe = TextTools.collapse(String(match.output.0)).trimming(".")
                due = found
            }
        }
        return ActionItem(
            id: "", kind: .action, domain: nil, text: text, owners: owners, due: due,
            timeframe: timeframe, location: location, confidence: confidence)
    }

    /// A paragraph of its own that gives an action in a sentence without a label ("Clerk to
    /// submit the comments through the planning portal by 17 February.", "Clerk and Cllr
    /// Q.R. to book …"): an owner of up to seven words that names a post, a person or a body
    /// (a post's word, a title such as "Cllr", initials, an acronym such as "RFO", a body's
    /// word), "to" and a word the vocabulary does not list as opening no action
    /// (`notActionOpenings`: "the", "be" …), one sentence of at most 40 words and no
    /// resolution; nil for other lines ("Changes to standing orders were adopted.").
    func ownedActionLine(_ line: PaperLine, meetingDate: String? = nil) -> ActionItem? {
        let text = TextTools.collapse(line.text)
        guard !line.inTable, line.headingLevel == nil, line.label == nil, text.hasSuffix("."),
              text.split(separator: " ").count <= 40, text.firstMatch(of: Pattern.clauseBreak) == nil,
              book.afterResolutionMarker(text) == nil,
              let match = text.prefixMatch(of: Pattern.ownerBeforeTo) else { return nil }
        let name = String(match.output.1)
        let next = text[match.range].split(separator: " ").last.map { $0.lowercased() } ?? ""
        let nameWords = name.split(separator: " ").map(String.init)
        let joiners = Set(book.vocabulary.nameJoiners.map { $0.lowercased() } + ["&", "/"])
        guard (1...7).contains(nameWords.count),
              nameWords.allSatisfy({ $0.first?.isUppercase == true || joiners.contains($0) }),
              nameWords.contains(where: book.ownerSplitter.namesOwner),
              !(book.vocabulary.sections["notActionOpenings"] ?? []).contains(next),
              var owned = action(text, at: line.location, meetingDate: meetingDate) else { return nil }
        owned.confidence = (owned.confidence ?? .certain).lowered(by: 0.1, because: "action told by its sentence, without a label")
        return owned
    }


    /// A deadline's day and month without a year ("by 16 January") as the first such day on or
    /// after the meeting ("2026-01-13" → "2026-01-16"), or its month alone ("before the end of
    /// March") as the first such month from the meeting's on; nil otherwise.
    static func dueInMeetingYear(_ words: String, meetingDate: String?) -> String? {
        guard let meetingDate, meetingDate.count == 10, let year = Int(meetingDate.prefix(4)),
              let sameYear = DueDateParser.due(words + " \(year)"),
              sameYear.count == 10 || (sameYear.count == 7 && words.wholeMatch(of: Pattern.monthDeadline) != nil) else { return nil }
        if sameYear >= meetingDate.prefix(sameYear.count) { return sameYear }
        return DueDateParser.due(words + " \(year + 1)")
    }

    /// The decisions of a record of decision: the items under a "Decision:" label or
    /// heading, up to the next label or heading.
    package func recordOfDecision(_ lines: [PaperLine], number: String?, decisionMaker: String?, date: String?) -> [Decision] {
        var decisions: [Decision] = []
        var open = false
        var style: String?
        // Unnumbered paragraphs read as decisions since the label: a list of parts after them
        // shows they were the preamble ("Having considered the application … the Sub-Committee
        // decided that the steps below are appropriate", then "(a) GRANT …").
        var preamble: [Int] = []
        for line in lines {
            let text = line.text
            var head = text
            var rest: String?
            if let colon = text.firstIndex(of: ":") {
                head = String(text[..<colon])
                let after = TextTools.collapse(String(text[text.index(after: colon)...]))
                rest = after.isEmpty ? nil : after
            }
            // "Decision:", or a numbered heading "3. Determination".
            let label = line.isHeading && line.number != nil && rest == nil ? line.body : head
            if label.count <= 40, book.isDecisionLabel(label) {
                open = true
                style = nil
                preamble = []
                if let rest, rest.count > 10 {
                    decisions.append(Decision(id: "", kind: .decision, number: number, text: rest,
                                              decisionMaker: decisionMaker, date: date, location: line.location, confidence: .certain))
                }
                continue
            }
            guard open else { continue }
            if line.isHeading || (line.inTable && book.frontSheetField(label: head) != nil) || book.frontSheetLine(text) != nil {
                if !decisions.isEmpty || line.isHeading { open = false }
                continue
            }
            if line.number != nil, let label = line.label {
                let itemStyle = AskedRecommendationReader.style(of: label)
                if style == nil || style == itemStyle {
                    style = itemStyle
                    for index in preamble.reversed() { decisions.remove(at: index) }
                    preamble = []
                    decisions.append(Decision(id: "", kind: .decision, number: number, text: line.body,
                                              decisionMaker: decisionMaker, date: date, location: line.location, confidence: .certain))
                    continue
                }
            }
            if let lastIndex = decisions.indices.last, line.opensLowercase {
                decisions[lastIndex].text = TextTools.collapse(decisions[lastIndex].text + " " + text)
                continue
            }
            // A lead-in to the list of what was decided ("… and decided:") is none of it.
            if text.count > 20, style == nil, !text.hasSuffix(":") {
                preamble.append(decisions.count)
                decisions.append(Decision(id: "", kind: .decision, number: number, text: text,
                                          decisionMaker: decisionMaker, date: date, location: line.location,
                                          confidence: Confidence.certain.lowered(by: 0.1, because: "decision read from an unnumbered paragraph")))
            }
        }
        return decisions
    }

    /// True when a line reads as a form's field label: one to four capitalised words and
    /// no closing punctuation.
    static func isFormLabel(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...4).contains(words.count), let last = text.last, last.isLetter else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// The proposal of an amendment or motion form: the text under a "Proposed Purpose" /
    /// "Motion" label, up to the next label; numbered by the form's amendment number.
    package func proposals(_ lines: [PaperLine], number: String?, body: String?, item: String? = nil,
                           date: String? = nil) -> [Decision] {
        if number == nil, let headed = headedProposals(lines, body: body, item: item, date: date), !headed.isEmpty {
            return headed
        }
        var decisions: [Decision] = []
        var open = false
        for line in lines {
            let head = line.text.split(separator: ":", maxSplits: 1).first.map(String.init) ?? line.text
            if head.count <= 40, book.isSection("proposal", heading: head, maxExtraWords: 1) {
                open = true
                let rest = line.text.split(separator: ":", maxSplits: 1).dropFirst().first.map { TextTools.collapse(String($0)) }
                if let rest, rest.count > 10 {
                    decisions.append(Decision(id: "", kind: .proposal, number: number, text: rest, decisionMaker: body,
                                              location: line.location, confidence: .certain))
                }
                continue
            }
            guard open else { continue }
            if (line.inTable && book.frontSheetField(label: head) != nil) || line.text.hasSuffix(":") && line.text.count <= 40
                || book.isSection("proposal", heading: head) || line.isHeading {
                open = false
                continue
            }
            // After a finished sentence, a short line of capitalised words without a colon
            // ("Proposed Amount") is the form's next label, not more of the proposal.
            if let last = decisions.last?.text.last, ".;!?".contains(last), Self.isFormLabel(line.text) {
                open = false
                continue
            }
            if let index = decisions.indices.last {
                decisions[index].text = TextTools.collapse(decisions[index].text + " " + line.text)
            } else {
                decisions.append(Decision(id: "", kind: .proposal, number: number, text: line.text, decisionMaker: body,
                                          location: line.location, confidence: .certain))
            }
        }
        return decisions
    }

    /// The proposals of a paper that sets out several motions or amendments, each under its
    /// own head ("Motion 1 – Warm and Safe Private Rented Homes", "Amendment A, moved by …:"):
    /// each is numbered by its head and runs to the next heading or to the officers' comments
    /// after it, without its proposer and seconder lines or list labels. Nil when the paper has
    /// no such head.
    func headedProposals(_ lines: [PaperLine], body: String?, item: String?, date: String?) -> [Decision]? {
        var decisions: [Decision] = []
        var current: Decision?
        var found = false
        func close() {
            if let done = current, !done.text.isEmpty { decisions.append(done) }
            current = nil
        }
        for line in lines where !line.inTable {
            if let label = proposalHead(line) {
                found = true
                close()
                current = Decision(id: "", kind: .proposal, number: label, item: item, text: "", decisionMaker: body,
                                   date: date, location: line.location, confidence: .certain)
                continue
            }
            guard var open = current else { continue }
            if line.isHeading || book.opensWithSection("proposalEnds", line.text) {
                close()
                continue
            }
            if let (field, _) = book.frontSheetLine(line.text), field == "proposer" { continue }
            open.text = TextTools.collapse(open.text + " " + line.body)
            if open.text.count == line.body.count { open.location = line.location }
            current = open
        }
        close()
        return found ? decisions : nil
    }

    /// The number or letter a proposal's head gives ("Motion 1 – …" → "1", "Amendment A,
    /// moved by …:" → "A"): a heading, or a line ending in a colon, that opens with a
    /// proposal head word and a label.
    func proposalHead(_ line: PaperLine) -> String? {
        guard line.isHeading || line.text.hasSuffix(":") else { return nil }
        var words = line.text.split(separator: " ").map(String.init)
        // A heading's section number ("2. Motion 1 – …").
        if line.isHeading, let first = words.first, first.trimming(".").allSatisfy(\.isNumber) { words.removeFirst() }
        for head in book.vocabulary.sections["proposalHeads"] ?? [] {
            let headWords = head.split(separator: " ").map { $0.lowercased() }
            guard words.count > headWords.count,
                  words.prefix(headWords.count).map({ $0.lowercased() }) == headWords else { continue }
            let label = words[headWords.count].trimming(",:.–-")
            guard !label.isEmpty, label.count <= 3, label.allSatisfy(\.isNumber) || (label.count == 1 && label.first!.isUppercase) else { continue }
            return label
        }
        return nil
    }
}
