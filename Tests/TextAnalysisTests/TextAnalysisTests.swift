@testable import TextAnalysis
import Testing

/// The one text core: words, spelling, stems, stop words and similarity, on phrases the
/// corpus documents write.
struct TextAnalysisTests {
    @Test(arguments: [
        ("Extended Schools ,Children’s Centres, NGO’s, TCVS, MAGS", ["Extended", "Schools", "Children", "Centres", "NGO", "TCVS", "MAGS"]),
        ("A realistic work-programme to implement integrated joint", ["A", "realistic", "work", "programme", "to", "implement", "integrated", "joint"]),
        ("integrated with the Council's Neighbourhood management structure", ["integrated", "with", "the", "Council", "Neighbourhood", "management", "structure"]),
        ("the management of Children’s Centres phase 1&2", ["the", "management", "of", "Children", "Centres", "phase", "1", "2"]),
        ("Children s Trust", ["Children", "Trust"]),
        ("organisation(s) funded", ["organisation", "funded"]),
    ])
    func splitsWordsDroppingPossessives(text: String, words: [String]) {
        #expect(Tokenizer.words(in: text) == words)
    }

    /// The scalar-wise reading gives exactly what the character-wise one does.
    @Test(arguments: [
        "the Council's plan", "Children s Trust", "organisation(s) funded", "it's  S s 's", "'s start", "end's",
        "IT'S HERE\r\nnext\tline", "a1b2 3c's4", "sector's-led", "x's", "", "   ", "O'Brien's and O'Neill",
        "Children’s Centres", "NGO’s, TCVS", "café’s menu", "ÉCOLE Über straße", "½ done, ² squared", "Year 2’s 3rd",
        "it’sé", "naïve coöperation", "— dash – en", "Ελληνικά κείμενα’s",
        "𝔄𝔅 words 😀 here", "ship’S log", "x'S", "rock'n'roll", "Zürich's ÅNGSTRÖM", "ÉÉ's", "日本語の文書’s",
    ])
    func readsScalarsAsCharactersDo(text: String) {
        #expect(Tokenizer.scalarWords(in: text, lowercased: false) == Tokenizer.characterWords(in: text))
        #expect(Tokenizer.scalarWords(in: text, lowercased: true) == Tokenizer.characterWords(in: text).map { $0.lowercased() })
    }

    @Test func leavesJoiningScalarsToTheCharacterReading() {
        #expect(Tokenizer.scalarWords(in: "it's\u{301} done", lowercased: false) == nil)
        #expect(Tokenizer.scalarWords(in: "e\u{301}cole", lowercased: false) == nil)
        #expect(Tokenizer.words(in: "e\u{301}cole’s menu") == ["e\u{301}cole", "menu"])
    }

    @Test func lowerCasesWordsOnRequest() {
        #expect(Tokenizer.lowercaseWords(in: "Inter-agency governance") == ["inter", "agency", "governance"])
    }

    @Test(arguments: [
        ("organisation", "organization"), ("organisations", "organizations"), ("prioritised", "prioritized"),
        ("prioritising", "prioritizing"), ("neighbourhood", "neighborhood"), ("behaviour", "behavior"),
        ("centres", "centers"), ("programme", "program"), ("analysing", "analyzing"), ("catalysed", "catalyzed"),
        ("judgement", "judgment"), ("organization", "organization"), ("four", "four"), ("hour", "hour"),
        ("size", "size"), ("rise", "rise"),
    ])
    func foldsBritishSpellingOntoAmerican(word: String, folded: String) {
        #expect(SpellingFold.fold(word) == folded)
    }

    @Test(arguments: [
        ("engagement", "engag"), ("engaged", "engag"), ("commissioning", "commiss"), ("safeguarding", "safeguard"),
        ("representation", "represent"), ("representatives", "repres"), ("caresses", "caress"), ("ponies", "poni"),
    ])
    func stemsLikePorter(word: String, stem: String) {
        #expect(PorterStemmer.stem(word) == stem)
    }

    @Test func matchesBothSpellingsByOneStem() {
        #expect(WordStem.of("Organisations") == "organ")
        #expect(WordStem.of("organizations") == "organ")
        #expect(WordStem.of("prioritised") == WordStem.of("prioritized"))
        #expect(WordStem.of("Neighbourhood") == "neighborhood")
    }

    @Test func dropsTheShippedEnglishStopWords() {
        #expect(StopWords.english.contentWords(in: "The Self Evaluation and Action plan are part of a range of activity")
            == ["self", "evaluation", "action", "plan", "part", "range", "activity"])
        #expect(StopWords.english.contains("The"))
        #expect(!StopWords.english.contains("children"))
    }

    @Test func readsAStopWordListFromLinesWithComments() {
        let list = StopWords(lines: "# generic words\nChildren\n\n sector  # everywhere\n")
        #expect(list.words == ["children", "sector"])
        #expect(list.adding(["VCS"]).words == ["children", "sector", "vcs"])
    }

    @Test func comparesWordSetsAndSequencesByDice() {
        // {realistic, work, programme} and {work, programme, agreed}: 2 shared of 3 + 3.
        #expect(Similarity.dice(Set(["realistic", "work", "programme"]), Set(["work", "programme", "agreed"])) == 4.0 / 6.0)
        #expect(Similarity.dice(Set<String>(), Set(["work"])) == 0)
        // "ngo ngo" against "ngo": one shared of 2 + 1.
        #expect(Similarity.dice(["ngo", "ngo"], ["ngo"]) == 2.0 / 3.0)
        #expect(Similarity.dice([String](), [String]()) == 1)
    }

    @Test func comparesRunTogetherNamesByCharacters() {
        // "Ann Jansz" and "AnnJansz" have the same bigrams: an, nn, nj, ja, an, ns, sz.
        #expect(Similarity.characters("Ann Jansz", "AnnJansz") == 1)
        // "lead" and "load": bigrams le, ea, ad and lo, oa, ad share one of 3 + 3.
        #expect(Similarity.characters("lead", "load") == 2.0 / 6.0)
        #expect(Similarity.characters("a", "A") == 1)
    }
}
