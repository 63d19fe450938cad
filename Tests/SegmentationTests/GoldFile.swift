import Foundation
import Evaluation
import TestSupport

/// The hand-labelled answers for one seed (`Corpus/gold/<name>.json`), read with the
/// scorer's own gold types; sections a file leaves out read as empty.
struct GoldFile {
    let gold: GoldDocument

    var document: GoldInfo { gold.document }
    var domains: [GoldDomain] { gold.domains ?? [] }
    var questions: [GoldQuestion] { gold.questions ?? [] }
    var evidence: [GoldEvidence] { gold.evidence ?? [] }
    var actions: [GoldAction] { gold.actions ?? [] }
    var recommendations: [GoldRecommendation] { gold.recommendations ?? [] }
    var warnings: [String] { gold.warnings ?? [] }

    /// The gold file of a seed.
    static func load(_ seed: String) throws -> GoldFile {
        let data = try Data(contentsOf: Corpus.url("gold/\(seed).json"))
        return GoldFile(gold: try JSONDecoder().decode(GoldDocument.self, from: data))
    }
}
