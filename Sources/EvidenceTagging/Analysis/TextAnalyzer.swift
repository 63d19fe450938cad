public import PipelineCore
public import TextAnalysis

/// One analysed word: the stem it is matched by and the word as the text writes it.
public struct Term: Hashable, Sendable {
    /// The folded, stemmed form used for matching ("commission").
    public var stem: String
    /// The word as written in the text ("commissioning"), or the acronym an expansion came from.
    public var surface: String
    /// The position of the written word the term comes from: an acronym's expansion shares
    /// the acronym's origin, so rules count one written word once.
    public var origin: Int

    /// Creates a term.
    public init(stem: String, surface: String, origin: Int = 0) {
        self.stem = stem
        self.surface = surface
        self.origin = origin
    }
}

/// Turns text into matchable terms: words split and case-folded, British/American spelling
/// folded, stop words dropped, Porter-stemmed, and glossary acronyms expanded both ways
/// (an acronym adds its expansion's terms; an expansion written out adds the acronym).
public struct TextAnalyzer: Sendable {
    private struct Expansion: Sendable {
        var acronymStem: String
        var terms: [String]
    }

    private let stopWords: StopWords
    private let stopStems: Set<String>  // generic words, lowercase, as written
    /// Acronym (and misspelling) as written → its canonical stem and its expansion's stems.
    private let acronyms: [String: Expansion]
    /// Lowercased acronyms of four or more letters, matched regardless of case.
    private let looseAcronyms: [String: Expansion]
    /// Expansion phrases as stem sequences → the acronym's stem, longest first.
    private let phrases: [(stems: [String], acronymStem: String)]
    /// The indices in `phrases` of the phrases each first stem opens, longest first.
    private let phrasesByFirstStem: [String: [Int]]

    /// Creates an analyzer.
    /// - Parameters:
    ///   - glossary: Acronyms and their expansions.
    ///   - stopWords: Function words dropped everywhere.
    ///   - extraStopWords: Words that occur everywhere in this kind of document and so tell
    ///     nothing about a topic ("children", "sector"); matched as written and in the plural.
    public init(glossary: Glossary = Glossary(entries: []), stopWords: StopWords = .english, extraStopWords: [String] = []) {
        self.stopWords = stopWords
        // Generic words are matched as written (and in the plural), not by stem, so that
        // "local" does not also remove "locality" nor "community" "communication".
        var generic = Set<String>()
        for word in extraStopWords {
            for raw in Tokenizer.words(in: word) {
                let lower = raw.lowercased()
                generic.insert(lower)
                generic.insert(lower + "s")
            }
        }
        let stems = generic
        stopStems = generic
        var acronyms: [String: Expansion] = [:]
        var loose: [String: Expansion] = [:]
        var phrases: [(stems: [String], acronymStem: String)] = []
        let plain = TextAnalyzer(stopWords: stopWords, stopStems: [])
        for entry in glossary.entries {
            let acronymStem = entry.acronym.lowercased()
            let expansionTerms = entry.expansions.first.map { plain.terms(in: $0).filter { !stems.contains($0.surface.lowercased()) }.map(\.stem) } ?? []
            let expansion = Expansion(acronymStem: acronymStem, terms: expansionTerms)
            for form in [entry.acronym] + entry.variants {
                acronyms[form] = expansion
                if form.count >= 4 { loose[form.lowercased()] = expansion }
            }
            for phrase in entry.expansions {
                let stems = plain.terms(in: phrase).map(\.stem)
                if stems.count >= 2 { phrases.append((stems, acronymStem)) }
            }
        }
        self.acronyms = acronyms
        self.looseAcronyms = loose
        // Longest first, so "Children and Young People's Plan" wins over "children and young people".
        let sorted = phrases.sorted { $0.stems.count > $1.stems.count }
        self.phrases = sorted
        var byFirst: [String: [Int]] = [:]
        for (index, phrase) in sorted.enumerated() { byFirst[phrase.stems[0], default: []].append(index) }
        phrasesByFirstStem = byFirst
    }

    private init(stopWords: StopWords, stopStems: Set<String>) {
        self.stopWords = stopWords
        self.stopStems = stopStems
        acronyms = [:]
        looseAcronyms = [:]
        phrases = []
        phrasesByFirstStem = [:]
    }

    /// The terms of `text` in reading order, with glossary expansions inserted after the
    /// acronym they expand and acronyms appended after a written-out expansion.
    /// - Parameter expand: False to keep each acronym as one term and add nothing (for
    ///   keyword phrases, which are matched as written).
    public func terms(in text: String, expand: Bool = true) -> [Term] {
        // Generic words stay in until written-out expansions have been recognised, so
        // "Children and Young Peoples Plan" still adds CYPP when "children" is a stop word.
        var all: [(term: Term, generic: Bool, expanded: Bool)] = []
        for (origin, word) in Tokenizer.words(in: text).enumerated() {
            if let expansion = acronyms[word] ?? looseAcronyms[word.lowercased()] {
                let generic = stopStems.contains(word.lowercased()) || stopStems.contains(expansion.acronymStem)
                all.append((Term(stem: expansion.acronymStem, surface: word, origin: origin), generic, false))
                if expand, !generic {
                    all.append(contentsOf: expansion.terms.map { (Term(stem: $0, surface: word, origin: origin), false, true) })
                }
                continue
            }
            let lower = word.lowercased()
            if stopWords.contains(lower) { continue }
            if lower.count < 2, !lower.allSatisfy(\.isNumber) { continue }
            let stem = WordStem.of(lower)
            all.append((Term(stem: stem, surface: word, origin: origin), stopStems.contains(lower), false))
        }
        guard expand, !phrases.isEmpty else { return all.filter { !$0.generic }.map(\.term) }
        var out: [Term] = []
        var index = 0
        while index < all.count {
            var consumed = 1
            let candidates = all[index].expanded ? [] : phrasesByFirstStem[all[index].term.stem] ?? []
            for phrase in candidates.lazy.map({ phrases[$0] }) where index + phrase.stems.count <= all.count {
                let window = all[index..<index + phrase.stems.count]
                if zip(window, phrase.stems).allSatisfy({ $0.term.stem == $1 }),
                   index + phrase.stems.count == all.count || all[index + phrase.stems.count].term.stem != phrase.acronymStem {
                    out.append(contentsOf: window.filter { !$0.generic }.map(\.term))
                    if !stopStems.contains(phrase.acronymStem) {
                        out.append(Term(
                            stem: phrase.acronymStem, surface: window.map(\.term.surface).joined(separator: " "),
                            origin: all[index].term.origin))
                    }
                    consumed = phrase.stems.count
                    break
                }
            }
            if consumed == 1, !all[index].generic { out.append(all[index].term) }
            index += consumed
        }
        return out
    }
}
