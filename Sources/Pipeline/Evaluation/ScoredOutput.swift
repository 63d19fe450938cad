/// The fields of a review JSON the scorer compares, read back from the JSON a run writes,
/// so a field stages add later (such as a recommendation's `planNumber`) is scored as soon
/// as it appears in the output.
struct ScoredOutput: Decodable {
    struct Info: Decodable {
        var kind: String?
        var authority: String?
        var date: String?
        var format: String?
    }
    struct Rating: Decodable {
        var raw: String?
        var level: String?
    }
    struct Tag: Decodable {
        var setQuestion: String
    }
    struct Domain: Decodable {
        var id: String
        var heading: String?
        var rating: Rating?
    }
    struct Question: Decodable {
        var domain: String?
        var label: String?
        var text: String
        var setQuestion: String?
        var rating: Rating?
    }
    struct Evidence: Decodable {
        var domain: String?
        var text: String
        var tags: [Tag]?
    }
    struct Action: Decodable {
        var kind: String?
        var domain: String?
        var label: String?
        var text: String
        var owners: [String]?
        var timeframe: String?
        var due: String?
        var status: String?
        var tags: [Tag]?
    }
    struct Recommendation: Decodable {
        var number: String?
        var theme: String?
        var text: String
        var owners: [String]?
        var due: String?
        var timeframe: String?
        var status: String?
        var progress: String?
        var planNumber: String?
        var tags: [Tag]?
    }
    struct Warning: Decodable {
        var code: String
    }

    var document: Info
    var domains: [Domain]?
    var questions: [Question]?
    var evidence: [Evidence]?
    var actions: [Action]?
    var recommendations: [Recommendation]?
    var warnings: [Warning]?
}
