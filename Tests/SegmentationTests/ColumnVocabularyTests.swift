@testable import Segmentation
import Testing

/// Column headers named by the vocabulary's column words (genres.yml): by their opening words,
/// and, for a header cell a PDF ran together with its neighbour's, by any word they mention.
struct ColumnVocabularyTests {
    let book = PhraseBook(FrameworkFixture.vocabulary)

    @Test func namesAHeaderByItsOpeningWords() {
        #expect(book.columnRole("Recommendation") == "recommendation")
        // A header a narrow column cut inside its word ("Timescal" ⏎ "e").
        #expect(book.columnRole("Timescal e") == book.columnRole("Timescale"))
        #expect(book.columnRole("Timescale") != nil)
        #expect(book.columnRole("Officer responsible for implementing action / recommendation") == "owner")
        #expect(book.columnRole("Date for implementation of recommendation") == "due")
        #expect(book.columnRole("Recommendation number") == "number")
        #expect(book.columnRole("(in addition to the progress report to Scrutiny)") == nil)
    }

    @Test func namesARunTogetherHeaderByTheWordsItMentions() {
        #expect(book.columnRoleMentioned("(in addition to the progress report to Scrutiny)") == "progress")
        #expect(book.columnRoleMentioned("Date recommendationProgress monitoring to") == "due")
        #expect(book.mentions(role: "owner", inHeader: "Named lead officer"))
        #expect(!book.mentions(role: "status", inHeader: "Named lead officer"))
        #expect(book.columnRoleMentioned("Comments of the panel") == "progress")
        #expect(book.columnRoleMentioned("") == nil)
    }
}
