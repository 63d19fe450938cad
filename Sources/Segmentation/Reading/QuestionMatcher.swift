package import PipelineCore

/// Matches a question a document asks against the framework's questions and their
/// variants by shared content words; a match must clear a threshold and lead the runner-up.
package struct QuestionMatcher: Sendable {
    /// One framework question with the word sets of its text and variants.
    struct Candidate: Sendable {
        var id: String
        var domain: String
        var wordSets: [Set<String>]
    }

    private let candidates: [Candidate]
    /// The lowest similarity that counts as a match.
    package var threshold = 0.6
    /// How far the best match must lead the best match of another question.
    package var margin = 0.08

    /// Creates a matcher over a framework's questions.
    package init(framework: Framework) {
        candidates = framework.domains.flatMap { domain in
            domain.questions.map { question in
                Candidate(
                    id: question.id, domain: domain.id,
                    wordSets: ([question.text] + question.variants).map { Set(TextTools.contentWords($0)) })
            }
        }
    }

    /// The framework question a text asks and the score, or nil with the best score seen.
    package func match(_ text: String) -> (id: String?, score: Double) {
        let words = Set(TextTools.contentWords(text))
        var scored: [(id: String, score: Double)] = candidates.map { candidate in
            (candidate.id, candidate.wordSets.map { TextTools.similarity(words, $0) }.max() ?? 0)
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
        guard let best = scored.first else { return (nil, 0) }
        let runnerUp = scored.count > 1 ? scored[1].score : 0
        let rounded = (best.score * 1000).rounded() / 1000
        if best.score >= threshold && best.score - runnerUp >= margin {
            return (best.id, rounded)
        }
        return (nil, rounded)
    }
}
