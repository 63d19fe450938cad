package import PipelineCore

/// Reads what a committee paper, needs assessment or strategy asks a body to agree: the
/// "Recommendation(s)" box and closing section ("The Cabinet is asked to: (a) NOTE …",
/// "1. To APPROVE …", "12.1 Cabinet is asked to agree …"), "Recommendation 1: …" lines,
/// and "Recommendations for …" sections. The same list printed twice is one list, each
/// item carrying its other place in `alsoAt`.
///
/// Numbered paragraphs outside a recommendations section are never recommendations; a
/// section that says the paper makes none gives none.
package struct AskedRecommendationReader {
    let book: PhraseBook

    /// Creates a reader over a phrase book.
    package init(book: PhraseBook) {
        self.book = book
    }

    /// One open recommendations section while reading.
    private struct Section {
        /// The top-level number of the section's heading ("12" of "12. Recommendation(s)"), or nil.
        var number: String?
        /// The body asked, once a lead-in names it.
        var addressee: String?
        /// True once a lead-in ending in a colon opened a list.
        var listOpen = false
        /// The label style of the list's items ("(a)", "1.", "i)"), once one is read.
        var style: String?
        /// The heading of a "Recommendations for …" section, the theme of its items.
        var theme: String?
        /// Who a "Recommendations for …" heading says is to act.
        var owners: [String] = []
        /// True when the section says the paper makes no recommendations.
        var saysNone = false
        /// True once the section has given an item.
        var hasItems = false
        /// The lists the current one is nested in, outermost first: each one's label style,
        /// the number its items carry before their own, and the item its sub-list folds into.
        var outer: [(style: String, prefix: String, foldInto: Int?)] = []
        /// The number the current list's items carry before their own ("2" of "2a" under a
        /// stem "(2) in respect of rents …:").
        var prefix = ""
        /// The item the current list completes ("(b) sets the charges as follows:" then "(i) …").
        var foldInto: Int?
        /// The verb of an ask line that opened the list with "that" ("Cabinet is asked to
        /// RECOMMEND to Council that:"), which items without a verb of their own ("the scheme
        /// be adopted") act by.
        var stemVerb: String?
        /// True when the list's stem ends in the ask's "that" ("The Panel recommends that:"):
        /// each item is a clause whose capitalised subject is asked, by its verb.
        var clauses = false
    }

    /// Reads the recommendations of a paper's lines.
    /// - Parameter defaultAddressee: the body the paper goes to (the front sheet's "To:"),
    ///   used when a lead-in names none.
    package func read(_ lines: [PaperLine], defaultAddressee: String?) -> [Recommendation] {
        var items: [Recommendation] = []
        var section: Section?
        var lastInSection: Int?

        func add(_ number: String?, _ text: String, verb: String?, addressee: String?, at location: SourceLocation,
                 confidence: Confidence = .certain, theme: String? = nil) {
            let text = TextTools.collapse(text)
            guard text.count >= 3 else { return }
            // "That Cabinet adopts …" names its own body.
            let addressee = book.thatAddressee(text) ?? addressee
            items.append(Recommendation(
                id: "", number: number, theme: theme ?? section?.theme, text: text, owners: section?.owners ?? [],
                verb: verb ?? (section?.listOpen == true ? section?.stemVerb : nil),
                addressee: addressee, location: location, confidence: confidence))
            lastInSection = items.count - 1
            section?.hasItems = true
        }

        /// Reads one line inside an open section; false when the line ends the section.
        func consume(_ text: String, line: PaperLine) -> Bool {
            guard var current = section else { return false }
            defer { section = current }
            if book.saysNoRecommendations(text) {
                current.saysNone = true
                return true
            }
            if current.saysNone { return true }
            let labelled = PaperLine.splitLabel(text)
            let label = labelled?.label ?? line.label.flatMap { TextTools.isBullet($0) ? nil : $0 }
            let number = labelled?.number ?? line.number
            let body = labelled?.body ?? (line.number != nil ? line.body : text)
            // "Action for: Dunmere and Askew ICB; …" under an item names who is to act on it.
            if let last = lastInSection, let owners = book.itemOwners(text) {
                items[last].owners = owners
                return true
            }
            // "Timescale: Short term (by March 2027)" under an item gives its timeframe.
            if let last = lastInSection, items[last].timeframe == nil, let value = dueLine(text) {
                items[last].timeframe = value
                items[last].due = DueDateParser.due(value)
                return true
            }
            // An ask opens its sentence, after at most a body's name ("… to you. The Panel
            // recommends that:"): one reported inside a later sentence ("… The Panel heard that
            // in a neighbouring borough the trust recommended that …") is a finding.
            if let ask = book.askSplit(body), Self.asksInOwnSentence(ask.before) {
                var asked = addressee(before: Self.ownSentence(ask.before), after: ask.after)
                let after = ask.after.trimmingCharacters()
                // "We recommend that the ICB commissions …": the speaker recommends; the body
                // the that-clause names is the one asked, and acts by its verb.
                var clauseVerb: String?
                if String(body.dropLast(ask.after.count)).trimmingCharacters().lowercased().hasSuffix("that"),
                   let clause = book.clauseSubject(after) {
                    asked = clause.subject
                    clauseVerb = clause.verb
                } else if let named = Self.namesBodyAfterThat(body, ask: ask) {
                    // "Cabinet RECOMMENDS that Council:": the body after "that" is asked.
                    asked = named
                }
                let opensList = after.isEmpty || (after.hasSuffix(":") && after.split(separator: " ").count <= 6)
                    || after.hasSuffix("following:")
                current.addressee = asked ?? current.addressee ?? defaultAddressee
                if opensList {
                    current.listOpen = true
                    current.style = nil
                    // Only a stem that ends "… that:" puts its verb to clauses ("the scheme be
                    // adopted"); the items after "agree the following:" are what is agreed.
                    current.stemVerb = TextTools.key(after).hasSuffix(" that") ? book.verb(of: after) : nil
                    current.clauses = after.trimming(":").isEmpty && TextTools.key(body).hasSuffix(" that")
                    return true
                }
                // A single recommendation in one sentence: the stem is part of its text.
                section = current
                add(number, body, verb: clauseVerb ?? book.verb(of: after), addressee: current.addressee, at: line.location)
                current = section!
                return true
            }
            // "That the Committee:" opens a list addressed to the committee.
            if number == nil, text.hasPrefix("That "), text.hasSuffix(":"), text.split(separator: " ").count <= 6 {
                var body = String(text.dropFirst(5).dropLast())
                for article in ["the ", "The "] where body.hasPrefix(article) { body = String(body.dropFirst(article.count)) }
                current.addressee = body.isEmpty ? current.addressee : body
                current.listOpen = true
                current.style = nil
                return true
            }
            // "For NHS partners:" names who the items below it are for.
            if number == nil, text.hasSuffix(":"), text.split(separator: " ").count <= 8,
               let owners = book.sectionRest("recommendationOwners", heading: String(text.dropLast())), !owners.isEmpty {
                current.owners = [owners]
                current.listOpen = true
                return true
            }
            let asked = current.addressee ?? (current.owners.isEmpty ? defaultAddressee : nil)
            // Under "… recommends that:", "the Council sets a target …" asks the Council to set.
            // "A named lead is appointed …" names no body.
            let clause = current.clauses ? book.clauseSubject(body).flatMap { clause in
                clause.subject.first?.isUppercase == true && !Self.determiners.contains(clause.subject.split(separator: " ")[0].lowercased())
                    ? clause : nil
            } : nil
            if let number, let label {
                let style = Self.style(of: label)
                // A numbered heading that starts the count again ("1. Background" or
                // "1. INTRODUCTION" in capitals after items 1–4) is the paper's next section,
                // not one more item.
                if line.isHeading || Self.isCapitals(body), current.hasItems, let value = Int(number),
                   let last = lastInSection.flatMap({ items[$0].number }).flatMap({ Int($0) }), value <= last {
                    return false
                }
                if let listStyle = current.style {
                    // A list nested in an item that closes on a colon: under a stem without a
                    // verb ("(2) in respect of rents and charges:") its items stand for the stem
                    // and carry its number ("2a"); under an item with a verb ("(b) sets the
                    // service charges as follows:") they complete its sentence.
                    var nestedStyle = listStyle
                    // "(i)" after "(b) … as follows:" opens a roman list; only after "(h)" is it a letter.
                    let lastNumber = lastInSection.flatMap { items[$0].number } ?? ""
                    let romanOpens = label.trimming("().").lowercased() == "i" && !lastNumber.lowercased().hasSuffix("h")
                        && lastInSection.map { items[$0].text.hasSuffix(":") } == true
                    if !Self.continues(listStyle, with: label) || romanOpens {
                        if let level = current.outer.lastIndex(where: { Self.continues($0.style, with: label) }) {
                            nestedStyle = current.outer[level].style
                            current.prefix = current.outer[level].prefix
                            current.foldInto = current.outer[level].foldInto
                            current.outer.removeSubrange(level...)
                            current.style = nestedStyle
                        } else if let last = lastInSection, items[last].text.hasSuffix(":") {
                            current.outer.append((listStyle, current.prefix, current.foldInto))
                            current.style = style
                            nestedStyle = style
                            if items[last].verb == nil, current.foldInto == nil {
                                current.prefix += items[last].number ?? ""
                                items.remove(at: last)
                                lastInSection = nil
                            } else {
                                current.foldInto = current.foldInto ?? last
                            }
                        }
                    }
                    if Self.continues(nestedStyle, with: label) || romanOpens {
                        if let fold = current.foldInto, fold < items.count {
                            items[fold].text = TextTools.collapse(items[fold].text + " " + body)
                            return true
                        }
                        section = current
                        add(current.prefix + number, body, verb: clause?.verb ?? book.verb(of: body), addressee: clause?.subject ?? asked, at: line.location)
                        current = section!
                        return true
                    }
                    // Numbered paragraphs of the body, or a new list of another kind, end the list.
                    if style == "n.n" {
                        if let top = number.split(separator: ".").first, String(top) == current.number { return true }
                        return false
                    }
                    current.listOpen = false
                    current.style = nil
                    return !line.isHeading
                }
                if style == "n.n" {
                    if let top = number.split(separator: ".").first, let mine = current.number, String(top) == mine {
                        // "5.1 County Council endorses the attached statement." under "5. Recommendation".
                        // "2.2 That Cabinet approves …": every paragraph that opens a formal
                        // "That …" recommendation is one, not only the first.
                        // Only a paragraph straight under the section's number ("5.1", not a
                        // finding "5.1.1" under a sub-heading of "5. Findings and recommendations").
                        if !current.hasItems || body.hasPrefix("That "), !current.listOpen, body.count > 20, body.hasSuffix("."),
                           number.split(separator: ".").count == 2 {
                            section = current
                            add(number, body, verb: book.verb(of: body), addressee: asked, at: line.location,
                                confidence: Confidence.certain.lowered(by: 0.2, because: "recommendation read from a numbered paragraph without an ask phrase"))
                            current = section!
                        }
                        return true
                    }
                    return current.hasItems || current.number != nil ? false : true
                }
                if current.listOpen || !line.isHeading {
                    current.style = style
                    current.listOpen = true
                    section = current
                    add(number, body, verb: clause?.verb ?? book.verb(of: body), addressee: clause?.subject ?? asked, at: line.location)
                    current = section!
                    return true
                }
                return false
            }
            // A list whose bullets the rendition lost, under "The Committee is asked to:": each
            // item opens with its verb in lower case, carrying on the stem, and the item before
            // it closed its part of the sentence ("…;", "…; and").
            if current.listOpen, current.style == nil || current.style == "verb", line.opensLowercase,
               let verb = book.verb(of: text), text.split(separator: " ").first?.uppercased() == verb,
               lastInSection.map({ current.style == "verb" && TextTools.closesListPart(items[$0].text, or: ",") }) ?? !current.hasItems {
                current.style = "verb"
                section = current
                add(nil, text, verb: verb, addressee: asked, at: line.location,
                    confidence: Confidence.certain.lowered(by: 0.1, because: "list item told by its opening verb, not a label"))
                current = section!
                return true
            }
            // A clause cut at a line or page break carries on the last recommendation, even
            // where the layout made the broken line look like a heading.
            if let last = lastInSection, line.opensLowercase {
                items[last].text = TextTools.collapse(items[last].text + " " + text)
                return true
            }
            // An open list whose numbering the rendition lost: each item opens with its verb
            // in capitals ("APPROVE the proposal …", "DELEGATE authority …").
            if current.listOpen, current.style == nil || current.style == "VERB", let verb = book.verb(of: text),
               text.hasPrefix(verb) || text.hasPrefix("To " + verb) {
                current.style = "VERB"
                section = current
                add(nil, text, verb: verb, addressee: asked, at: line.location,
                    confidence: Confidence.certain.lowered(by: 0.1, because: "list item told by its opening verb, not a label"))
                current = section!
                return true
            }
            // Bullets straight under the heading are its items, with or without a lead-in
            // that opens a list ("The steering group agreed seven recommendations.").
            if line.isBulleted, current.listOpen || !current.hasItems, current.style == nil || current.style == "•" {
                current.listOpen = true
                current.style = "•"
                section = current
                add(nil, body, verb: book.verb(of: body), addressee: asked, at: line.location)
                current = section!
                return true
            }
            if line.isHeading {
                // A sub-heading between items of an open list ("Westshire Pay Scheme 2025-26") keeps
                // the list; any other heading ends the section. Where the items are themed by
                // "Recommendations for …" headings, the next sub-heading themes the items after it.
                if current.listOpen || current.theme != nil, current.hasItems, !book.isSection("procedural", heading: text) {
                    if current.theme != nil {
                        current.theme = TextTools.collapse(text).trimming(":")
                        current.owners = []
                    }
                    return true
                }
                // A sub-heading straight after the ask line ("The Committee recommends that the
                // ICB:" ⏎ "Travel and access" ⏎ "1. publishes …") themes the items under it.
                if current.listOpen, !current.hasItems, line.number == nil, text.count <= 80,
                   !book.isSection("procedural", heading: text), book.askSplit(text) == nil {
                    current.theme = TextTools.collapse(text).trimming(":")
                    return true
                }
                return false
            }
            // A clause cut at a line or page break carries on the last recommendation.
            if let last = lastInSection, line.opensLowercase || (!TextTools.endsClause(items[last].text) && text.count > 40) {
                items[last].text = TextTools.collapse(items[last].text + " " + text)
                if line.location.page != items[last].location.page {
                    items[last].confidence = (items[last].confidence ?? .certain)
                        .lowered(by: 0.1, because: "text joined across a page break")
                }
                return true
            }
            // "That the Committee notes the report." with no ask phrase.
            if text.hasPrefix("That "), text.count > 20, !current.hasItems {
                section = current
                add(nil, text, verb: book.verb(of: String(text.dropFirst(5).split(separator: " ").dropFirst().joined(separator: " "))),
                    addressee: asked, at: line.location,
                    confidence: Confidence.certain.lowered(by: 0.2, because: "recommendation read from a sentence without an ask phrase"))
                current = section!
            }
            return true
        }

        /// A "Recommendation 3: Waiting well" heading whose words are a title: the paragraph
        /// under it is the recommendation, the title its theme.
        var titled: (number: String, title: String, location: SourceLocation)?
        func addTitled(text: String? = nil, at location: SourceLocation? = nil) {
            guard let open = titled else { return }
            titled = nil
            // A title with nothing under it before the next heading is the recommendation itself.
            let words = text ?? open.title
            add(open.number, words, verb: book.verb(of: words), addressee: book.obligedBody(of: words) ?? section?.addressee ?? defaultAddressee,
                at: location ?? open.location, theme: text == nil ? nil : open.title)
        }

        for line in lines {
            let text = line.text
            if titled != nil {
                if !line.isHeading, !line.inTable, line.label == nil, book.itemOwners(text) == nil, dueLine(text) == nil {
                    addTitled(text: text, at: line.location)
                    continue
                }
                addTitled()
            }
            // "Recommendation 1: The Council should …" anywhere in a paper.
            if text.first == "R" || text.first == "r", let match = text.prefixMatch(of: Pattern.namedRecommendation) {
                let body = String(match.output.2)
                if line.isHeading, !TextTools.endsClause(body), !body.hasSuffix(":"), body.split(separator: " ").count <= 12 {
                    titled = (String(match.output.1), TextTools.collapse(body), line.location)
                    continue
                }
                add(String(match.output.1), body, verb: book.verb(of: body), addressee: section?.addressee ?? defaultAddressee,
                    at: line.location)
                continue
            }
            // "Cabinet RECOMMENDS to Council that … be approved." as a sentence of its own.
            if section == nil, !line.inTable, TextTools.bytesContain(text, " RECOMMENDS to "),
               let match = text.wholeMatch(of: Pattern.recommendsTo) {
                let clause = book.clauseSubject(String(match.output.2))
                add(nil, text, verb: clause?.verb, addressee: String(match.output.1), at: line.location,
                    confidence: Confidence.certain.lowered(by: 0.1, because: "recommendation read from one formal sentence"))
                continue
            }
            // "The Committee is asked to endorse … and to refer …" as a paragraph of its own under
            // no recommendations heading: one ask of the body it opens with.
            if section == nil, !line.inTable, !line.isHeading, line.label == nil, text.hasSuffix("."),
               let ask = book.askSplit(text), Self.isAskedAlone(text, ask: ask),
               DocumentClassifier.isBodyName(ask.before, book: book), let asked = addressee(before: ask.before, after: ask.after) {
                add(nil, TextTools.collapse(text), verb: book.verb(of: ask.after), addressee: asked, at: line.location,
                    confidence: Confidence.certain.lowered(by: 0.1, because: "ask read from a paragraph under no recommendations heading"))
                continue
            }
            if let opened = opening(line) {
                section = opened.section
                lastInSection = nil
                if let rest = opened.rest, !consume(rest, line: line) { section = nil }
                continue
            }
            guard section != nil else { continue }
            if closes(line) || !consume(line.text, line: line) {
                section = nil
                lastInSection = nil
            }
        }
        addTitled()
        return themedByHeadings(merged(items), lines: lines)
    }

    /// The value of a line that gives an item's timescale ("Timescale: Short term (by March
    /// 2027)", "By when: Ongoing"): a due column word of a few words before a colon; nil for
    /// any other line.
    func dueLine(_ text: String) -> String? {
        guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 24 else { return nil }
        let label = String(text[..<colon])
        guard label.split(separator: " ").count <= 3, book.columnRole(label) == "due" else { return nil }
        let value = TextTools.collapse(String(text[text.index(after: colon)...]))
        return value.isEmpty ? nil : value
    }

    /// True when a short text is written in capitals, as a section heading typed without a
    /// heading style is ("INTRODUCTION", "FINANCIAL IMPLICATIONS").
    static func isCapitals(_ text: String) -> Bool {
        text.count <= 80 && TextTools.isUnchangedByUppercasing(text)
            && text.unicodeScalars.filter { $0.properties.isAlphabetic }.count >= 3
    }

    /// True when a label carries on a list of `style`: the same style, or a letter that is
    /// also a roman numeral ("(i)" in a lettered list, "(v)" in a roman one).
    static func continues(_ style: String, with label: String) -> Bool {
        let own = Self.style(of: label)
        if own == style { return true }
        let inner = label.trimming("().")
        guard !inner.isEmpty, inner.allSatisfy({ "ivxIVX".contains($0) }) else { return false }
        let swapped = own.replacingAll("i", with: "a").replacingAll("I", with: "A")
        let swappedBack = own.replacingAll("a", with: "i").replacingAll("A", with: "I")
        return swapped == style || swappedBack == style
    }

    /// The style of a label, so items of one list can be told from other numbering:
    /// "(a)", "a)", "A)", "(1)", "1.", "1)", "(i)", "i)", "n.n" for "12.1".
    static func style(of label: String) -> String {
        if label.contains("."), label.filter({ $0 == "." }).count >= 1, label.split(separator: ".").count >= 2 { return "n.n" }
        let inner = label.trimming("().")
        let open = label.hasPrefix("(") ? "(" : ""
        let close = label.hasSuffix(")") ? ")" : label.hasSuffix(".") ? "." : ""
        let kind: String
        if inner.allSatisfy(\.isNumber) {
            kind = "1"
        } else if (inner.count > 1 || inner == "i" || inner == "I"), inner.allSatisfy({ "ivxIVX".contains($0) }) {
            kind = inner.first!.isUppercase ? "I" : "i"
        } else {
            kind = inner.first?.isUppercase == true ? "A" : "a"
        }
        return open + kind + close
    }

    /// A heading or label that opens a recommendations section, and any text after it on
    /// the same line ("Recommendation(s): Cabinet is asked to …").
    private func opening(_ line: PaperLine) -> (section: Section, rest: String?)? {
        let text = line.text
        // A line of its own that asks a body to act on the list below it ("The Committee is
        // asked to:") opens the list wherever it stands, under whatever heading.
        if line.number == nil, text.hasSuffix(":"), text.split(separator: " ").count <= 10,
           let ask = book.askSplit(text), !ask.before.trimmingCharacters().isEmpty,
           ask.after.trimmingCharacters().isEmpty || Self.namesBodyAfterThat(text, ask: ask) != nil {
            return (Section(), text)
        }
        var head = text
        var rest: String?
        // A colon further than 70 characters in leaves a head too long to read, as no colon
        // leaves a line that long; the search stops there.
        if let colon = text.prefix(71).firstIndex(of: ":") {
            head = String(text[..<colon])
            let after = TextTools.collapse(String(text[text.index(after: colon)...]))
            rest = after.isEmpty ? nil : after
        }
        guard head.count <= 70, book.isSection("recommendations", heading: head)
            || (line.isHeading && rest == nil && book.closesOnSection("recommendations", heading: head)) else { return nil }
        // A long line that merely starts with "Recommendations" is a sentence, unless it is a heading or a label.
        if rest == nil, !line.isHeading, text.split(separator: " ").count > 6 { return nil }
        if rest != nil, !(line.isHeading || line.inTable || text.prefix(31).firstIndex(of: ":") != nil) {
            return nil
        }
        var section = Section()
        let key = TextTools.key(head)
        if let first = key.split(separator: " ").first, first.allSatisfy(\.isNumber) { section.number = String(first) }
        if let number = line.number, section.number == nil, number.allSatisfy(\.isNumber) { section.number = number }
        // "Recommendations for local authorities": the heading is the theme, its last words the owners.
        if let owners = book.sectionRest("ownedRecommendations", heading: head) {
            section.theme = TextTools.collapse(head).trimming(":")
            section.owners = [owners]
        }
        return (section, rest)
    }

    /// True when a line ends the open section whatever its state: a contacts or attendance
    /// heading, or another front-sheet label.
    private func closes(_ line: PaperLine) -> Bool {
        if book.isSection("contacts", heading: line.text) || book.isSection("attendance", heading: line.text) { return true }
        if let (field, _) = book.frontSheetLine(line.text), field != "decisionNumber" { return true }
        if line.inTable, book.frontSheetField(label: line.text) != nil { return true }
        return false
    }

    /// The body asked, from the words before an ask phrase ("The County Council, having
    /// given due regard …," → "County Council") or, for "It is recommended that Cabinet:",
    /// after it.
    private func addressee(before: String, after: String) -> String? {
        var body = TextTools.collapse(before)
        if let comma = body.firstIndex(of: ",") { body = String(body[..<comma]) }
        if let labelled = PaperLine.splitLabel(body) { body = labelled.body }
        for article in ["The ", "the "] where body.hasPrefix(article) { body = String(body.dropFirst(article.count)) }
        body = body.trimming(":")
        if body.isEmpty || body.lowercased() == "it" {
            let words = after.trimming(":").split(separator: " ")
            if after.hasSuffix(":"), (1...5).contains(words.count) {
                var name = words.joined(separator: " ")
                for article in ["The ", "the "] where name.hasPrefix(article) { name = String(name.dropFirst(article.count)) }
                return name
            }
            return nil
        }
        guard body.split(separator: " ").count <= 10, body.first?.isUppercase == true else { return nil }
        return body
    }

    /// Folds a list printed twice (a front-sheet box and a closing section) into one: a
    /// later item that restates an earlier one is kept as the earlier one's `alsoAt`.
    private func merged(_ items: [Recommendation]) -> [Recommendation] {
        var kept: [Recommendation] = []
        // The content words of each kept item, made once.
        var keptWords: [Set<String>] = []
        for item in items {
            let words = Set(TextTools.contentWords(item.text))
            if let index = kept.indices.first(where: { index in
                let earlier = kept[index]
                let earlierWords = keptWords[index]
                let similarity = TextTools.similarity(earlierWords, words)
                let sameNumber = earlier.number == nil || item.number == nil || earlier.number == item.number
                // Items that ask for different things ("note the report", then "endorse this
                // report") are two, however alike their words ("NOTE" and "NOTES" ask the same).
                if let verb = earlier.verb?.uppercased(), let other = item.verb?.uppercased(),
                   !verb.hasPrefix(other), !other.hasPrefix(verb) { return false }
                if similarity >= 0.92 || (sameNumber && similarity >= 0.75) { return true }
                // A shorter restatement under the same number and verb ("agree that receipts fund
                // the capital programme" after "agree that the capital receipts are used to fund …").
                guard earlier.number != nil, earlier.number == item.number, earlier.verb != nil, earlier.verb == item.verb else { return false }
                let smaller = min(earlierWords.count, words.count)
                return smaller >= 3 && Double(earlierWords.intersection(words).count) / Double(smaller) >= 0.8
            }) {
                kept[index].alsoAt = (kept[index].alsoAt ?? []) + [item.location]
                if kept[index].number == nil, let number = item.number, !number.contains(".") { kept[index].number = number }
                continue
            }
            kept.append(item)
            keptWords.append(words)
        }
        return kept
    }

    /// Recommendations asked under two or more headings of their own (a report to Council
    /// carrying several items, each with "Cabinet RECOMMENDS that Council:") take each heading
    /// as their theme, where the heading is no recommendations or procedural section.
    func themedByHeadings(_ items: [Recommendation], lines: [PaperLine]) -> [Recommendation] {
        guard items.count >= 2, items.contains(where: { $0.theme == nil }) else { return items }
        // An ask line set as a heading ("Cabinet RECOMMENDS that Council:") heads the list, not a theme.
        let headings = lines.filter { $0.isHeading && !$0.inTable && $0.headingLevel != nil && book.askSplit($0.text) == nil }
        guard headings.count >= 2 else { return items }
        var themes: [String?] = []
        for item in items {
            guard let heading = headings.last(where: { $0.location < item.location }) else { return items }
            let text = TextTools.collapse(heading.number != nil ? heading.body : heading.text).trimming(":")
            if ItemTableReader.headsRecommendations(text, book: book) || book.isSection("procedural", heading: text)
                || book.isSection("recommendations", heading: text) {
                return items
            }
            themes.append(text)
        }
        guard Set(themes.compactMap { $0 }).count >= 2 else { return items }
        var themed = items
        for index in themed.indices where themed[index].theme == nil { themed[index].theme = themes[index] }
        return themed
    }

    /// Recommendations the authors make in their own numbered paragraphs, as a letter or a
    /// review does without a recommendations section ("7. We recommend that the Council
    /// publishes …", "13. … We agree, and we recommend that …"): each runs from the spoken ask
    /// (`spokenAsks` in genres.yml) to the end of its paragraph, numbered by the paragraph and
    /// themed by the heading above it; the body its that-clause names is asked, by its verb.
    package func spoken(_ lines: [PaperLine]) -> [Recommendation] {
        let phrases = (book.vocabulary.sections["spokenAsks"] ?? []).map { $0.lowercased() }.sorted { $0.count > $1.count }
        guard !phrases.isEmpty else { return [] }
        var items: [Recommendation] = []
        var theme: String?
        for line in lines where !line.inTable {
            if line.isHeading {
                theme = TextTools.collapse(line.number == nil ? line.text : line.body)
                continue
            }
            guard let number = line.number, number.allSatisfy(\.isNumber) else { continue }
            let lower = line.body.lowercased()
            guard let found = phrases.lazy.compactMap({ phrase in TextTools.byteRange(of: phrase, in: lower).map { (phrase, $0) } }).first else { continue }
            // Only at a word's start: "… whom we recommend that" is fine, "dewe recommend" is not.
            let offset = lower.distance(from: lower.startIndex, to: found.1.lowerBound)
            let start = line.body.index(line.body.startIndex, offsetBy: offset)
            if start > line.body.startIndex, line.body[line.body.index(before: start)].isLetter { continue }
            let text = TextTools.collapse(String(line.body[start...]))
            let clause = String(text.dropFirst(found.0.count))
            let subject = book.clauseSubject(clause)
            items.append(Recommendation(
                id: "", number: number, theme: theme, text: text, verb: subject?.verb, addressee: subject?.subject,
                location: line.location,
                confidence: Confidence.certain.lowered(by: 0.1, because: "recommendation read from the authors' own paragraph")))
        }
        return items
    }

    /// Words that open a clause about something unnamed ("A named lead …", "Every family …").
    static let determiners: Set<String> = ["a", "an", "any", "each", "every", "all", "no", "some", "this", "these"]

    /// True when a paragraph opens with someone asked to act ("The Committee is asked to
    /// endorse …"; the caller checks the words name a body, not "Members"): up to five capitalised words, then an ask in the present tense ("is
    /// asked to", "are invited to"), and more words after it than a list's stem.
    static func isAskedAlone(_ text: String, ask: (before: String, after: String)) -> Bool {
        let before = ask.before.split(separator: " ")
        guard (1...5).contains(before.count), before.first?.first?.isUppercase == true,
              !ask.before.contains(where: { ".:;,".contains($0) }) else { return false }
        let words = text.split(separator: " ")
        guard words.count > before.count, ["is", "are"].contains(words[before.count].lowercased()) else { return false }
        // "… is asked to note that the figures are provisional" tells the reader something.
        return ask.after.split(separator: " ").count >= 4 && !TextTools.key(ask.after).hasPrefix("note that ")
    }

    /// True when the words before an ask phrase leave it opening its sentence: they end no
    /// earlier sentence, or the sentence they open holds at most ten words and no "that" (a
    /// body's name: "The Panel", "The Adult Social Care and Health Scrutiny Committee").
    static func asksInOwnSentence(_ before: String) -> Bool {
        let sentence = ownSentence(before)
        guard sentence.count < before.count else { return true }
        let words = sentence.split(separator: " ")
        return words.count <= 10 && !words.contains { $0.lowercased() == "that" }
    }

    /// The words of the last sentence a text opens ("… to you. The Panel" → "The Panel"): the
    /// text after its last ".", "?" or "!" followed by a space and a capital; the whole text
    /// when it ends no sentence.
    static func ownSentence(_ text: String) -> String {
        var previous: Character?
        var beforePrevious: Character?
        var sentenceStart = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if let end = beforePrevious, ".?!".contains(end), previous == " ", character.isUppercase { sentenceStart = index }
            beforePrevious = previous
            previous = character
            index = text.index(after: index)
        }
        return String(text[sentenceStart...])
    }

    /// The body a "… recommends that <Body>:" line names after its "that", when the words
    /// after the ask are only that name (one to five words, the first capitalised, the line
    /// ending in a colon); nil otherwise.
    static func namesBodyAfterThat(_ text: String, ask: (before: String, after: String)) -> String? {
        let stem = String(text.dropLast(ask.after.count)).trimmingCharacters().lowercased()
        var after = ask.after.trimmingCharacters()
        guard stem.hasSuffix("that"), after.hasSuffix(":") else { return nil }
        after.removeLast()
        var words = after.split(separator: " ").map(String.init)
        if words.first?.lowercased() == "the" { words.removeFirst() }
        guard (1...5).contains(words.count), words.first?.first?.isUppercase == true else { return nil }
        return words.joined(separator: " ")
    }
}
