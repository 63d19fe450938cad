package import PipelineCore

/// Splits a lead cell into the people and bodies it names: on "/", ",", ";", line breaks
/// and wide gaps, dropping words that are conditions rather than owners.
///
/// "Mary Smith / John Brown\n\nAnn Lee  Ian Hall" → four owners;
/// "Via  Executive  group" → "Executive group"; "Subject to new appointments" → none.
package struct OwnerSplitter: Sendable {
    /// Openings that mark a phrase as a condition, not an owner (lower case).
    private let conditionOpenings: [String]
    /// Closing words that make a phrase a resource rather than a person or body
    /// ("Workforce Development capacity").
    private let resourceEndings: Set<String>
    /// Openings dropped from an owner ("Via Executive group" → "Executive group"), lower case with their space.
    private let droppedOpenings: [String]
    /// Closing words of a public body's name (`authorityTypes`), as words, longest first.
    private let authorityTypes: [[String]]
    /// Words that make a phrase a post ("Officer", "Head"), lower case.
    private let roleWords: Set<String>
    /// Cell values that state nothing ("N/A", "None"), as keys: a cell holding one names no owner.
    private let emptyValues: Set<String>
    /// Titles that open a person's name ("Cllr", "Dr"), lower case.
    private let honorifics: Set<String>
    /// Lower-case words that join the words of a name ("of", "and"), from the vocabulary.
    private let nameJoiners: Set<String>
    /// Ranks and post words that make a post without a field ("Assistant Director"), lower case.
    private let rankWords: Set<String>
    /// Closing words of a body's name ("board", "council"): a field after a comma holds none.
    private let bodyWords: Set<String>

    /// Creates a splitter over the vocabulary's owner-cell words (`ownerCells` in genres.yml).
    package init(_ vocabulary: Vocabulary) {
        let words = vocabulary.ownerCells
        conditionOpenings = (words["conditions"] ?? []).map { TextTools.collapse($0).lowercased() }
        resourceEndings = Set((words["resources"] ?? []).map { $0.lowercased() })
        droppedOpenings = (words["droppedOpenings"] ?? []).map { TextTools.collapse($0).lowercased() + " " }
        authorityTypes = vocabulary.authorityTypes.map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
        roleWords = Set((words["roleWords"] ?? []).map { $0.lowercased() })
        emptyValues = Set(vocabulary.emptyValues.map(TextTools.key))
        honorifics = Set(vocabulary.honorifics.map { $0.lowercased() })
        nameJoiners = Set(vocabulary.nameJoiners.map { $0.lowercased() })
        rankWords = Set((words["rankWords"] ?? []).map { $0.lowercased() })
        bodyWords = Set(vocabulary.bodyWords.map { $0.lowercased() })
    }

    /// True when a word of an owner's name names a post ("Clerk"), a person ("Cllr", "Q.R."),
    /// a body ("Council") or an office by its letters ("RFO").
    package func namesOwner(_ word: String) -> Bool {
        let lower = word.lowercased()
        if roleWords.contains(lower) || honorifics.contains(lower) || bodyWords.contains(lower) { return true }
        // "RFO", "ICB"; "Q.R.", "A.B".
        let bare = word.trimming(".,")
        if (2...6).contains(bare.count), bare.allSatisfy({ $0.isUppercase }) { return true }
        return word.wholeMatch(of: Pattern.initials) != nil
    }

    /// The owners an action's sentence opens with, before "to <verb>" ("The Head of Service to
    /// review …", "Deputy Clerk / RFO to update …"): posts shared out by "/" are counted one by
    /// one, up to seven words each, and each names a post, a person or a body; nil when the
    /// sentence opens with no such name ("Review of the A38/A30 junction … to report").
    package func ownersOpening(_ text: String) -> [String]? {
        guard let match = text.firstMatch(of: Pattern.ownerBeforeTo) else { return nil }
        let pieces = match.output.1.split(separator: "/")
        guard pieces.allSatisfy({ piece in
            let words = piece.split(separator: " ")
            // "All members": a post's word in the plural names posts too.
            return words.count <= 7 && words.contains { word in
                namesOwner(String(word)) || (word.hasSuffix("s") && word.count > 3 && namesOwner(String(word.dropLast())))
            }
        }) else { return nil }
        return owners(String(match.output.1))
    }

    /// The owners named in a lead cell, in order, without duplicates.
    package func owners(_ text: String) -> [String] {
        // "N/A" names no one (and is no "N" and "A").
        if emptyValues.contains(TextTools.key(text)) { return [] }
        var owners: [String] = []
        for line in Self.joinBrokenNames(
            text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" }).map(String.init),
            joiners: nameJoiners, roleWords: roleWords) {
            for piece in Self.joinNameLists(joinFields(line)) {
                // A condition runs to the end of its piece ("To be reviewed subject to … Autumn 08").
                let opening = TextTools.collapse(piece).lowercased()
                if conditionOpenings.contains(where: { opening.hasPrefix($0) }) { continue }
                for part in Self.splitWideGaps(piece).flatMap({ Self.splitRepeatedBodies($0, authorityTypes: authorityTypes, roleWords: roleWords, honorifics: honorifics) }) {
                    guard let owner = clean(part), !owners.contains(owner) else { continue }
                    owners.append(owner)
                }
            }
        }
        return owners
    }

    /// Splits two bodies joined by "and" or "&" where the second names again a word of the
    /// first ("Brackenford PCNs & Brackenford CVS", "Age Friendly Brackenford and Brackenford
    /// Libraries"): each side two or more words, the second opening with a capitalised word
    /// the first holds, or with one word before the title the first opens with ("Head of
    /// Housing and Deputy Head of Housing"); or the first is a public body named in full
    /// ("Medlowe County Council and Stoneweir ICB"); or both sides name a post ("Monitoring
    /// Officer and Head of HR"). A name that joins words ("Parks and Open
    /// Spaces", "Communications & Engagement") stays whole.
    /// - Parameter authorityTypes: Closing words of a public body's name, as words.
    static func splitRepeatedBodies(
        _ text: String, authorityTypes: [[String]] = [], roleWords: Set<String> = [], honorifics: Set<String> = []
    ) -> [String] {
        let words = text.split(separator: " ").map(String.init)
        guard let join = words.indices.first(where: { words[$0] == "and" || words[$0] == "&" }), join >= 1,
              words.count - join - 1 >= 1 else { return [text] }
        let before = words[..<join]
        // "… and the Head of Finance": the article is no word of the second name.
        var after = words[(join + 1)...]
        if after.count >= 3, after.first == "the" { after = after.dropFirst() }
        // A person by title and initials or name, or a post, on each side ("Cllr A.B. and
        // Clerk", "Clerk and Cllr Q.R."): two owners, however short.
        func personOrPost(_ side: ArraySlice<String>) -> Bool {
            guard let first = side.first, side.count <= 4 else { return false }
            if honorifics.contains(first.lowercased().trimmingCharacters(in: ".")) { return side.count >= 2 }
            return side.allSatisfy { $0.first?.isUppercase == true } && side.contains { roleWords.contains($0.lowercased()) }
        }
        // Two posts of a word or a few ("Headteacher and SENCo", "Chair and Vice Chair") too,
        // each closing on a post's word ("Member and Officer Working Group" is one body).
        func isPerson(_ side: ArraySlice<String>) -> Bool {
            side.first.map { honorifics.contains($0.lowercased().trimmingCharacters(in: ".")) } ?? false
        }
        func closesOnPost(_ side: ArraySlice<String>) -> Bool {
            side.last.map { roleWords.contains($0.lowercased()) } ?? false
        }
        if personOrPost(before), personOrPost(after),
           isPerson(before) || isPerson(after) || (closesOnPost(before) && closesOnPost(after)) {
            return [before.joined(separator: " "), after.joined(separator: " ")]
        }
        guard join >= 2, after.count >= 2 else { return [text] }
        // A body's name may close on its part in brackets ("Wealdmoor County Council
        // (Highways)"): the name is what comes before it.
        var named = before
        if let last = named.last, last.hasSuffix(")"), named.count > 1 {
            named = named.dropLast()
            if !last.hasPrefix("(") {
                while let open = named.last, !open.hasPrefix("("), named.count > 1 { named = named.dropLast() }
                if named.last?.hasPrefix("(") == true { named = named.dropLast() }
            }
        }
        // The second names again a word of the first at its opening ("Brackenford CVS"), or
        // names the first's title after a qualifier ("Director of Adult Social Care and ICB
        // Director of Place").
        let namesBody = authorityTypes.contains { type in named.count > type.count && named.suffix(type.count).elementsEqual(type) }
            // Two posts ("Monitoring Officer and Head of HR").
            || (before.contains { roleWords.contains($0.lowercased()) } && after.contains { roleWords.contains($0.lowercased()) })
        guard let opening = after.first, opening.first?.isUppercase == true,
              before.contains(opening) || (after.count >= 3 && after[after.startIndex + 1] == before.first) || namesBody,
              before.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true || $0 == "of" || $0.hasPrefix("(") || $0.hasSuffix(")") })
        else { return [text] }
        return [before.joined(separator: " ")]
            + splitRepeatedBodies(after.joined(separator: " "), authorityTypes: authorityTypes, roleWords: roleWords, honorifics: honorifics)
    }

    /// A line split on "/", "," and ";", except inside brackets and a comma after a post
    /// ("Assistant Director", "Head of Inclusion") and before its field, capitalised words none
    /// of which is a post's word or a body's ("Assistant Director, Corporate Parenting", "Head of
    /// Inclusion, Education Directorate").
    func joinFields(_ line: String) -> [String] {
        var pieces: [String] = [""]
        var separators: [Character] = []
        // Inside brackets a comma is the post's own ("Curriculum Manager (English, Maths and ESOL)").
        var depth = 0
        for character in line {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
            if depth == 0, character == "/" || character == "," || character == ";" {
                pieces.append("")
                separators.append(character)
            } else {
                pieces[pieces.count - 1].append(character)
            }
        }
        var result = [pieces[0]]
        for index in pieces.indices.dropFirst() {
            let before = result[result.count - 1].split(separator: " ").map { $0.lowercased() }
            let words = pieces[index].split(separator: " ").map(String.init)
            let isField = (1...4).contains(words.count)
                && words.allSatisfy { word in
                    nameJoiners.contains(word) || (word.first?.isUppercase == true && word.dropFirst().contains(where: \.isLowercase))
                }
                && !words.contains { roleWords.contains($0.lowercased()) }
            if separators[index - 1] == ",", isField, isPost(before), !words.contains(where: { bodyWords.contains($0.lowercased()) }) {
                result[result.count - 1] += "," + pieces[index]
            } else {
                result.append(pieces[index])
            }
        }
        return result
    }

    /// True when words (lower case) make a post that a field may follow after a comma: ranks
    /// alone ("assistant director") or a post's word and "of" its field ("head of inclusion").
    /// A post with its field before it ("grants manager") may be followed by another body
    /// ("Grants Manager, Alderford Voluntary Action"), so it is not joined.
    private func isPost(_ words: [String]) -> Bool {
        guard (1...4).contains(words.count), let first = words.first, let last = words.last else { return false }
        if words.count <= 3, words.allSatisfy({ rankWords.contains($0) }), roleWords.contains(last) || rankWords.contains(last) { return true }
        return words.count >= 3 && words[1] == "of" && (roleWords.contains(first) || rankWords.contains(first))
            && !words.dropFirst(2).contains { roleWords.contains($0) || nameJoiners.contains($0) }
    }

    /// Joins a body whose name itself lists words ("Communication, Participation and
    /// Engagement Group"): a single capitalised word followed by capitalised words joined by "and".
    private static func joinNameLists(_ pieces: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < pieces.count {
            var piece = pieces[index]
            while index + 1 < pieces.count, isSingleWord(piece), piece.trimmingCharacters().first?.isUppercase == true,
                  isCapitalisedList(pieces[index + 1]) {
                piece = piece.trimmingCharacters() + ", " + pieces[index + 1].trimmingCharacters()
                index += 1
            }
            result.append(piece)
            index += 1
        }
        return result
    }

    /// True for "Participation and Engagement Group": capitalised words with an "and" among them.
    private static func isCapitalisedList(_ text: String) -> Bool {
        let words = TextTools.collapse(text).split(separator: " ")
        guard words.count >= 3, words.contains("and") else { return false }
        return words.allSatisfy { $0 == "and" || $0.first?.isUppercase == true }
    }

    /// Joins lines that hold one word each ("Frances" / "Coupe"): a name wrapped in a narrow cell.
    private static func joinBrokenNames(_ lines: [String], joiners: Set<String>, roleWords: Set<String> = []) -> [String] {
        var result: [String] = []
        for line in lines {
            let trimmed = TextTools.collapse(line)
            if trimmed.isEmpty { continue }
            // "Partnerships" ⏎ "Manager /" ⏎ …: a narrow cell broke one post's name, the line
            // after holding one word before the next owner's separator.
            let opening = trimmed.split(separator: " ", maxSplits: 1).map(String.init)
            let wordThenSeparator = opening.count == 2 && (
                (isSingleWord(opening[0]) && opening[1].first.map { "/,;".contains($0) } == true)
                    || (opening[0].last.map { "/;".contains($0) } == true && isSingleWord(String(opening[0].dropLast()))))
            if let last = result.last, isSingleWord(last), isSingleWord(trimmed) || wordThenSeparator,
               trimmed.first?.isUppercase == true, last.first?.isUppercase == true {
                result[result.count - 1] = last + " " + trimmed
            } else if let last = result.last, let closing = TextTools.collapse(last).split(separator: " ").last,
                      joiners.contains(String(closing).lowercased()), trimmed.first?.isUppercase == true {
                // A narrow cell broke a post's name after a joining word ("Head of" ⏎ "Planning").
                result[result.count - 1] = TextTools.collapse(last) + " " + trimmed
            } else if wordThenSeparator, let last = result.last, !isSingleWord(last),
                      let opening = TextTools.collapse(last).split(separator: " ").first,
                      roleWords.contains(opening.lowercased()),
                      let closing = TextTools.collapse(last).split(separator: " ").last,
                      closing.last?.isLetter == true, !roleWords.contains(closing.lowercased()),
                      trimmed.split(separator: " ", maxSplits: 1).first?.last == ";" || trimmed.contains(" ; ")
                        || trimmed.last.map({ "/;,".contains($0) }) == true
                        || trimmed.split(separator: " ").dropFirst().contains(where: { roleWords.contains($0.lowercased()) }),
                      trimmed.first?.isUppercase == true {
                // "Head of Private Sector" ⏎ "Housing; Head of Revenues …": a post's name cut
                // before its last word, then ";", the line's end or another post ("Public
                // Health" ⏎ "NHS; Police" and "Head of Housing" ⏎ "Finance / Legal" stay apart).
                result[result.count - 1] = TextTools.collapse(last) + " " + trimmed
            } else {
                result.append(trimmed == line ? line : line.trimmingCharacters())
            }
        }
        return result
    }

    private static func isSingleWord(_ text: String) -> Bool {
        let words = TextTools.collapse(text).split(separator: " ")
        return words.count == 1 && words[0].allSatisfy(\.isLetter) && words[0].count > 1
    }

    /// Splits on runs of two or more spaces when both sides read as separate names
    /// (two words or more each, and the right side does not continue with "&" or "and").
    private static func splitWideGaps(_ text: String) -> [String] {
        let parts = text.split(separator: "  ", omittingEmptySubsequences: true)
            .map { String($0).trimmingCharacters() }.filter { !$0.isEmpty }
        guard parts.count > 1 else { return [text] }
        var result: [String] = []
        for part in parts {
            if let last = result.last,
               wordCount(last) < 2 || wordCount(part) < 2 || part.hasPrefix("&") || part.lowercased().hasPrefix("and ") {
                result[result.count - 1] = last + " " + part
            } else {
                result.append(part)
            }
        }
        return result
    }

    private static func wordCount(_ text: String) -> Int {
        text.split(separator: " ").count
    }

    private func clean(_ raw: String) -> String? {
        var text = TextTools.collapse(TextTools.stripTags(raw))
        let stray: Set<Character> = [".", ",", ";", ":", "-", "–", "·", "•", "*", " "]
        while let first = text.first, stray.contains(first) { text.removeFirst() }
        while let last = text.last, stray.contains(last) {
            // Initials keep their closing full stop ("Cllr G.H.").
            if last == ".", text.dropLast().hasSuffixInitials { break }
            text.removeLast()
        }
        let lower = text.lowercased()
        if text.isEmpty || conditionOpenings.contains(where: { lower.hasPrefix($0) }) { return nil }
        // The longest opening the text has, once ("with support from" before "with").
        if let opening = droppedOpenings.filter({ lower.hasPrefix($0) }).max(by: { $0.count < $1.count }) {
            text = String(text.dropFirst(opening.count)).trimmingCharacters()
        }
        // "the Environment Agency": the article before a name is no part of it.
        if text.hasPrefix("the ") || text.hasPrefix("The "), text.dropFirst(4).first?.isUppercase == true {
            text = String(text.dropFirst(4))
        }
        guard text.contains(where: \.isLetter) else { return nil }
        if let last = TextTools.words(text).last, resourceEndings.contains(last), text.first?.isUppercase == true,
           TextTools.words(text).count > 1 {
            return nil
        }
        return text
    }
}

extension StringProtocol {
    /// True when the text closes on initials: a capital, a full stop, a capital ("G.H", "J.E.W").
    var hasSuffixInitials: Bool {
        let characters = Array(suffix(3))
        return characters.count == 3 && characters[0].isUppercase && characters[1] == "." && characters[2].isUppercase
    }
}
