/// Folds British and American spellings of a word onto one form (organisation and
/// organization both become `organization`), so either spelling finds both.
///
/// Applied to the indexed copy of every item's text and to every query word; the original
/// text is kept for display and snippets. Over-folding is harmless because both sides fold
/// the same way ("advise" becomes "advize" in the index and in the query alike).
package enum SpellingNormalizer {
    /// -our words whose American form drops the u (colour → color); a list, since "four"
    /// and "hour" must stay apart from "for" and "hor".
    static let ourStems: Set<String> = [
        "colour", "behaviour", "favour", "labour", "neighbour", "honour", "harbour", "humour", "rumour",
        "vigour", "endeavour", "saviour", "flavour", "odour", "armour", "valour", "parlour", "splendour",
        "rigour", "candour", "clamour", "tumour", "savour", "vapour", "fervour", "ardour",
    ]

    /// Whole-word pairs the suffix rules cannot reach.
    static let wholeWords: [String: String] = [
        "centre": "center", "centres": "centers", "centred": "centered", "programme": "program",
        "programmes": "programs", "analyse": "analyze", "analysed": "analyzed", "analyses": "analyzes",
        "analysing": "analyzing", "catalogue": "catalog", "licence": "license", "defence": "defense",
        "offence": "offense", "practise": "practice", "practised": "practiced", "fulfil": "fulfill",
        "fulfils": "fulfills", "enrol": "enroll", "enrolment": "enrollment", "judgement": "judgment",
        "judgements": "judgments", "ageing": "aging", "paediatric": "pediatric", "travelling": "traveling",
        "modelling": "modeling", "labelling": "labeling", "counselling": "counseling", "cancelled": "canceled",
    ]

    /// Suffix rewrites, longest first: British ending → American ending.
    static let suffixes: [(String, String)] = [
        ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("isers", "izers"),
        ("iser", "izer"), ("ised", "ized"), ("ises", "izes"), ("ise", "ize"),
    ]

    /// The folded form of one lower-case word.
    package static func fold(_ word: String) -> String {
        if let whole = wholeWords[word] { return whole }
        if word.count > 5 {
            for (british, american) in suffixes where word.hasSuffix(british) {
                return String(word.dropLast(british.count)) + american
            }
        }
        if word.contains("our") {
            for stem in ourStems where word.hasPrefix(stem) {
                return String(stem.dropLast(2)) + "r" + word.dropFirst(stem.count)
            }
        }
        return word
    }

    /// Text with every word lower-cased and folded; spaces separate words.
    package static func normalize(_ text: String) -> String {
        QueryParser.words(in: text).map { fold($0.lowercased()) }.joined(separator: " ")
    }
}
