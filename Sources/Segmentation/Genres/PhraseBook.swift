package import PipelineCore
import TextAnalysis

/// The genre vocabulary prepared for lookups: every phrase reduced to its `TextTools.key`
/// form once, so readers compare keys and never spell a word themselves.
package struct PhraseBook: Sendable {
    /// The vocabulary as loaded.
    package let vocabulary: Vocabulary
    /// Splits lead cells into owners by the vocabulary's owner-cell words.
    package let ownerSplitter: OwnerSplitter
    private let frontSheet: [(field: String, label: String)]
    private let sections: [String: [String]]
    private let columns: [(role: String, word: String)]
    /// Each column word and its role (the first in `columns` order where two roles share one).
    private let columnsByWord: [String: String]
    /// Column words that name their column only as the whole header (`sections.exactColumnWords`).
    private let exactColumnWords: Set<String>
    /// The most words a column word has.
    private let longestColumnWord: Int
    /// Column words that name their column when they close a short header, longest first.
    private let columnEndings: [(role: String, word: String)]
    /// Each column word without its spaces, for a header a narrow column cut ("Timescal e").
    private let squeezedColumns: [String: String]
    /// The role each header read so far names (every row of a table asks again): the answer
    /// of `findColumnRole`, remembered. `Optional.none` stands for a header that names none.
    private let columnRoles = BoundedCache<String?>(limit: 20_000)
    /// The keys of a publisher's stamps over a first page ("Public Document Pack"), which are
    /// neither titles nor letterheads.
    package let stampKeys: Set<String>
    /// The words every resolution holds in some case ("resolved", "agreed", "recommended"), as
    /// bytes: a line holding none is no resolution, and is not looked at further.
    private let resolutionWords: TextTools.BytePhrases
    private let askPhrases: [String]
    /// The agenda-item markers ("agenda item", "item") as keys.
    private let itemMarkerKeys: [String]
    /// The longest word of each ask phrase, looked for in a line's bytes before its words are
    /// compared: most lines hold none.
    private let askAnchors: TextTools.BytePhrases
    private let verbs: [String]
    private let verbSet: Set<String>
    /// Lower-case words that may join a body's name.
    private let nameJoiners: Set<String>
    /// The vocabulary's verbs and those read only where not written in capitals (uppercased).
    private let verbAndPlainVerbSet: Set<String>
    private let verbEndings: [String]
    private let pastVerbEndings: [String]
    /// The closing words of a meeting body's name, as keys ("committee", "board").
    private let bodyWordKeys: Set<String>
    private let obligationWords: Set<String>
    private let passiveWords: Set<String>
    private let noRecommendations: [String]
    private let responses: [(decision: ResponseDecision, word: String)]
    private let honorifics: Set<String>
    private let responseVerbs: [String]
    private let negations: Set<String>
    private let statusMeanings: [(status: Status, phrase: String)]
    private let emptyValues: Set<String>
    /// Colour words (lowercased) and the colour each names, for keys of coloured cells.
    let colourWords: [String: String]
    /// Each kind's title phrases as keys (folded, hyphens as spaces), in the vocabulary's order.
    package let kindTitleKeys: [(kind: DocumentKind, keys: [String])]
    /// Every kind's title phrases, each between spaces: a line whose padded key holds none of
    /// them names no kind (most lines of a paper), found in one pass over its bytes.
    package let kindTitlePhrases: TextTools.BytePhrases

    /// Prepares a vocabulary.
    package init(_ vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        ownerSplitter = OwnerSplitter(vocabulary)
        frontSheet = vocabulary.frontSheet.sorted { $0.key < $1.key }
            .flatMap { field, labels in labels.map { (field, TextTools.key($0)) } }
            .sorted { $0.label.count != $1.label.count ? $0.label.count > $1.label.count : $0.field < $1.field }
        sections = vocabulary.sections.mapValues { $0.map(TextTools.key).sorted { $0.count > $1.count } }
        columns = vocabulary.columns.sorted { $0.key < $1.key }
            .flatMap { role, words in words.map { (role, TextTools.key($0)) } }
            .sorted { $0.word.count != $1.word.count ? $0.word.count > $1.word.count : $0.role < $1.role }
        var byWord: [String: String] = [:]
        for column in columns where byWord[column.word] == nil { byWord[column.word] = column.role }
        columnsByWord = byWord
        exactColumnWords = Set((vocabulary.sections["exactColumnWords"] ?? []).map(TextTools.key))
        longestColumnWord = columns.map { $0.word.split(separator: " ").count }.max() ?? 0
        columnEndings = vocabulary.columnEndings.sorted { $0.key < $1.key }
            .flatMap { role, words in words.map { (role, TextTools.key($0)) } }
            .sorted { $0.word.count != $1.word.count ? $0.word.count > $1.word.count : $0.role < $1.role }
        var squeezed: [String: String] = [:]
        for column in columns where squeezed[column.word.replacingAll(" ", with: "")] == nil {
            squeezed[column.word.replacingAll(" ", with: "")] = column.role
        }
        squeezedColumns = squeezed
        askPhrases = vocabulary.askPhrases.map(TextTools.key).sorted { $0.count > $1.count }
        itemMarkerKeys = vocabulary.itemMarkers.map(TextTools.key)
        askAnchors = TextTools.BytePhrases(
            Set(askPhrases.compactMap { (phrase: String) -> String? in
                let words: [Substring] = phrase.split(separator: " ")
                return words.max { $0.count < $1.count }.map(String.init)
            }), ignoringCase: true)
        verbs = vocabulary.verbs.map { $0.uppercased() }.sorted { $0.count > $1.count }
        verbSet = Set(verbs.map { $0.replacingAll("-", with: "") })
        verbAndPlainVerbSet = verbSet.union(vocabulary.plainVerbs.map { $0.uppercased() })
        nameJoiners = Set(vocabulary.nameJoiners.map { $0.lowercased() })
        verbEndings = vocabulary.verbEndings.map { $0.uppercased() }.sorted { $0.count > $1.count }
        pastVerbEndings = vocabulary.pastVerbEndings.map { $0.uppercased() }.sorted { $0.count > $1.count }
        bodyWordKeys = Set(vocabulary.bodyWords.map(TextTools.key))
        obligationWords = Set(vocabulary.obligationWords.map(TextTools.key))
        passiveWords = Set(vocabulary.passiveWords.map(TextTools.key))
        noRecommendations = vocabulary.noRecommendations.map(TextTools.key)
        var responses: [(decision: ResponseDecision, word: String)] = []
        for (key, words) in vocabulary.responses.sorted(by: { $0.key < $1.key }) {
            guard let decision = ResponseDecision(rawValue: key) else { continue }
            for word in words { responses.append((decision, TextTools.key(word))) }
        }
        self.responses = responses.sorted { lhs, rhs in
            lhs.word.count != rhs.word.count ? lhs.word.count > rhs.word.count : lhs.decision.rawValue < rhs.decision.rawValue
        }
        honorifics = Set(vocabulary.honorifics.map(TextTools.key))
        responseVerbs = vocabulary.responseVerbs.map(TextTools.key)
        negations = Set(vocabulary.negations.map(TextTools.key))
        let meaningOrder: [Status] = [.notStarted, .deferred, .superseded, .ongoing, .completed]
        statusMeanings = meaningOrder.flatMap { status in
            (vocabulary.statusMeanings[status.rawValue] ?? []).map { (status, TextTools.key($0)) }
        }
        emptyValues = Set(vocabulary.emptyValues.map(TextTools.key))
        var colours: [String: String] = [:]
        for (colour, words) in vocabulary.colourWords.sorted(by: { $0.key < $1.key }) {
            for word in words where colours[word.lowercased()] == nil { colours[word.lowercased()] = colour }
        }
        colourWords = colours
        kindTitleKeys = vocabulary.kinds.map { rule in
            (rule.kind, rule.titlePhrases.map { TextTools.key($0.replacingAll("-", with: " ")) }.filter { !$0.isEmpty })
        }
        stampKeys = Set((vocabulary.sections["stamps"] ?? []).map(TextTools.key))
        resolutionWords = TextTools.BytePhrases((vocabulary.resolutionMarkers + vocabulary.proseResolutions).map { $0.lowercased() }, ignoringCase: true)
        kindTitlePhrases = TextTools.BytePhrases(kindTitleKeys.flatMap { $0.keys.map { " " + $0 + " " } })
    }

    // MARK: - Front sheet

    /// The front-sheet field a label names ("Decision No:" → `decisionNumber`), or nil.
    package func frontSheetField(label: String) -> String? {
        let key = TextTools.key(label)
        guard !key.isEmpty else { return nil }
        return frontSheet.first { $0.label == key }?.field
    }

    /// Splits "Subject: Commissioning Plan …" into its field and value when the text before
    /// the first colon is a front-sheet label.
    package func frontSheetLine(_ text: String) -> (field: String, value: String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let label = String(text[..<colon])
        guard label.count <= 40, let field = frontSheetField(label: label) else { return nil }
        return (field, TextTools.collapse(String(text[text.index(after: colon)...])))
    }

    /// The role and value of a line "Label: value" whose label (up to `maxLabelWords` words)
    /// names exactly one of `roles` as a column would ("Lead: Head of Housing", "By when: March
    /// 2027"), the value collapsed; nil for any other line.
    package func labelledField(_ text: String, roles: Set<String>, maxLabelWords: Int) -> (role: String, value: String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let label = String(text[..<colon])
        guard label.split(separator: " ").count <= maxLabelWords, let role = exactColumnRole(label), roles.contains(role) else { return nil }
        return (role, TextTools.collapse(String(text[text.index(after: colon)...])))
    }

    /// True when a table header calls its rows recommendations in the vocabulary's words
    /// ("Recommendation", "Scrutiny recommendations"), not issues or points raised.
    package func namesRecommendations(header: String) -> Bool {
        let key = " " + TextTools.key(header) + " "
        return (sections["recommendations"] ?? []).contains { TextTools.bytesContain(key, " " + $0 + " ") }
    }

    /// The reference a decision-number label gives inside a line that a letterhead's two
    /// columns ran together ("To: the licence holder …, the Our ref: LSC/26/03"): a label
    /// naming a reference ("Our ref", "Decision Ref") just before a colon anywhere in the line,
    /// and the reference after it; nil when the line holds none.
    /// - Parameter bare: Also a reference right after the label's last word, no colon between
    ///   ("Yes – Forward Plan reference KCC/KD/2026/007" in a front sheet's value cell).
    package func referenceInLine(_ text: String, bare: Bool = false) -> String? {
        // "Forward Plan ref. EX/2026/011": the abbreviation's stop sets the reference off as a colon would.
        var text = text.replacingAll("ref. ", with: "ref: ").replacingAll("Ref. ", with: "Ref: ")
        if bare {
            var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            for index in words.indices.dropLast() where ["reference", "ref"].contains(words[index].lowercased())
                && words[index + 1].prefixMatch(of: Pattern.decisionReference) != nil {
                words[index] += ":"
            }
            text = words.joined(separator: " ")
        }
        var searchFrom = text.startIndex
        while let colon = text[searchFrom...].firstIndex(of: ":") {
            let words = text[..<colon].split(separator: " ").suffix(4).map(String.init)
            for count in stride(from: words.count, through: 1, by: -1) {
                let label = words.suffix(count).joined(separator: " ")
                let key = TextTools.key(label)
                guard key.split(separator: " ").contains(where: { $0 == "ref" || $0 == "reference" }),
                      frontSheetField(label: label) == "decisionNumber" else { continue }
                let after = text[text.index(after: colon)...].prefix(40)
                if let match = after.firstMatch(of: Pattern.decisionReference) { return String(match.output) }
            }
            searchFrom = text.index(after: colon)
        }
        return nil
    }

    // MARK: - Sections

    /// True when a heading names a section of `role`: its key, without a leading section
    /// number, is one of the role's phrases or opens with one and stays short.
    package func isSection(_ role: String, heading: String, maxExtraWords: Int = 3) -> Bool {
        isSection(role, sectionKey: withoutContinuation(Self.withoutSectionNumber(TextTools.key(heading))), maxExtraWords: maxExtraWords)
    }

    /// A heading's key without a closing mark that carries it on from the page or slide before
    /// ("our recommendations 1 of 2" → "our recommendations", "actions continued" → "actions").
    package func withoutContinuation(_ key: String) -> String {
        let words = key.split(separator: " ")
        if words.count > 3, words[words.count - 2] == "of", words[words.count - 1].allSatisfy(\.isNumber),
           words[words.count - 3].allSatisfy(\.isNumber) {
            return words.dropLast(3).joined(separator: " ")
        }
        for mark in sections["continuations"] ?? [] where key.hasSuffix(" " + mark) {
            return String(key.dropLast(mark.count + 1))
        }
        return key
    }

    /// `isSection` for a heading's key without its section number, made once by a caller that
    /// asks several questions of one line.
    func isSection(_ role: String, sectionKey key: String, maxExtraWords: Int = 3) -> Bool {
        guard !key.isEmpty, let phrases = sections[role] else { return false }
        // "Our recommendations", "The Group’s recommendations": whose they are opens the heading.
        if let owned = Self.withoutOwner(key), isSection(role, sectionKey: owned, maxExtraWords: maxExtraWords) { return true }
        for phrase in phrases {
            if key == phrase { return true }
            if key.hasPrefix(phrase + " "), key.split(separator: " ").count - phrase.split(separator: " ").count <= maxExtraWords {
                return true
            }
        }
        return false
    }

    /// A heading's key without the owner that opens it ("our recommendations" → "recommendations",
    /// "the committee s recommendations" → "recommendations"), or nil when none opens it: "our",
    /// or up to four words ending in a possessive's "s".
    static func withoutOwner(_ key: String) -> String? {
        if key.hasPrefix("our ") { return String(key.dropFirst(4)) }
        let words = key.split(separator: " ")
        guard let possessive = words.prefix(5).firstIndex(of: "s"), possessive >= 1, possessive + 1 < words.count else { return nil }
        return words[(possessive + 1)...].joined(separator: " ")
    }

    /// True when a short heading closes on a role phrase after "and" ("Summary and
    /// recommendations", "Conclusions and recommendations"): the section holds that role too.
    package func closesOnSection(_ role: String, heading: String, maxWords: Int = 5) -> Bool {
        let key = Self.withoutSectionNumber(TextTools.key(heading))
        guard !key.isEmpty, key.split(separator: " ").count <= maxWords, let phrases = sections[role] else { return false }
        return phrases.contains { key.hasSuffix(" and " + $0) }
    }

    /// The words of a heading after the role phrase it opens with, as printed ("Recommendations
    /// for schools and colleges" → "schools and colleges"), or nil when it opens with none or
    /// nothing follows.
    package func sectionRest(_ role: String, heading: String) -> String? {
        let words = heading.split(separator: " ").map(String.init)
        let keys = words.map(TextTools.key)
        for phrase in sections[role] ?? [] {
            let parts = phrase.split(separator: " ").map(String.init)
            var index = 0
            var matched = 0
            // Section numbers and words that key to nothing ("–") open the heading freely.
            while index < keys.count, matched < parts.count {
                if keys[index].isEmpty || (matched == 0 && keys[index].allSatisfy(\.isNumber)) {
                    index += 1
                    continue
                }
                guard keys[index] == parts[matched] else { break }
                matched += 1
                index += 1
            }
            guard matched == parts.count, index < words.count else { continue }
            let rest = TextTools.collapse(words[index...].joined(separator: " ")).trimming(":")
            if !rest.isEmpty { return rest }
        }
        return nil
    }

    /// True when a sentence names one of a role's phrases as whole words anywhere
    /// ("The specific recommendations of the Panel … are as follows:").
    package func mentions(_ role: String, _ text: String) -> Bool {
        mentions(role, key: TextTools.key(text))
    }

    /// `mentions` for a text's key.
    func mentions(_ role: String, key: String) -> Bool {
        let key = " " + key + " "
        return sections[role]?.contains { TextTools.bytesContain(key, " " + $0 + " ") } ?? false
    }

    /// True when a key opens with one of a role's phrases.
    package func opensWithSection(_ role: String, _ text: String) -> Bool {
        opensWithSection(role, sectionKey: Self.withoutSectionNumber(TextTools.key(text)))
    }

    /// `opensWithSection` for a text's key without its section number.
    func opensWithSection(_ role: String, sectionKey key: String) -> Bool {
        sections[role]?.contains { key == $0 || key.hasPrefix($0 + " ") } ?? false
    }

    /// A key without its leading section number ("9 recommendation s" → "recommendation s").
    static func withoutSectionNumber(_ key: String) -> String {
        var words = key.split(separator: " ")
        while let first = words.first, first.allSatisfy(\.isNumber) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    // MARK: - Columns

    /// The role a column header names, or nil: the longest column word the header equals,
    /// or opens with, or (for a short header) closes with as a column ending, or equals once
    /// its spaces are gone (a column too narrow for the word
    /// cut it across two lines: "Timescal" ⏎ "e").
    package func columnRole(_ header: String) -> String? {
        // Looked up and stored apart, not through `value(for:make:)`, whose closure would copy
        // the whole phrase book for every cell.
        if let known = columnRoles.remembered(header) { return known }
        let role = findColumnRole(header)
        columnRoles.remember(role, for: header)
        return role
    }

    private func findColumnRole(_ header: String) -> String? {
        let key = TextTools.key(header)
        guard !key.isEmpty else { return nil }
        if let exact = columnsByWord[key] { return exact }
        // The longest column word the header opens with: its opening words, longest first.
        let words = key.split(separator: " ")
        guard words.count > 1 else { return nil }
        for count in stride(from: min(longestColumnWord, words.count - 1), through: 1, by: -1) {
            let opening = words.prefix(count).joined(separator: " ")
            // "What" heads an action column alone, not "What you told us".
            if count == 1, exactColumnWords.contains(opening) { continue }
            if let role = columnsByWord[opening] { return role }
        }
        if key.split(separator: " ").count <= 3, let ending = columnEndings.first(where: { key.hasSuffix(" " + $0.word) }) {
            return ending.role
        }
        return squeezedColumns[key.replacingAll(" ", with: "")]
    }

    /// The number an agenda item's marker opens a line's key with ("agenda item 3 24 march
    /// 2026" → "3") and the words after it, or nil when the key opens with no marker and number.
    package func itemMarker(key: String) -> (number: Substring, rest: Substring)? {
        for marker in itemMarkerKeys where key.hasPrefix(marker + " ") {
            let after = key.dropFirst(marker.count + 1)
            let number = after.prefix(while: { $0 != " " })
            guard number.allSatisfy(\.isNumber) else { continue }
            return (number, after.dropFirst(number.count).drop(while: { $0 == " " }))
        }
        return nil
    }

    /// True when a short line names the agenda item a paper is, at its start or after the
    /// meeting and date, with nothing but a date after it ("Audit and Standards Committee – 8
    /// July 2026 – Agenda item 7(a)", "Agenda item 3 – 24 March 2026"): a pack's marker over the
    /// paper, not its title ("Agenda Item 6: Treasury Management Outturn" is one).
    package func namesAgendaItem(_ text: String) -> Bool {
        guard text.utf8.count <= 90 else { return false }
        let words = TextTools.key(text).split(separator: " ")
        return words.indices.contains { start in
            guard let marker = itemMarker(key: words[start...].joined(separator: " ")) else { return false }
            // After the number only a part's letter ("7(a)") or a date.
            let rest = marker.rest.split(separator: " ")
            return rest.isEmpty || (rest.count == 1 && rest[0].count <= 3 && rest[0].allSatisfy(\.isLetter))
                || (rest.count <= 4 && DueDateParser.firstDate(String(marker.rest)) != nil)
        }
    }

    /// The role a label names as a whole column word ("Lead", "By when", "Position"), not by
    /// opening with one ("Officer comments"); nil otherwise.
    package func exactColumnRole(_ label: String) -> String? {
        columnsByWord[TextTools.key(label)]
    }

    /// True when a header mentions, as whole words, any column word of `role`.
    package func mentions(role: String, inHeader header: String) -> Bool {
        let key = " " + TextTools.key(header) + " "
        return columns.contains { $0.role == role && TextTools.bytesContain(key, " " + $0.word + " ") }
    }

    /// The role of the longest column word a header mentions anywhere, as whole words, or nil:
    /// for a header cell a PDF ran together with its neighbour's ("Date recommendationProgress
    /// monitoring …", "(in addition to the progress report …)").
    package func columnRoleMentioned(_ header: String) -> String? {
        let key = " " + TextTools.key(header) + " "
        guard key.count > 2 else { return nil }
        return columns.first { TextTools.bytesContain(key, " " + $0.word + " ") }?.role
    }

    // MARK: - Recommendations

    /// Where an ask phrase ("is asked to") sits in a line: the text before it (the body
    /// asked) and after it, or nil when the line has none.
    package func askSplit(_ text: String) -> (before: String, after: String)? {
        guard askAnchors.occur(in: text) else { return nil }
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let keys = words.map(TextTools.key)
        for phrase in askPhrases {
            let parts = phrase.split(separator: " ").map(String.init)
            guard parts.count <= keys.count else { continue }
            for start in 0...(keys.count - parts.count) where Array(keys[start..<start + parts.count]) == parts {
                let before = words[..<start].joined(separator: " ")
                let after = words[(start + parts.count)...].joined(separator: " ")
                return (before, after)
            }
        }
        return nil
    }

    /// The verb a recommendation acts by: a vocabulary verb written in capitals anywhere in
    /// its opening clause, else the word after a leading "To", else a leading vocabulary
    /// verb in any of its written forms ("Publish", "notes", "re-affirming"), else the word
    /// after an obligation word ("The Council should retender …" → RETENDER; none for a
    /// passive "should be told"), else the word after "to" in "The ICB to set out …", else a
    /// vocabulary verb after the body that acts ("County
    /// Council endorses …" → ENDORSES). A verb is given as written, in capitals.
    package func verb(of text: String) -> String? {
        // "We recommend that the Council and its partners agree …": the clause's verb.
        if let clause = spokenClause(text) { return clause.verb }
        let words = text.split(separator: " ").map { String($0).trimming(",;:.()") }
        // Which words are written in capitals, and which are capitalised words of two or more
        // letters, each found once for all phrase lengths.
        let unchanged = words.map { TextTools.isUnchangedByUppercasing($0) }
        let capitalWord = words.indices.map { unchanged[$0] && words[$0].count >= 2 && words[$0].contains(where: \.isLetter) }
        for length in [3, 2, 1] {
            guard words.count >= length else { continue }
            for start in 0...(words.count - length) {
                let span = start..<start + length
                guard span.allSatisfy({ capitalWord[$0] }) || (length > 1 && span.allSatisfy({ unchanged[$0] })) else { continue }
                let joined = words[span].joined(separator: " ")
                if verbs.contains(joined) { return joined }
            }
        }
        if let first = words.first, first.lowercased() == "to", words.count > 1, let word = words[1].first, word.isLetter {
            let candidate = words[1].uppercased()
            if verbs.contains(candidate) || words[1].first?.isLowercase == true { return candidate }
        }
        if let first = words.first, isVerb(first) { return first.uppercased() }
        if let obliged = obligation(words) {
            return obliged.passive ? nil : words[obliged.index + 1].uppercased()
        }
        if let infinitive = infinitiveBody(of: text) { return infinitive.verb }
        if let clause = thatClause(text) { return clause.verb }
        // "County Council endorses …": capitalised words of the body, then a vocabulary verb.
        for index in words.indices.dropFirst().prefix(8) {
            let word = words[index]
            // A word in "-ing" is no body's finite verb ("Apologise in writing to …").
            if word.first?.isLowercase == true, isVerb(word), !word.hasSuffix("ing") || verbSet.contains(word.uppercased()) {
                return word.uppercased()
            }
            // Between a body's capitalised words only the words that join a name ("of", "and").
            guard word.first?.isUppercase == true || nameJoiners.contains(word) else { break }
        }
        return nil
    }

    /// The subject and verb of a that-clause ("the ICB commissions a rota …" → "ICB",
    /// "COMMISSIONS"; "commissioners make the service known …" → "commissioners", "MAKE"): the
    /// words before its first lower-case vocabulary verb, a leading "the" dropped; nil when no
    /// verb comes within eight words.
    /// The subject and verb of the clause after an author's own ask ("We recommend that
    /// Edderby City Council and members of the Funders’ Forum agree …"), or nil.
    func spokenClause(_ text: String) -> (subject: String, verb: String)? {
        let key = TextTools.key(text)
        guard let phrase = sections["spokenAsks"]?.first(where: { key.hasPrefix($0 + " ") }) else { return nil }
        let skip = phrase.split(separator: " ").count
        let rest = text.split(separator: " ").dropFirst(skip).joined(separator: " ")
        return clauseSubject(rest, within: 14)
    }

    package func clauseSubject(_ clause: String, within limit: Int = 8) -> (subject: String, verb: String)? {
        var words = clause.split(separator: " ").map { String($0).trimming(",;:.()") }
        if words.first?.lowercased() == "the" { words.removeFirst() }
        for (index, word) in words.enumerated().prefix(limit) where index > 0 {
            guard word.first?.isLowercase == true, isVerb(word) else { continue }
            return (words[..<index].joined(separator: " "), word.uppercased())
        }
        return nil
    }

    /// The owners a line under an item names ("Action for: Dunmere and Askew ICB; Community
    /// Pharmacy Brindlecombe"), by the vocabulary's item-owner labels; nil for any other line.
    package func itemOwners(_ text: String) -> [String]? {
        guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 40 else { return nil }
        let label = TextTools.key(String(text[..<colon]))
        guard vocabulary.sectionPhrases("itemOwners").contains(where: { TextTools.key($0) == label }) else { return nil }
        let owners = ownerSplitter.owners(String(text[text.index(after: colon)...]))
        return owners.isEmpty ? nil : owners
    }

    /// The body an item written "That Cabinet adopts …" or "That the Portfolio Holder for
    /// Housing reports …" names: its capitalised words (joined by "for", "of", "and") before a
    /// vocabulary verb; nil when the words after "That" are not such a name ("That authority
    /// is delegated …").
    package func thatAddressee(_ text: String) -> String? {
        guard text.hasPrefix("That ") || text.hasPrefix("that ") else { return nil }
        return body(before: text.split(separator: " ").dropFirst().map(String.init)) { isVerb($0) }
    }

    /// The body a recommendation puts to someone names as it opens: "That the ICB reports …"
    /// and "The ICB to set out …" → "ICB", "The Select Committee should receive …" → "Select
    /// Committee"; nil for an imperative ("Review the call-back times …") or a passive.
    package func actingBody(of text: String) -> String? {
        if let clause = spokenClause(text) { return clause.subject }
        if let body = thatAddressee(text) { return body }
        if let infinitive = infinitiveBody(of: text) { return infinitive.body }
        return obligedBody(of: text) ?? thatClause(text)?.body ?? presentBody(of: text)
    }

    /// The body and verb of a formal "That …" recommendation whose verb the vocabulary does
    /// not list ("That Cabinet Members attend …", "That the Council webcasts …"): the
    /// capitalised words of a body after "That" (and "the"), then a lower-case word that is
    /// neither a function word nor an obligation or passive word.
    package func thatClause(_ text: String) -> (body: String, verb: String)? {
        var words = text.split(separator: " ").map { String($0).trimming(",;:.()") }
        guard let first = words.first, first == "That" || first == "that", words.count >= 3 else { return nil }
        words.removeFirst()
        if words.first?.lowercased() == "the" { words.removeFirst() }
        var end = 0
        while end < words.count, end < 8, words[end].first?.isUppercase == true || (end > 0 && nameJoiners.contains(words[end])) {
            end += 1
        }
        // A joining word cannot close the body's name.
        while end > 0, nameJoiners.contains(words[end - 1]) { end -= 1 }
        guard end > 0, end < words.count else { return nil }
        let verb = words[end]
        guard verb.count >= 3, verb.allSatisfy({ $0.isLetter && $0.isLowercase }), !StopWords.english.contains(verb),
              !obligationWords.contains(verb), !passiveWords.contains(verb) else { return nil }
        return (words[..<end].joined(separator: " "), verb.uppercased())
    }

    /// The capitalised words (joined by "for", "of", "and"; a leading "the" dropped) that open
    /// `words` up to the first word `ends` accepts, or nil when another word comes first.
    private func body(before words: [String], ends: (String) -> Bool) -> String? {
        var words = words[...]
        if words.first == "the" || words.first == "The" { words = words.dropFirst() }
        var name: [String] = []
        for word in words.prefix(9) {
            if word.first?.isUppercase == true || (!name.isEmpty && ["for", "of", "and"].contains(word)) {
                name.append(word)
                continue
            }
            guard let last = name.last, last.first?.isUppercase == true, ends(word) else { return nil }
            return name.joined(separator: " ")
        }
        return nil
    }

    /// The body a recommendation written in the present tense names as its subject ("The
    /// Children’s Trust Board adopts a forward plan …" → "Children’s Trust Board"): "The", a
    /// capitalised name, then a vocabulary verb ending in "s"; nil otherwise. A clause under a
    /// stem that ends in "that" opens in lower case ("the Council sets a target …").
    package func presentBody(of text: String) -> String? {
        guard text.hasPrefix("The ") || text.hasPrefix("the ") else { return nil }
        let words = text.split(separator: " ").map { String($0).trimming(",;:.()") }
        return body(before: words) { word in
            word.first?.isLowercase == true && word.hasSuffix("s") && isVerb(word)
        }
    }

    /// "The ICB to set out …": the body and the verb after its "to", or nil.
    private func infinitiveBody(of text: String) -> (body: String, verb: String)? {
        let words = text.split(separator: " ").map { String($0).trimming(",;:.()") }
        guard words.first == "The", let to = words.firstIndex(of: "to"), to + 1 < words.count, to <= 9 else { return nil }
        let verb = words[to + 1]
        guard verb.first?.isLowercase == true, verb.allSatisfy({ $0.isLetter || $0 == "-" }),
              let body = body(before: Array(words[..<to]) + ["to"], ends: { $0 == "to" }) else { return nil }
        return (body, verb.uppercased())
    }

    /// The body a recommendation written as an obligation names ("The Select Committee
    /// should receive …" → "Select Committee"): its capitalised opening words before the
    /// obligation word; nil for a passive ("Parents and carers should be told …") or a
    /// sentence of another form.
    package func obligedBody(of text: String) -> String? {
        let words = text.split(separator: " ").map { String($0).trimming(",;:.()") }
        guard let obliged = obligation(words), !obliged.passive else { return nil }
        var body = Array(words[..<obliged.index])
        if body.first?.lowercased() == "the" { body.removeFirst() }
        guard !body.isEmpty, body.count <= 8, body.allSatisfy({ $0.first?.isUppercase == true || $0.count <= 3 }),
              body.first?.first?.isUppercase == true else { return nil }
        return body.joined(separator: " ")
    }

    /// Where the first obligation word ("should", "must") of a sentence's opening stands,
    /// with a lower-case word after it, and whether that word makes it passive ("be").
    private func obligation(_ words: [String]) -> (index: Int, passive: Bool)? {
        for index in words.indices.dropFirst().prefix(10) where index + 1 < words.count {
            guard obligationWords.contains(TextTools.key(words[index])) else { continue }
            let next = words[index + 1]
            guard next.first?.isLowercase == true, next.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
            return (index, passiveWords.contains(TextTools.key(next)))
        }
        return nil
    }

    /// True when a word is a vocabulary verb as written or with one of the vocabulary's
    /// endings ("notes", "approves", "approving"), hyphens ignored ("re-affirm").
    package func isVerb(_ word: String) -> Bool {
        let upper = word.uppercased().replacingAll("-", with: "")
        guard upper.count >= 2, upper.allSatisfy(\.isLetter) else { return false }
        // "SET" in capitals is the acronym; "Set" and "sets" are the verb.
        let known = word == upper ? verbSet : verbAndPlainVerbSet
        if known.contains(upper) { return true }
        for ending in verbEndings where upper.hasSuffix(ending) && upper.count > ending.count + 2 {
            let stem = String(upper.dropLast(ending.count))
            if known.contains(stem) || known.contains(stem + "E") { return true }
        }
        return false
    }

    /// True when a sentence reports what a body did, as minutes record a decision: a
    /// capitalised name of up to six words closing on a body's word, then a vocabulary verb
    /// with a past ending ("The Committee approved the minute as a correct record.", "The Board
    /// noted …"), or a vocabulary verb in capitals ("Cabinet RECOMMENDS to Council that …").
    /// "The meeting closed at 8.30 pm" and "Officers reported …" name no body.
    package func reportsBodyAct(_ text: String) -> Bool {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard let first = words.first, first.first?.isUppercase == true else { return false }
        for (index, word) in words.enumerated().dropFirst().prefix(6) {
            let bare = String(word).trimming(".,;:")
            let upper = bare.uppercased()
            // A verb in capitals after the body's name ("Cabinet RECOMMENDS to Council that …").
            if bare == upper, bare.count >= 4, upper.allSatisfy(\.isLetter),
               let closing = words[index - 1].split(separator: "’").first.map(String.init),
               bodyWordKeys.contains(TextTools.key(closing)),
               verbSet.contains(upper) || (["S"] + pastVerbEndings).contains(where: { ending in
                   upper.hasSuffix(ending) && upper.count > ending.count + 2 && verbSet.contains(String(upper.dropLast(ending.count)))
               }) {
                return true
            }
            if bare.first?.isLowercase == true, upper.allSatisfy(\.isLetter) {
                // The name before the verb is a body's ("The Committee", "The Board"), not an
                // officer's or a councillor's.
                guard let closing = words[index - 1].split(separator: "’").first.map(String.init),
                      bodyWordKeys.contains(TextTools.key(closing)) else { return false }
                return pastVerbEndings.contains { ending in
                    upper.hasSuffix(ending) && upper.count > ending.count + 2 && verbSet.contains(String(upper.dropLast(ending.count)))
                }
            }
            guard word.first?.isUppercase == true || nameJoiners.contains(String(word)) else { return false }
        }
        return false
    }

    /// True when a line says the paper makes no recommendations.
    package func saysNoRecommendations(_ text: String) -> Bool {
        let key = TextTools.key(text)
        return noRecommendations.contains { key == $0 || key.hasPrefix($0 + " ") || TextTools.bytesContain(key, " " + $0) }
    }

    // MARK: - Resolutions, decisions, proposals

    /// The text after a resolution marker that opens a line ("RESOLVED that …" → "…"), with
    /// "that" and punctuation after the marker dropped; nil when the line opens with none.
    package func afterResolutionMarker(_ text: String) -> String? {
        guard resolutionWords.occur(in: text) else { return nil }
        if let found = markerAfterBody(text) { return found }
        if let found = markerAfterWas(text) { return found }
        for marker in vocabulary.resolutionMarkers.sorted(by: { $0.count > $1.count }) {
            let upper = marker.uppercased()
            let capitalised = upper.prefix(1) + upper.dropFirst().lowercased()
            for form in [upper, String(capitalised)] where text.hasPrefix(form) {
                var rest = text.dropFirst(form.count)
                guard rest.isEmpty || !(rest.first!.isLetter) else { continue }
                // A capitalised marker must be followed by "that", a colon or a dash to mark a resolution.
                if form != upper {
                    let after = rest.drop(while: { $0 == " " })
                    guard after.hasPrefix("that") || after.hasPrefix(":") || after.hasPrefix("–") || after.hasPrefix("-") else { continue }
                }
                rest = withoutQualifier(Self.afterMarkerPunctuation(rest))
                // "RECOMMENDED to Cabinet that …": the body recommended to is left out with "that".
                if rest.hasPrefix("to "), let that = Self.thatOfAddress(rest) { rest = rest[that...] }
                return TextTools.collapse(TextTools.droppingOpening("that", from: String(rest)))
            }
        }
        // A resolution opening a sentence after another in the same line, as a PDF runs two
        // paragraphs together ("… agreed unanimously. Resolved: to decline …").
        for marker in vocabulary.resolutionMarkers where TextTools.bytesContainIgnoringCase(text, ". " + marker.lowercased()) {
            let upper = marker.uppercased()
            let capitalised = upper.prefix(1) + upper.dropFirst().lowercased()
            for form in [upper, String(capitalised)] {
                guard let range = TextTools.byteRange(of: ". " + form, in: text) else { continue }
                let tail = String(text[text.index(range.lowerBound, offsetBy: 2)...])
                if tail.count < text.count, let found = afterResolutionMarker(tail) { return found }
            }
        }
        return nil
    }

    /// The text after a resolution marker in capitals that follows the body resolving ("The
    /// Board AGREED: the minutes …", "The Committee RESOLVED that …"), or after one of the
    /// prose resolutions in lower case and "that" ("The Committee resolved that …"), or nil:
    /// the words before the marker must be a capitalised name of up to six words.
    private func markerAfterBody(_ text: String) -> String? {
        guard let first = text.first, first.isUppercase else { return nil }
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        for (index, word) in words.enumerated().prefix(7) where index >= 1 {
            let bare = String(word).trimming(":–-,")
            // "The Committee resolved that …": the marker in prose, in lower case, before "that".
            if vocabulary.proseResolutions.contains(String(word)), index + 1 < words.count, words[index + 1] == "that" {
                let rest = TextTools.collapse(String(text[words[index + 1].endIndex...]))
                return rest.isEmpty ? nil : rest
            }
            guard vocabulary.resolutionMarkers.contains(where: { $0.uppercased() == bare && $0 == $0.uppercased() }),
                  bare == bare.uppercased(), bare.count >= 4 else {
                guard word.first?.isUppercase == true || ["of", "and", "for", "the"].contains(word) else { return nil }
                continue
            }
            return TextTools.collapse(TextTools.droppingOpening("that", from: String(withoutQualifier(Self.afterMarkerPunctuation(text[word.endIndex...])))))
        }
        return nil
    }

    /// The resolution a sentence reports in its course ("On the motion of …, and on a show of
    /// hands, it was RESOLVED – That the Pay Policy Statement be approved.", "… seconded by
    /// Cllr B and RESOLVED to accept …"): a marker in capitals after "was" or "and", set off by
    /// a dash, a colon, "that" or a space, how the vote went left out.
    private func markerAfterWas(_ text: String) -> String? {
        // "… it was RESOLVED – That …", or the motion's course then the marker ("It was proposed
        // by Cllr A, seconded by Cllr B and RESOLVED to accept …").
        guard TextTools.bytesContain(text, " was ") || TextTools.bytesContain(text, " and ") else { return nil }
        for marker in vocabulary.resolutionMarkers where marker == marker.uppercased() && marker.count >= 4 {
            guard TextTools.bytesContain(text, marker),
                  let range = TextTools.byteRange(of: " was " + marker, in: text) ?? TextTools.byteRange(of: " and " + marker, in: text) else { continue }
            let rest = text[range.upperBound...]
            guard let next = rest.first, !next.isLetter else { continue }
            // "RESOLVED unanimously to …": how the vote went is not the resolution.
            let after = withoutQualifier(Self.afterMarkerPunctuation(rest))
            guard after.count < rest.count || after.hasPrefix("that") || after.hasPrefix("That") else { continue }
            let resolved = TextTools.collapse(TextTools.droppingOpening("that", from: String(after)))
            return resolved.isEmpty ? nil : resolved
        }
        return nil
    }

    /// The resolution after how the vote went ("unanimously to …" → "to …", by the vocabulary's
    /// `resolutionQualifiers`), or the text itself when it opens with none.
    private func withoutQualifier(_ text: Substring) -> Substring {
        for qualifier in sections["resolutionQualifiers"] ?? [] {
            let words = qualifier.split(separator: " ")
            let opening = text.split(separator: " ", maxSplits: words.count, omittingEmptySubsequences: true)
            if opening.count > words.count, zip(opening, words).allSatisfy({ TextTools.key(String($0)) == $1 }) {
                return Self.afterMarkerPunctuation(text[opening[words.count].startIndex...])
            }
        }
        return text
    }

    /// The text after a resolution marker without the spaces, colon, dashes or comma that set
    /// it off ("RESOLVED – that …", "AGREED: …").
    private static func afterMarkerPunctuation(_ text: Substring) -> Substring {
        text.drop(while: { $0 == " " || $0 == ":" || $0 == "–" || $0 == "-" || $0 == "—" || $0 == "," })
    }

    /// Where "that" stands after "to" and a body's capitalised name ("to Cabinet that",
    /// "to the County Council that:"), or nil when the words are not such an address.
    private static func thatOfAddress(_ text: Substring) -> Substring.Index? {
        let words = text.split(separator: " ")
        guard words.count >= 3, words[0] == "to" else { return nil }
        for (index, word) in words.enumerated().dropFirst().prefix(7) {
            if word == "that" || word == "that:" { return index >= 2 ? word.startIndex : nil }
            guard word.first?.isUppercase == true || word == "the" || word == "and" || word == "of" else { return nil }
        }
        return nil
    }

    /// True when a label or heading names the decision of a record of decision.
    package func isDecisionLabel(_ text: String) -> Bool {
        let key = TextTools.key(text)
        return vocabulary.decisionMarkers.contains { TextTools.key($0) == key }
    }

    // MARK: - Responses and names

    /// The response decision a cell or note states ("Partially accepted" → partially accepted), or nil.
    package func responseDecision(_ text: String) -> ResponseDecision? {
        let key = TextTools.key(text)
        guard !key.isEmpty else { return nil }
        return responses.first { key == $0.word || key.hasPrefix($0.word + " ") }?.decision
    }

    /// The response decision a phrase is exactly ("Partially accepted"), or nil.
    package func responseDecision(exactly text: String) -> ResponseDecision? {
        let key = TextTools.key(text)
        return responses.first { key == $0.word }?.decision
    }

    /// The decision a response's short opening sentence states ("The ICB accepts this
    /// recommendation." → accepted, "The Trust accepts this recommendation in part." →
    /// partially accepted, "The ICB does not accept this recommendation." → rejected), or nil
    /// when it opens otherwise. A sentence of more than eight words states more than a decision.
    package func responseDecision(statement text: String, maxWords: Int = 8) -> ResponseDecision? {
        guard let end = text.firstIndex(where: { ".;:".contains($0) }) else { return nil }
        let words = TextTools.key(String(text[..<end])).split(separator: " ").map(String.init)
        guard !words.isEmpty, words.count <= maxWords,
              let verbIndex = words.firstIndex(where: { word in responseVerbs.contains { word.hasPrefix($0) } })
        else { return nil }
        if words[..<verbIndex].suffix(2).contains(where: negations.contains) { return .rejected }
        let sentence = " " + words.joined(separator: " ") + " "
        let partly = responses.contains { $0.decision == .partiallyAccepted && TextTools.bytesContain(sentence, " " + $0.word + " ") }
        return partly ? .partiallyAccepted : .accepted
    }

    /// The status the meaning of a status key's entry states, by the vocabulary's phrases
    /// ("overtaken by other work" → superseded), or nil; a phrase after "not" does not count.
    /// A meaning that offers two statuses as alternatives ("not started, or started and then
    /// stopped") states neither.
    package func status(meaning text: String) -> Status? {
        let words = TextTools.key(text).split(separator: " ").map(String.init)
        var stated: [Status] = []
        for (status, phrase) in statusMeanings where !stated.contains(status) {
            let parts = phrase.split(separator: " ").map(String.init)
            guard !parts.isEmpty, parts.count <= words.count else { continue }
            for start in 0...(words.count - parts.count) where words[start..<start + parts.count].elementsEqual(parts) {
                // "not delivered", "will not be delivered": a negation just before does not count.
                if !words[max(0, start - 2)..<start].contains(where: negations.contains) {
                    stated.append(status)
                    break
                }
            }
        }
        if stated.count >= 2, words.contains("or") { return nil }
        return stated.first
    }

    /// True when a cell value states nothing ("N/A", "Not applicable", a dash alone).
    package func isEmptyValue(_ text: String) -> Bool {
        let key = TextTools.key(text)
        return key.isEmpty || emptyValues.contains(key)
    }

    /// True when a word is a title or honorific that opens a person's name ("Dr", "Cllr").
    package func isHonorific(_ word: String) -> Bool {
        honorifics.contains(TextTools.key(word))
    }
}
