@testable import EvidenceTagging
import PipelineCore
import Testing

struct AnalyzerTests {
    @Test(arguments: [
        ("engagement", "engag"), ("engaged", "engag"), ("commissioning", "commiss"), ("safeguarding", "safeguard"),
        ("representation", "represent"), ("representatives", "repres"), ("organisations", "organis"), ("caresses", "caress"), ("ponies", "poni"),
    ])
    func stemsLikePorter(_ word: String, _ stem: String) {
        #expect(PorterStemmer.stem(word) == stem)
    }

    @Test(arguments: [("organization", "organisation"), ("neighborhood", "neighbourhood"), ("prioritized", "prioritised"),
                      ("center", "centre"), ("program", "programme"), ("analyzing", "analysing"), ("size", "size")])
    func foldsAmericanSpelling(_ american: String, _ british: String) {
        #expect(SpellingFolder.fold(american) == british)
    }

    @Test func expandsAcronymsAndRecognisesWrittenOutExpansions() {
        let glossary = Glossary(entries: [Glossary.Entry(acronym: "CAF", expansions: ["Common Assessment Framework"])])
        let analyzer = TextAnalyzer(glossary: glossary)
        #expect(analyzer.terms(in: "CAF training").map(\.stem) == ["caf", "common", "assess", "framework", "train"])
        #expect(analyzer.terms(in: "the Common Assessment Framework").map(\.stem) == ["common", "assess", "framework", "caf"])
        #expect(analyzer.terms(in: "CAF").first?.surface == "CAF")
    }

    @Test func dropsPossessivesAndStopWords() {
        let analyzer = TextAnalyzer(extraStopWords: ["sector"])
        #expect(analyzer.terms(in: "The NGO’s role in the sector's plans").map(\.surface) == ["NGO", "role", "plans"])
    }
}
