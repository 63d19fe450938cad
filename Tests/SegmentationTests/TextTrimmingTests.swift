@testable import Segmentation
import Testing

/// Trimming a set of characters and whitespace from both ends: text that opens and closes with
/// a plain letter or digit comes back whole, and everything else as the character walk gives it.
struct TextTrimmingTests {
    /// The character walk the quick return must agree with.
    static func walked(_ text: String, _ characters: Set<Character>) -> String {
        var slice = Substring(text)
        while let first = slice.first, characters.contains(first) || first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) || last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }

    @Test(arguments: [
        "Council", "a", "(a)", " spaced ", "Recommendation 1.", "x\u{301}", "e\u{301}cole a", "ab\u{301}", "1a", "a1",
        "”quoted’", "\r\nline\r\n", "z\u{20E3}", "Kent County Council", "2025", "A)", "\u{0600}1", "ok\u{0600}1", "tab\tend",
    ])
    func trimsAsTheCharacterWalkDoes(text: String) {
        for set in ["().:", "”’\"')", "ab", "1", ""] {
            #expect(text.trimming(set) == Self.walked(text, Set(set)))
        }
    }
}
