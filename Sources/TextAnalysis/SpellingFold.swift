/// Folds British and American spellings of a word onto one form, the American one
/// ("organisation" and "organization" both become `organization`), so either spelling
/// matches the other.
///
/// Applied alike to both sides of every comparison (indexed text and query, item and
/// question wording), so over-folding is harmless: "advise" becomes "advize" everywhere.
public enum SpellingFold {
    /// -our words whose American form drops the u (colour → color); a list, since "four"
    /// and "hour" must stay apart from "for" and "hor". Matched as word starts
    /// (neighbourhood → neighborhood).
    static let ourStems: [String] = [
        "colour", "behaviour", "favour", "labour", "neighbour", "honour", "harbour", "humour", "rumour",
        "vigour", "endeavour", "saviour", "flavour", "odour", "armour", "valour", "parlour", "splendour",
        "rigour", "candour", "clamour", "tumour", "savour", "vapour", "fervour", "ardour",
    ]

    /// Whole words the suffix rules cannot reach.
    static let wholeWords: [String: String] = [
        "centre": "center", "centres": "centers", "centred": "centered", "programme": "program",
        "programmes": "programs", "analyse": "analyze", "analysed": "analyzed", "analyses": "analyzes",
        "analysing": "analyzing", "catalogue": "catalog", "catalogues": "catalogs", "licence": "license",
        "licences": "licenses", "defence": "defense", "offence": "offense", "practise": "practice",
        "practised": "practiced", "fulfil": "fulfill", "fulfils": "fulfills", "enrol": "enroll", "enrols": "enrolls",
        "enrolment": "enrollment", "judgement": "judgment", "judgements": "judgments", "ageing": "aging",
        "paediatric": "pediatric", "travelling": "traveling", "modelling": "modeling", "labelling": "labeling",
        "counselling": "counseling", "cancelled": "canceled",
    ]

    /// Suffix rewrites, longest first: British ending → American ending.
    static let suffixes: [(String, String)] = [
        ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("isers", "izers"),
        ("iser", "izer"), ("ised", "ized"), ("ises", "izes"), ("ise", "ize"),
        ("ysing", "yzing"), ("ysed", "yzed"), ("yse", "yze"),
    ]

    /// The folded form of one lower-case word.
    public static func fold(_ word: String) -> String {
        if let whole = wholeWords[word] { return whole }
        // A word of five bytes or fewer has five characters or fewer.
        if word.utf8.count > 5, word.count > 5 {
            for (british, american) in suffixes where word.hasSuffix(british) {
                return String(word.dropLast(british.count)) + american
            }
        }
        // Every stem holds "our" as bytes; checking the bytes first keeps Foundation's
        // string search (which `contains` reaches) out of every word folded.
        if containsOur(word), word.contains("our") {
            for stem in ourStems where word.hasPrefix(stem) {
                return String(stem.dropLast(2)) + "r" + word.dropFirst(stem.count)
            }
        }
        return word
    }

    /// True when the word's UTF-8 holds the bytes of "our".
    static func containsOur(_ word: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in word.utf8 {
            if previous == (0x6F, 0x75), byte == 0x72 { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
