import PipelineCore
import Testing
import TestSupport
@testable import Segmentation

/// The segmenter on the seeds as other tool chains render them (`Corpus/renditions/`),
/// checked against what those files print.
struct RenditionSegmentationTests {
    /// The scrutiny report's summary recommendations printed "1." (Word numbering through a
    /// LibreOffice PDF) or "Recommendation 1:" (pandoc DOCX, Chromium PDF), with the action
    /// plan restating them as "(21)" … "(40)".
    @Test(arguments: [
        "renditions/pdf-libreoffice/barking-dagenham-scrutiny.pdf",
        "renditions/docx-pandoc/barking-dagenham-scrutiny.docx",
        "renditions/pdf-chromium/barking-dagenham-scrutiny.pdf",
    ])
    func readsSummaryRecommendationsInEveryLabelStyle(rendition: String) throws {
        let (_, review, diagnostics) = try CorpusReview.review(rendition)
        #expect(review.document.kind == .scrutinyReport)
        #expect(review.recommendations.map(\.number) == (1...20).map(String.init))
        let first = try #require(review.recommendations.first)
        #expect(first.text.hasPrefix("The Children's Trust institute a Forward Plan and work programme for Trust meetings"))
        #expect(first.theme == "Children's Trust meetings")
        #expect(first.planNumber == "21")
        #expect(first.planLocation != nil)
        let last = try #require(review.recommendations.last)
        #expect(last.text.hasPrefix("Scrutiny Management Board consider establishing ad hoc Scrutiny Panels"))
        #expect(diagnostics.warnings.map(\.code).contains("plan-numbering-disagrees"))
    }

    /// The survey report's lettered recommendations printed "Recommendation a:".
    @Test(arguments: [
        "renditions/docx-pandoc/london-vcs-representation.docx",
        "renditions/pdf-chromium/london-vcs-representation.pdf",
    ])
    func readsNamedLetteredRecommendations(rendition: String) throws {
        let (_, review, _) = try CorpusReview.review(rendition)
        #expect(review.recommendations.map(\.number) == ["a", "b", "c", "d"])
        #expect(review.recommendations.first?.text.hasPrefix("Following the findings of this report about the lack of VCS strategic representation") == true)
        #expect(review.recommendations.last?.text.hasPrefix("Good practice should be shared across London") == true)
    }

    /// A numbered list that no lead-in or heading calls recommendations stays out
    /// ("1. Increase capacity of the VCS …" on the survey report's first page).
    @Test func leavesOtherNumberedListsAlone() throws {
        let (_, review, _) = try CorpusReview.review("renditions/pdf-chromium/london-vcs-representation.pdf")
        #expect(!review.recommendations.contains { $0.text.hasPrefix("Increase capacity of the VCS") })
    }

    /// Thurrock's domain ratings as a word ("RAG rating | Amber", LibreOffice DOCX), a
    /// letter ("RAG rating | A", pandoc DOCX, LibreOffice PDF) or a line ("RAG rating
    /// Amber", pdfLaTeX): governance A, strategy G, delivery A, processes R.
    @Test(arguments: [
        "renditions/docx-libreoffice/thurrock-self-evaluation.docx",
        "renditions/docx-pandoc/thurrock-self-evaluation.docx",
        "renditions/pdf-libreoffice/thurrock-self-evaluation.pdf",
        "renditions/pdf-pandoc/thurrock-self-evaluation.pdf",
    ])
    func readsRatingsWrittenBesideTheirLabel(rendition: String) throws {
        let (_, review, _) = try CorpusReview.review(rendition)
        #expect(review.domains.map(\.id) == ["governance", "strategy", "delivery", "processes"])
        #expect(review.domains.map { $0.rating?.level } == [.amber, .green, .amber, .red])
        #expect(!review.actions.contains { $0.text.hasPrefix("RAG rating") })
    }

    /// Hertfordshire's grades closing the question's line ("…of the VCS? (Feb 08 grade: B)").
    @Test(arguments: [
        "renditions/docx-pandoc/hertfordshire-self-evaluation.docx",
        "renditions/pdf-pandoc/hertfordshire-self-evaluation.pdf",
    ])
    func readsGradesClosingTheQuestionLine(rendition: String) throws {
        let (_, review, _) = try CorpusReview.review(rendition)
        let first = try #require(review.questions.first)
        #expect(first.text == "To what extent does the children’s trust or partnership ensure sustained and meaningful engagement of the VCS?")
        #expect(first.rating?.raw == "B")
        #expect(first.rating?.level == .amber)
        #expect(review.questions.map { $0.rating?.raw }.prefix(3) == ["B", "A", "B"])
    }

    /// The action plan of the pdfLaTeX rendition, whose table has no rules and no header the
    /// reader can use: its "(21)" … rows restate recommendations (1) … and are not new ones.
    @Test func takesRestatingPlanRowsForPlanRows() throws {
        let (_, review, diagnostics) = try CorpusReview.review("renditions/pdf-pandoc/barking-dagenham-scrutiny.pdf")
        #expect(review.recommendations.map(\.number) == (1...20).map(String.init))
        let first = try #require(review.recommendations.first)
        #expect(first.text.hasPrefix("The Children’s Trust institute a Forward Plan"))
        #expect(first.planNumber == "21")
        #expect(diagnostics.warnings.map(\.code).contains("plan-numbering-disagrees"))
    }
}
