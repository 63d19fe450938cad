/// The hand-labelled answers for one document: a seed (`Corpus/gold/<name>.json`, the same
/// answers for every rendition of it) or a real paper (`Corpus/gold/real/<name>.json`, with
/// its `source` under `../shared` and its `split`), as the gold READMEs describe them: what a
/// perfect run would output, field by field.
public struct GoldDocument: Codable, Hashable, Sendable {
    /// The document's name: the seed's name shared by its renditions, or the paper's file stem.
    public var name: String
    /// A real paper's file, relative to the shared folder beside the repository; nil for seeds.
    public var source: String?
    /// A real paper's split, `tune` or `unseen`; nil for seeds.
    public var split: String?
    /// Free words saying what the paper is.
    public var genre: String?
    /// Kind, title, authority, date, meeting and decision number.
    public var document: GoldInfo
    /// SET domain sections.
    public var domains: [GoldDomain]?
    /// SET questions.
    public var questions: [GoldQuestion]?
    /// Evidence items.
    public var evidence: [GoldEvidence]?
    /// Actions and areas for development.
    public var actions: [GoldAction]?
    /// Recommendations.
    public var recommendations: [GoldRecommendation]?
    /// Decisions: resolutions of minutes, records of decision, proposals.
    public var decisions: [GoldDecision]?
    /// Warning codes a run must emit.
    public var warnings: [String]?

    /// Creates a gold document.
    public init(
        name: String, source: String? = nil, split: String? = nil, genre: String? = nil, document: GoldInfo,
        domains: [GoldDomain]? = nil, questions: [GoldQuestion]? = nil, evidence: [GoldEvidence]? = nil,
        actions: [GoldAction]? = nil, recommendations: [GoldRecommendation]? = nil, decisions: [GoldDecision]? = nil,
        warnings: [String]? = nil
    ) {
        self.name = name
        self.source = source
        self.split = split
        self.genre = genre
        self.document = document
        self.domains = domains
        self.questions = questions
        self.evidence = evidence
        self.actions = actions
        self.recommendations = recommendations
        self.decisions = decisions
        self.warnings = warnings
    }
}

/// Gold facts about a document as a whole.
///
/// `title`, `meeting` and `decisionNumber` are scored only when the file has their keys
/// (the seed gold predates them); a key given as null means "the paper states none".
public struct GoldInfo: Codable, Hashable, Sendable {
    /// The kind (`self-evaluation`, `committee-report`, `minutes`, …) as labelled.
    public var kind: String?
    /// The title the paper gives itself, or nil.
    public var title: String?
    /// The authority the document is about, or nil.
    public var authority: String?
    /// The document's own date at the precision it states, or nil.
    public var date: String?
    /// The body the paper goes to or records, or nil.
    public var meeting: String?
    /// The decision reference as printed, or nil.
    public var decisionNumber: String?
    /// The optional keys the file leaves out, which are therefore not scored.
    public var unlabelled: Set<String>

    /// Creates gold document facts; every field is labelled.
    public init(
        kind: String? = nil, title: String? = nil, authority: String? = nil, date: String? = nil, meeting: String? = nil,
        decisionNumber: String? = nil, unlabelled: Set<String> = []
    ) {
        self.kind = kind
        self.title = title
        self.authority = authority
        self.date = date
        self.meeting = meeting
        self.decisionNumber = decisionNumber
        self.unlabelled = unlabelled
    }

    private enum CodingKeys: String, CodingKey {
        case kind, title, authority, date, meeting, decisionNumber
    }

    /// Reads the facts, noting which of the later keys the file leaves out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decodeIfPresent(String.self, forKey: .kind)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        authority = try container.decodeIfPresent(String.self, forKey: .authority)
        date = try container.decodeIfPresent(String.self, forKey: .date)
        meeting = try container.decodeIfPresent(String.self, forKey: .meeting)
        decisionNumber = try container.decodeIfPresent(String.self, forKey: .decisionNumber)
        unlabelled = Set([CodingKeys.title, .meeting, .decisionNumber].filter { !container.contains($0) }.map(\.stringValue))
    }

    /// Writes the labelled facts.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(authority, forKey: .authority)
        try container.encode(date, forKey: .date)
        if !unlabelled.contains("title") { try container.encode(title, forKey: .title) }
        if !unlabelled.contains("meeting") { try container.encode(meeting, forKey: .meeting) }
        if !unlabelled.contains("decisionNumber") { try container.encode(decisionNumber, forKey: .decisionNumber) }
    }
}

