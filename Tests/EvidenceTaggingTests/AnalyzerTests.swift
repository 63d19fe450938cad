@testable import EvidenceTagging
import PipelineCore
import Testing

struct AnalyzerTests {
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
