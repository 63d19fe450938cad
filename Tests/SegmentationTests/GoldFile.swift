import Foundation
import TestSupport

/// The hand-labelled answers for one seed (`Corpus/gold/<name>.json`), as far as tests read them.
struct GoldFile: Decodable {
    struct Info: Decodable {
        var kind: String
        var authority: String?
        var date: String?
    }
    struct Domain: Decodable {
        var id: String
        var heading: String
        var rating: String?
        var ratingVisibleIn: [String]?
    }
    struct Question: Decodable {
        var domain: String?
        var label: String?
        var text: String
        var setQuestion: String?
        var rating: String?
        var ratingRaw: String?
    }
    struct Evidence: Decodable {
        var domain: String?
        var text: String
    }
    struct Action: Decodable {
        var kind: String
        var domain: String?
        var label: String?
        var text: String
        var owners: [String]
        var timeframe: String?
        var due: String?
        var status: String?
    }
    struct Recommendation: Decodable {
        var number: String
        var theme: String?
        var text: String
        var owners: [String]
        var due: String?
        var timeframe: String?
        var status: String?
        var progress: String?
        var planNumber: String?
    }
    var document: Info
    var domains: [Domain]
    var questions: [Question]
    var evidence: [Evidence]
    var actions: [Action]
    var recommendations: [Recommendation]
    var warnings: [String]

    /// The gold file of a seed.
    static func load(_ seed: String) throws -> GoldFile {
        let data = try Data(contentsOf: Corpus.url("gold/\(seed).json"))
        return try JSONDecoder().decode(GoldFile.self, from: data)
    }
}
