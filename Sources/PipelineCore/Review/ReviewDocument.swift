/// The review JSON for one input document: what segmentation and tagging found, each item
/// with the place it came from. This is the output contract written to `Output/<name>.json`
/// and loaded into the store.
public struct ReviewDocument: Codable, Hashable, Sendable {
    /// The version of this contract; bumped on any incompatible change.
    public static let currentSchemaVersion = "1.0"

    /// The contract version the document was written with.
    public var schemaVersion: String
    /// What the document is.
    public var document: DocumentInfo
    /// SET domain sections found, in document order.
    public var domains: [DomainSection]
    /// Questions asked, each matched to a SET question or left unmatched.
    public var questions: [Question]
    /// Evidence items: one per paragraph or bullet under an Evidence heading, or per finding.
    public var evidence: [EvidenceItem]
    /// Actions and areas for development.
    public var actions: [ActionItem]
    /// Numbered or lettered recommendations, with what the action plan says of each.
    public var recommendations: [Recommendation]
    /// Anything a reviewer should look at.
    public var warnings: [Warning]

    /// Creates a review document.
    public init(
        schemaVersion: String = ReviewDocument.currentSchemaVersion, document: DocumentInfo,
        domains: [DomainSection] = [], questions: [Question] = [], evidence: [EvidenceItem] = [],
        actions: [ActionItem] = [], recommendations: [Recommendation] = [], warnings: [Warning] = []
    ) {
        self.schemaVersion = schemaVersion
        self.document = document
        self.domains = domains
        self.questions = questions
        self.evidence = evidence
        self.actions = actions
        self.recommendations = recommendations
        self.warnings = warnings
    }
}

/// What kind of document this is.
public enum DocumentKind: String, Codable, Hashable, Sendable, CaseIterable {
    case selfEvaluation = "self-evaluation"
    case scrutinyReport = "scrutiny-report"
    case actionPlan = "action-plan"
    case surveyReport = "survey-report"
    case programmeReport = "programme-report"
    case other
}

/// Identity and provenance of the document.
public struct DocumentInfo: Codable, Hashable, Sendable {
    /// Content hash of the input bytes (the extracted `Document.id`).
    public var id: String
    /// The path the document was read from.
    public var source: String
    /// The input format.
    public var format: DocumentFormat
    /// The title the document gives itself, or nil.
    public var title: String?
    /// The authority the document is about ("Thurrock"), or nil when it names none.
    public var authority: String?
    /// What kind of document it is.
    public var kind: DocumentKind
    /// The document's own date, ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or nil.
    public var date: String?
    /// Pages (PDF), or nil.
    public var pageCount: Int?

    /// Creates document info.
    public init(
        id: String, source: String, format: DocumentFormat, title: String? = nil,
        authority: String? = nil, kind: DocumentKind = .other, date: String? = nil, pageCount: Int? = nil
    ) {
        self.id = id
        self.source = source
        self.format = format
        self.title = title
        self.authority = authority
        self.kind = kind
        self.date = date
        self.pageCount = pageCount
    }
}

/// A rating as the document writes it and the level it means.
public struct Rating: Codable, Hashable, Sendable {
    /// The three SET levels.
    public enum Level: String, Codable, Hashable, Sendable, CaseIterable {
        case green, amber, red
    }
    /// The text (or shading colour, as `shading #RRGGBB`) the rating was read from.
    public var raw: String
    /// The level it maps to.
    public var level: Level

    /// Creates a rating.
    public init(raw: String, level: Level) {
        self.raw = raw
        self.level = level
    }
}

/// A SET domain section of the document.
public struct DomainSection: Codable, Hashable, Sendable {
    /// Domain id: `governance`, `strategy`, `processes`, `delivery` or `outcomes`.
    public var id: String
    /// The heading as the document writes it.
    public var heading: String
    /// The domain's rating, when the document gives one.
    public var rating: Rating?
    /// Where the heading is.
    public var location: SourceLocation

    /// Creates a domain section.
    public init(id: String, heading: String, rating: Rating? = nil, location: SourceLocation) {
        self.id = id
        self.heading = heading
        self.rating = rating
        self.location = location
    }
}

/// A question the document asks.
public struct Question: Codable, Hashable, Sendable {
    /// Stable id within the document (`q1`, `q2`, …).
    public var id: String
    /// The domain section it sits in, or nil.
    public var domain: String?
    /// The SET question it matches (`GOV-1`…), or nil when unmatched.
    public var setQuestion: String?
    /// The label the document gives ("a)", "1."), or nil.
    public var label: String?
    /// The question text.
    public var text: String
    /// The rating given to it, or nil.
    public var rating: Rating?
    /// How well the text matched `setQuestion` (0…1); nil when unmatched.
    public var matchScore: Double?
    /// Where the question is.
    public var location: SourceLocation

    /// Creates a question.
    public init(
        id: String, domain: String?, setQuestion: String?, label: String?, text: String,
        rating: Rating?, matchScore: Double? = nil, location: SourceLocation
    ) {
        self.id = id
        self.domain = domain
        self.setQuestion = setQuestion
        self.label = label
        self.text = text
        self.rating = rating
        self.matchScore = matchScore
        self.location = location
    }
}

