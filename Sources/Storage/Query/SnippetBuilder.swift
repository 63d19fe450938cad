import TextAnalysis

/// Builds the highlighted snippet shown with a search hit: a window of the item's original
/// text around the most matched words, each match wrapped in `**`.
///
/// Done in Swift rather than by `snippet()` or `ts_headline()` so the original spelling is
/// shown while matching uses the folded one, and both stores give the same snippet.
package enum SnippetBuilder {
    /// Words either side of the matches kept in the window.
    static let windowWords = 32

    /// The snippet of `text` for `terms`.
    package static func snippet(of text: String, highlighting terms: [HighlightTerm]) -> String {
        let words = wordRanges(in: text)
        guard !words.isEmpty else { return text }
        let wordKeys = Set(terms.compactMap { term -> String? in
            if case .word(let word) = term { return stem(SpellingNormalizer.fold(word.lowercased())) }
            return nil
        })
        let prefixes = terms.compactMap { term -> String? in
            if case .prefix(let stem) = term { return SpellingNormalizer.fold(stem.lowercased()) }
            return nil
        }
        let matched = words.map { range -> Bool in
            let folded = SpellingNormalizer.fold(text[range].lowercased())
            return wordKeys.contains(stem(folded)) || prefixes.contains { folded.hasPrefix($0) }
        }
        var bestStart = 0
        var bestCount = -1
        let window = min(windowWords, words.count)
        var count = matched[0..<window].filter { $0 }.count
        for start in 0...(words.count - window) {
            if start > 0 {
                if matched[start - 1] { count -= 1 }
                if matched[start + window - 1] { count += 1 }
            }
            if count > bestCount {
                bestCount = count
                bestStart = start
            }
        }
        if bestCount > 0, let first = matched[bestStart...].firstIndex(of: true), first - bestStart > 4 {
            bestStart = max(0, min(first - 4, words.count - window))
        }
        let lastWord = bestStart + window - 1
        var out = bestStart > 0 ? "…" : ""
        var cursor = bestStart > 0 ? words[bestStart].lowerBound : text.startIndex
        for index in bestStart...lastWord {
            let range = words[index]
            out += text[cursor..<range.lowerBound]
            out += matched[index] ? "**\(text[range])**" : String(text[range])
            cursor = range.upperBound
        }
        if lastWord == words.count - 1 {
            out += text[cursor...]
        } else {
            out += "…"
        }
        return out
    }

    /// The stem highlights are matched by (commissioned, commissioning → commiss).
    package static func stem(_ word: String) -> String {
        PorterStemmer.stem(word)
    }

    private static func wordRanges(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let isWord = text[index].isLetter || text[index].isNumber
            if isWord, start == nil { start = index }
            if !isWord, let begun = start {
                ranges.append(begun..<index)
                start = nil
            }
            index = text.index(after: index)
        }
        if let begun = start { ranges.append(begun..<text.endIndex) }
        return ranges
    }
}
