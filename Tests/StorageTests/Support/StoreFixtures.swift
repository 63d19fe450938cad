import Foundation
import PipelineCore
import Storage
import TestSupport

/// The review documents under `Corpus/store-fixtures/`, hand-built from the seeds.
enum StoreFixtures {
    /// Seed 004: Barking and Dagenham's scrutiny report, 20 recommendations with the action plan's owners, dates and status.
    static let scrutinyReport = "barking-dagenham-scrutiny"
    /// The same plan a year on (October 2009): restated, reordered and renumbered, several rows Completed.
    static let progressReport = "barking-dagenham-progress-2009"
    /// Evidence, questions and areas for development from seed 000 (Thurrock).
    static let thurrock = "thurrock-self-evaluation"
    /// Evidence and actions from seed 001 (Hertfordshire).
    static let hertfordshire = "hertfordshire-self-evaluation"
    /// The Sutton case study from seed 003, written with American spelling.
    static let london = "london-vcs-representation"

    /// Every fixture, in a fixed order (the scrutiny report before its progress report).
    static let all = [thurrock, hertfordshire, london, scrutinyReport, progressReport]

    /// One fixture document.
    static func review(_ name: String) throws -> ReviewDocument {
        try JSONDecoder().decode(ReviewDocument.self, from: Data(contentsOf: Corpus.url("store-fixtures/\(name).json")))
    }

    /// The glossary entries the fixtures need, as written in `Pipelines/glossary.yml`.
    static let glossary = Glossary(entries: [
        .init(acronym: "VCS", expansions: ["voluntary and community sector", "voluntary sector"]),
        .init(acronym: "NGO", expansions: ["non governmental organisation", "non-governmental organisation"]),
        .init(acronym: "CAF", expansions: ["Common Assessment Framework"]),
        .init(acronym: "LSCB", expansions: ["Local Safeguarding Children Board"], variants: ["LCSB"]),
        .init(acronym: "CYPP", expansions: ["Children and Young People’s Plan", "Children and Young Peoples Plan"], variants: ["CYYP"]),
        .init(acronym: "PCT", expansions: ["Primary Care Trust"]),
        .init(acronym: "SET", expansions: ["self-evaluation tool", "Self Evaluation Toolkit"]),
        .init(acronym: "DfES", expansions: ["Department for Education and Skills"]),
    ])
}