/// Why an item was tagged with a SET question.
public struct Tag: Codable, Hashable, Sendable {
    /// The SET question id.
    public var setQuestion: String
    /// The tagger's score (higher is surer); only tags above the threshold are kept.
    public var score: Double
    /// The terms that matched, as they appear in the item.
    public var terms: [String]

    /// Creates a tag.
    public init(setQuestion: String, score: Double, terms: [String]) {
        self.setQuestion = setQuestion
        self.score = score
        self.terms = terms
    }
}

/// One piece of evidence.
public struct EvidenceItem: Codable, Hashable, Sendable {
    /// Stable id within the document (`e1`, …).
    public var id: String
    /// The domain section it sits in, or nil.
    public var domain: String?
    /// The evidence text.
    public var text: String
    /// Ranked SET-question tags.
    public var tags: [Tag]
    /// Where it is.
    public var location: SourceLocation

    /// Creates an evidence item.
    public init(id: String, domain: String?, text: String, tags: [Tag] = [], location: SourceLocation) {
        self.id = id
        self.domain = domain
        self.text = text
        self.tags = tags
        self.location = location
    }
}

/// Progress states of an action or recommendation.
public enum Status: String, Codable, Hashable, Sendable, CaseIterable {
    case completed
    case ongoing
    case notStarted = "not-started"
}

/// An action or an area for development.
public struct ActionItem: Codable, Hashable, Sendable {
    /// Whether the document lists it as an action or as an area for development.
    public enum Kind: String, Codable, Hashable, Sendable {
        case action
        case areaForDevelopment = "area-for-development"
    }
    /// Stable id within the document (`a1`, …).
    public var id: String
    /// Action or area for development.
    public var kind: Kind
    /// The domain section it sits in, or nil.
    public var domain: String?
    /// The label the document gives ("1."), or nil.
    public var label: String?
    /// The action text.
    public var text: String
    /// People or bodies named as lead, split one per entry.
    public var owners: [String]
    /// The normalised due date (`YYYY-MM` or `YYYY-MM-DD`), or nil.
    public var due: String?
    /// The timeframe words as written ("Dec 08 – Mar 09"), or nil.
    public var timeframe: String?
    /// The stated status, or nil.
    public var status: Status?
    /// The progress note as written, or nil.
    public var progress: String?
    /// Ranked SET-question tags.
    public var tags: [Tag]
    /// Where it is.
    public var location: SourceLocation

    /// Creates an action.
    public init(
        id: String, kind: Kind = .action, domain: String?, label: String? = nil, text: String,
        owners: [String] = [], due: String? = nil, timeframe: String? = nil, status: Status? = nil,
        progress: String? = nil, tags: [Tag] = [], location: SourceLocation
    ) {
        self.id = id
        self.kind = kind
        self.domain = domain
        self.label = label
        self.text = text
        self.owners = owners
        self.due = due
        self.timeframe = timeframe
        self.status = status
        self.progress = progress
        self.tags = tags
        self.location = location
    }
}

/// A recommendation and what the document's action plan says of it.
public struct Recommendation: Codable, Hashable, Sendable {
    /// Stable id within the document (`r1`, …).
    public var id: String
    /// The number or letter the document gives it ("1", "a").
    public var number: String
    /// The theme heading it sits under, or nil.
    public var theme: String?
    /// The recommendation text.
    public var text: String
    /// Officers or bodies responsible.
    public var owners: [String]
    /// The normalised date to be implemented by, or nil.
    public var due: String?
    /// The date words as written, or nil.
    public var timeframe: String?
    /// The stated status, or nil.
    public var status: Status?
    /// The progress note as written, or nil.
    public var progress: String?
    /// Where the action-plan row that speaks of it is, when one does.
    public var planLocation: SourceLocation?
    /// The label that action-plan row carries ("21"), which may differ from `number`.
    public var planNumber: String?
    /// Ranked SET-question tags.
    public var tags: [Tag]
    /// Where the recommendation is.
    public var location: SourceLocation

    /// Creates a recommendation.
    public init(
        id: String, number: String, theme: String?, text: String, owners: [String] = [],
        due: String? = nil, timeframe: String? = nil, status: Status? = nil, progress: String? = nil,
        planLocation: SourceLocation? = nil, planNumber: String? = nil, tags: [Tag] = [], location: SourceLocation
    ) {
        self.id = id
        self.number = number
        self.planNumber = planNumber
        self.theme = theme
        self.text = text
        self.owners = owners
        self.due = due
        self.timeframe = timeframe
        self.status = status
        self.progress = progress
        self.planLocation = planLocation
        self.tags = tags
        self.location = location
    }
}

/// Something a reviewer should look at.
public struct Warning: Codable, Hashable, Sendable {
    /// Stable identifier of the kind of finding (`plan-numbering-disagrees`).
    public var code: String
    /// What was found, in a sentence.
    public var message: String
    /// Where, when it has a place.
    public var location: SourceLocation?

    /// Creates a warning.
    public init(code: String, message: String, location: SourceLocation? = nil) {
        self.code = code
        self.message = message
        self.location = location
    }
}
