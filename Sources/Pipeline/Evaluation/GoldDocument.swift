/// The hand-labelled answers for one seed (`Corpus/gold/<name>.json`), as described in the
/// gold format: what a perfect run would output, field by field.
public struct GoldDocument: Codable, Hashable, Sendable {
    /// The seed's name, shared by all its renditions.
    public var name: String
    /// Kind, authority and date.
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
    /// Warning codes a run must emit.
    public var warnings: [String]?

    /// Creates a gold document.
    public init(
        name: String, document: GoldInfo, domains: [GoldDomain]? = nil, questions: [GoldQuestion]? = nil,
        evidence: [GoldEvidence]? = nil, actions: [GoldAction]? = nil, recommendations: [GoldRecommendation]? = nil,
        warnings: [String]? = nil
    ) {
        self.name = name
        self.document = document
        self.domains = domains
        self.questions = questions
        self.evidence = evidence
        self.actions = actions
        self.recommendations = recommendations
        self.warnings = warnings
    }
}

/// Gold kind, authority and date of a document.
public struct GoldInfo: Codable, Hashable, Sendable {
    public var kind: String?
    public var authority: String?
    public var date: String?

    /// Creates gold document facts.
    public init(kind: String? = nil, authority: String? = nil, date: String? = nil) {
        self.kind = kind
        self.authority = authority
        self.date = date
    }
}

/// A gold domain section.
public struct GoldDomain: Codable, Hashable, Sendable {
    public var id: String
    public var heading: String?
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
    public var domain: String?
    public var label: String?
    public var text: String
    public var setQuestion: String?
    public var rating: String?
    public var ratingRaw: String?
    /// Formats in which the rating can be seen; nil means all.
    public var ratingVisibleIn: [String]?

    /// Creates a gold question.
    public init(domain: String? = nil, label: String? = nil, text: String, setQuestion: String? = nil, rating: String? = nil, ratingRaw: String? = nil, ratingVisibleIn: [String]? = nil) {
        self.domain = domain
        self.label = label
        self.text = text
        self.setQuestion = setQuestion
        self.rating = rating
        self.ratingRaw = ratingRaw
        self.ratingVisibleIn = ratingVisibleIn
    }
}

/// A gold evidence item.
public struct GoldEvidence: Codable, Hashable, Sendable {
    public var domain: String?
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
    public var kind: String?
    public var domain: String?
    public var label: String?
    public var text: String
    public var owners: [String]?
    public var timeframe: String?
    public var due: String?
    public var status: String?
    public var tags: [String]?

    /// Creates a gold action.
    public init(kind: String? = nil, domain: String? = nil, label: String? = nil, text: String, owners: [String]? = nil, timeframe: String? = nil, due: String? = nil, status: String? = nil, tags: [String]? = nil) {
        self.kind = kind
        self.domain = domain
        self.label = label
        self.text = text
        self.owners = owners
        self.timeframe = timeframe
        self.due = due
        self.status = status
        self.tags = tags
    }
}

/// A gold recommendation.
public struct GoldRecommendation: Codable, Hashable, Sendable {
    public var number: String?
    public var theme: String?
    public var text: String
    public var owners: [String]?
    public var due: String?
    public var timeframe: String?
    public var status: String?
    public var progress: String?
    public var planNumber: String?
    public var tags: [String]?

    /// Creates a gold recommendation.
    public init(number: String? = nil, theme: String? = nil, text: String, owners: [String]? = nil, due: String? = nil, timeframe: String? = nil, status: String? = nil, progress: String? = nil, planNumber: String? = nil, tags: [String]? = nil) {
        self.number = number
        self.theme = theme
        self.text = text
        self.owners = owners
        self.due = due
        self.timeframe = timeframe
        self.status = status
        self.progress = progress
        self.planNumber = planNumber
        self.tags = tags
    }
}