/// A gold domain section.
public struct GoldDomain: Codable, Hashable, Sendable {
    /// The domain id (`governance`).
    public var id: String
    /// The heading as written.
    public var heading: String?
    /// The rating level (`green`, `amber`, `red`), or nil.
    public var rating: String?
    /// Formats in which the rating can be seen; nil means all.
    public var ratingVisibleIn: [String]?

    /// Creates a gold domain.
    public init(id: String, heading: String? = nil, rating: String? = nil, ratingVisibleIn: [String]? = nil) {
        self.id = id
        self.heading = heading
        self.rating = rating
        self.ratingVisibleIn = ratingVisibleIn
    }
}

/// A gold SET question.
public struct GoldQuestion: Codable, Hashable, Sendable {
    /// The domain section the item sits in, or nil.
    public var domain: String?
    /// The label as printed ("a)", "1."), or nil.
    public var label: String?
    /// Formats in which the label is printed; nil means all.
    public var labelVisibleIn: [String]?
    /// The item's full text as the document writes it.
    public var text: String
    /// The SET question id, or nil when the framework lacks it.
    public var setQuestion: String?
    /// The rating level (`green`, `amber`, `red`), or nil.
    public var rating: String?
    /// The rating as written ("B"), or nil.
    public var ratingRaw: String?
    /// Formats in which the rating can be seen; nil means all.
    public var ratingVisibleIn: [String]?

    /// Creates a gold question.
    public init(domain: String? = nil, label: String? = nil, text: String, setQuestion: String? = nil, rating: String? = nil, ratingRaw: String? = nil, ratingVisibleIn: [String]? = nil, labelVisibleIn: [String]? = nil) {
        self.domain = domain
        self.label = label
        self.labelVisibleIn = labelVisibleIn
        self.text = text
        self.setQuestion = setQuestion
        self.rating = rating
        self.ratingRaw = ratingRaw
        self.ratingVisibleIn = ratingVisibleIn
    }
}

/// A gold evidence item.
public struct GoldEvidence: Codable, Hashable, Sendable {
    /// The domain section the item sits in, or nil.
    public var domain: String?
    /// The item's full text as the document writes it.
    public var text: String
    /// SET question ids a careful reader files it under, best first; nil when not labelled.
    public var tags: [String]?

    /// Creates a gold evidence item.
    public init(domain: String? = nil, text: String, tags: [String]? = nil) {
        self.domain = domain
        self.text = text
        self.tags = tags
    }
}

/// A gold action or area for development.
public struct GoldAction: Codable, Hashable, Sendable {
    /// The kind (`self-evaluation`, `action`, …) as labelled.
    public var kind: String?
    /// The domain section the item sits in, or nil.
    public var domain: String?
    /// The label as printed ("a)", "1."), or nil.
    public var label: String?
    /// Formats in which the label is printed; nil means all.
    public var labelVisibleIn: [String]?
    /// The item's full text as the document writes it.
    public var text: String
    /// People or bodies named as lead.
    public var owners: [String]?
    /// The timeframe words as written, or nil.
    public var timeframe: String?
    /// The normalised due date, or nil.
    public var due: String?
    /// `completed`, `ongoing`, `not-started`, or nil.
    public var status: String?
    /// SET question ids a careful reader files the item under, best first; nil when not labelled.
    public var tags: [String]?

    /// Creates a gold action.
    public init(kind: String? = nil, domain: String? = nil, label: String? = nil, text: String, owners: [String]? = nil, timeframe: String? = nil, due: String? = nil, status: String? = nil, tags: [String]? = nil, labelVisibleIn: [String]? = nil) {
        self.kind = kind
        self.domain = domain
        self.label = label
        self.labelVisibleIn = labelVisibleIn
        self.text = text
        self.owners = owners
        self.timeframe = timeframe
        self.due = due
        self.status = status
        self.tags = tags
    }
}

/// A gold recommendation.
///
/// `verb`, `addressee`, `response` and `responseDecision` are scored only when the file has
/// their keys (the seed gold predates them); `planNumber` likewise (the genre and real-paper
/// gold label it only where a plan restates the recommendations).
public struct GoldRecommendation: Codable, Hashable, Sendable {
    /// The number or letter without brackets ("1", "a"), or nil when unnumbered.
    public var number: String?
    /// The leading verb in upper case ("NOTE", "APPROVE"), or nil.
    public var verb: String?
    /// The body asked ("Cabinet"), or nil.
    public var addressee: String?
    /// The theme heading above it, or nil.
    public var theme: String?
    /// The item's full text as the document writes it.
    public var text: String
    /// People or bodies named as lead.
    public var owners: [String]?
    /// The normalised due date, or nil.
    public var due: String?
    /// The timeframe words as written, or nil.
    public var timeframe: String?
    /// `completed`, `ongoing`, `not-started`, or nil.
    public var status: String?
    /// The progress note without status word or brackets, or nil.
    public var progress: String?
    /// The label the action-plan row carries, or nil.
    public var planNumber: String?
    /// The response a tracker or executive response gives, or nil.
    public var response: String?
    /// `accepted`, `partially-accepted`, `rejected`, or nil.
    public var responseDecision: String?
    /// SET question ids a careful reader files the item under, best first; nil when not labelled.
    public var tags: [String]?
    /// The optional keys the file leaves out, which are therefore not scored.
    public var unlabelled: Set<String>

