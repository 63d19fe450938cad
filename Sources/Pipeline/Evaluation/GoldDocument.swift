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
    /// The kind (`self-evaluation`, `action`, …) as labelled.
    public var kind: String?
    /// The authority the document is about, or nil.
    public var authority: String?
    /// The document's own date at the precision it states, or nil.
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
    /// The number or letter without brackets ("1", "a").
    public var number: String?
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
    /// SET question ids a careful reader files the item under, best first; nil when not labelled.
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
