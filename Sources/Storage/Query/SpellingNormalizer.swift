import TextAnalysis

/// The folded copy of a text the store indexes and hashes: every word lower-cased and its
/// spelling folded by `TextAnalysis.SpellingFold` (organisation and organization both
/// become `organization`), so either spelling finds both.
///
/// Applied to the indexed copy of every item's text and to every query word; the original
/// text is kept for display and snippets.
package enum SpellingNormalizer {
    /// The folded form of one lower-case word.
    package static func fold(_ word: String) -> String {
        SpellingFold.fold(word)
    }

    /// Text with every word lower-cased and folded; spaces separate words.
    package static func normalize(_ text: String) -> String {
        Tokenizer.lowercaseWords(in: text).map(SpellingFold.fold).joined(separator: " ")
    }
}