    /// Creates a gold recommendation; every field is labelled.
    public init(
        number: String? = nil, verb: String? = nil, addressee: String? = nil, theme: String? = nil, text: String,
        owners: [String]? = nil, due: String? = nil, timeframe: String? = nil, status: String? = nil, progress: String? = nil,
        planNumber: String? = nil, response: String? = nil, responseDecision: String? = nil, tags: [String]? = nil,
        unlabelled: Set<String> = []
    ) {
        self.number = number
        self.verb = verb
        self.addressee = addressee
        self.theme = theme
        self.text = text
        self.owners = owners
        self.due = due
        self.timeframe = timeframe
        self.status = status
        self.progress = progress
        self.planNumber = planNumber
        self.response = response
        self.responseDecision = responseDecision
        self.tags = tags
        self.unlabelled = unlabelled
    }

    private enum CodingKeys: String, CodingKey {
        case number, verb, addressee, theme, text, owners, due, timeframe, status, progress, planNumber, response, responseDecision, tags
    }

    /// Reads the recommendation, noting which of the later keys the file leaves out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        number = try container.decodeIfPresent(String.self, forKey: .number)
        verb = try container.decodeIfPresent(String.self, forKey: .verb)
        addressee = try container.decodeIfPresent(String.self, forKey: .addressee)
        theme = try container.decodeIfPresent(String.self, forKey: .theme)
        text = try container.decode(String.self, forKey: .text)
        owners = try container.decodeIfPresent([String].self, forKey: .owners)
        due = try container.decodeIfPresent(String.self, forKey: .due)
        timeframe = try container.decodeIfPresent(String.self, forKey: .timeframe)
        status = try container.decodeIfPresent(String.self, forKey: .status)
        progress = try container.decodeIfPresent(String.self, forKey: .progress)
        planNumber = try container.decodeIfPresent(String.self, forKey: .planNumber)
        response = try container.decodeIfPresent(String.self, forKey: .response)
        responseDecision = try container.decodeIfPresent(String.self, forKey: .responseDecision)
        tags = try container.decodeIfPresent([String].self, forKey: .tags)
        unlabelled = Set([CodingKeys.verb, .addressee, .planNumber, .response, .responseDecision].filter { !container.contains($0) }.map(\.stringValue))
    }

    /// Writes the labelled recommendation.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(number, forKey: .number)
        try container.encode(theme, forKey: .theme)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(owners, forKey: .owners)
        try container.encode(due, forKey: .due)
        try container.encode(timeframe, forKey: .timeframe)
        try container.encode(status, forKey: .status)
        try container.encode(progress, forKey: .progress)
        if !unlabelled.contains(CodingKeys.planNumber.stringValue) { try container.encode(planNumber, forKey: .planNumber) }
        try container.encodeIfPresent(tags, forKey: .tags)
        for (key, value) in [(CodingKeys.verb, verb), (.addressee, addressee), (.response, response), (.responseDecision, responseDecision)]
        where !unlabelled.contains(key.stringValue) {
            try container.encode(value, forKey: key)
        }
    }
}

/// A gold decision: a resolution of minutes, a record of decision, or a tabled proposal.
public struct GoldDecision: Codable, Hashable, Sendable {
    /// `resolution`, `decision` or `proposal`.
    public var kind: String?
    /// The part label ("a", "1"), or nil when unnumbered.
    public var number: String?
    /// The minute's number as printed ("5"), or nil.
    public var item: String?
    /// The decision's words as printed, without label and "RESOLVED that".
    public var text: String
    /// The body whose decision it is, or nil.
    public var decisionMaker: String?
    /// The decision's ISO date, or nil.
    public var date: String?

    /// Creates a gold decision.
    public init(kind: String? = nil, number: String? = nil, item: String? = nil, text: String, decisionMaker: String? = nil, date: String? = nil) {
        self.kind = kind
        self.number = number
        self.item = item
        self.text = text
        self.decisionMaker = decisionMaker
        self.date = date
    }
}
