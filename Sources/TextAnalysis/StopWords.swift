import Foundation

/// Words too common to tell two texts apart, compared in lower case.
///
/// The English function words ship as data with the package (`Resources/stop-words.txt`,
/// one word a line); a pipeline can add its own (the tagger's generic words) by building a
/// list from its options.
public struct StopWords: Hashable, Sendable {
    /// The words, lower case.
    public let words: Set<String>

    /// Creates a list from `words`, lower-cased.
    public init(_ words: some Sequence<String>) {
        self.words = Set(words.map { $0.lowercased() })
    }

    /// The English function words shipped with the package.
    public static let english = StopWords(lines: englishText)

    /// Creates a list from text with one word a line; blank lines and "#" comments are skipped.
    public init(lines text: String) {
        self.init(text.split(whereSeparator: \.isNewline).compactMap { line -> String? in
            let word = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first?
                .trimmingCharacters(in: .whitespaces) ?? ""
            return word.isEmpty ? nil : word
        })
    }

    /// Whether `word` (any case) is a stop word.
    public func contains(_ word: String) -> Bool {
        words.contains(word.lowercased())
    }

    /// The lower-cased words of `text` that are not stop words, in reading order.
    public func contentWords(in text: String) -> [String] {
        Tokenizer.lowercaseWords(in: text).filter { !words.contains($0) }
    }

    /// The list with `more` added.
    public func adding(_ more: some Sequence<String>) -> StopWords {
        StopWords(words.union(more.map { $0.lowercased() }))
    }

    private static var englishText: String {
        guard let url = Bundle.module.url(forResource: "stop-words", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            preconditionFailure("the stop-word list stop-words.txt is missing from the TextAnalysis resources")
        }
        return text
    }
}
