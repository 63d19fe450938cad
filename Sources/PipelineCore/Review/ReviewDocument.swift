/// The review JSON for one input document: what segmentation and tagging found, each item
/// with the place it came from. This is the output contract written to `Output/<name>.json`
/// and loaded into the store.
public struct ReviewDocument: Codable, Hashable, Sendable {
    /// The version of this contract; bumped on any incompatible change.
    public static let currentSchemaVersion = "1.1"

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
    /// Decisions taken or proposed: resolutions in minutes, a record of decision, a motion.
    public var decisions: [Decision]
    /// Anything a reviewer should look at.
    public var warnings: [Warning]

    /// Creates a review document.
    public init(
        schemaVersion: String = ReviewDocument.currentSchemaVersion, document: DocumentInfo,
        domains: [DomainSection] = [], questions: [Question] = [], evidence: [EvidenceItem] = [],
        actions: [ActionItem] = [], recommendations: [Recommendation] = [], decisions: [Decision] = [],
        warnings: [Warning] = []
    ) {
        self.schemaVersion = schemaVersion
        self.document = document
        self.domains = domains
        self.questions = questions
        self.evidence = evidence
        self.actions = actions
        self.recommendations = recommendations
        self.decisions = decisions
        self.warnings = warnings
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, document, domains, questions, evidence, actions, recommendations, decisions, warnings
    }

    /// Reads a review document; `decisions` may be absent in documents written before 1.1.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(String.self, forKey: .schemaVersion)
        document = try container.decode(DocumentInfo.self, forKey: .document)
        domains = try container.decode([DomainSection].self, forKey: .domains)
        questions = try container.decode([Question].self, forKey: .questions)
        evidence = try container.decode([EvidenceItem].self, forKey: .evidence)
        actions = try container.decode([ActionItem].self, forKey: .actions)
        recommendations = try container.decode([Recommendation].self, forKey: .recommendations)
        decisions = try container.decodeIfPresent([Decision].self, forKey: .decisions) ?? []
        warnings = try container.decode([Warning].self, forKey: .warnings)
    }
}

/// What kind of document this is.
public enum DocumentKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// A SET self-evaluation: domains, graded questions, evidence, areas for development.
    case selfEvaluation = "self-evaluation"
    /// A scrutiny review, task-and-finish or call-in report with numbered recommendations.
    case scrutinyReport = "scrutiny-report"
    /// A report to a cabinet, committee or council asking it to note, agree or approve.
    case committeeReport = "committee-report"
    /// Minutes of a meeting: attendance, items, resolutions.
    case minutes
    /// A record of decision, a decision notice, an amendment or motion.
    case decision
    /// An executive's response to a scrutiny report's recommendations.
    case executiveResponse = "executive-response"
    /// A recommendation tracker: rows of recommendations with updates and status.
    case tracker
    /// An action plan: actions with who, when and status.
    case actionPlan = "action-plan"
    /// A needs assessment or strategy with recommendations sections.
    case needsAssessment = "needs-assessment"
    /// A survey report.
    case surveyReport = "survey-report"
    /// A programme or evaluation report with findings.
    case programmeReport = "programme-report"
    /// Anything else: gives nothing it cannot see.
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
    /// The authority the document is about ("Northbridge"), or nil when it names none.
    public var authority: String?
    /// What kind of document it is.
    public var kind: DocumentKind
    /// The document's own date, ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or nil.
    public var date: String?
    /// Pages (PDF), or nil.
    public var pageCount: Int?
    /// The body the paper goes to or records ("Cabinet", "County Council"), or nil.
    public var meeting: String?
    /// The decision reference the paper carries ("24/00096"), or nil.
    public var decisionNumber: String?
    /// The character encoding a text input was read in ("utf-8", "windows-1252"), or nil.
    public var encoding: String?

    /// Creates document info.
    public init(
        id: String, source: String, format: DocumentFormat, title: String? = nil,
        authority: String? = nil, kind: DocumentKind = .other, date: String? = nil, pageCount: Int? = nil,
        meeting: String? = nil, decisionNumber: String? = nil, encoding: String? = nil
    ) {
        self.id = id
        self.source = source
        self.format = format
        self.title = title
        self.authority = authority
        self.kind = kind
        self.date = date
        self.pageCount = pageCount
        self.meeting = meeting
        self.decisionNumber = decisionNumber
        self.encoding = encoding
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
    /// How sure the reader is of the item, and why not fully; nil in documents written before 1.1.
    public var confidence: Confidence?

    /// Creates a question.
    public init(
        id: String, domain: String?, setQuestion: String?, label: String?, text: String,
        rating: Rating?, matchScore: Double? = nil, location: SourceLocation, confidence: Confidence? = nil
    ) {
        self.confidence = confidence
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
    /// How sure the reader is of the item, and why not fully; nil in documents written before 1.1.
    public var confidence: Confidence?

    /// Creates an evidence item.
    public init(
        id: String, domain: String?, text: String, tags: [Tag] = [], location: SourceLocation,
        confidence: Confidence? = nil
    ) {
        self.confidence = confidence
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
    /// Put off to a later date.
    case deferred
    /// Replaced by a later recommendation or action.
    case superseded
}

/// What an executive response decided about a recommendation.
public enum ResponseDecision: String, Codable, Hashable, Sendable, CaseIterable {
    case accepted
    case partiallyAccepted = "partially-accepted"
    case rejected
}

/// How sure the pipeline is of an item, with the reasons that lowered it, so a reviewer
/// can take the doubtful first.
public struct Confidence: Codable, Hashable, Sendable {
    /// 0…1; 1 when nothing lowered it.
    public var score: Double
    /// Why it is lower than 1 ("column guessed from position", "text joined across a page").
    public var reasons: [String]

    /// Nothing lowered it.
    public static let certain = Confidence(score: 1, reasons: [])

    /// Creates a confidence.
    public init(score: Double, reasons: [String]) {
        self.score = score
        self.reasons = reasons
    }

    /// This confidence lowered by `penalty` (0…1) for `reason`.
    public func lowered(by penalty: Double, because reason: String) -> Confidence {
        Confidence(score: max(0, (score * (1 - penalty) * 1000).rounded() / 1000), reasons: reasons + [reason])
    }
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
    /// How sure the reader is of the item, and why not fully; nil in documents written before 1.1.
    public var confidence: Confidence?

    /// Creates an action.
    public init(
        id: String, kind: Kind = .action, domain: String?, label: String? = nil, text: String,
        owners: [String] = [], due: String? = nil, timeframe: String? = nil, status: Status? = nil,
        progress: String? = nil, tags: [Tag] = [], location: SourceLocation, confidence: Confidence? = nil
    ) {
        self.confidence = confidence
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
    /// The number or letter the document gives it ("1", "a"), or nil when it is unnumbered.
    public var number: String?
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
    /// The verb the paper asks the body to act by ("NOTE", "APPROVE", "DEBATE AND DECIDE"), or nil.
    public var verb: String?
    /// The body asked ("Cabinet", "County Council"), or nil when the paper does not say.
    public var addressee: String?
    /// The executive's response to it, as written, or nil.
    public var response: String?
    /// Whether the response accepts it, or nil when none is stated.
    public var responseDecision: ResponseDecision?
    /// Other places the same recommendation is printed (a front-sheet box and a closing
    /// section), or nil when it is printed once.
    public var alsoAt: [SourceLocation]?
    /// Ranked SET-question tags.
    public var tags: [Tag]
    /// Where the recommendation is.
    public var location: SourceLocation
    /// How sure the reader is of the item, and why not fully; nil in documents written before 1.1.
    public var confidence: Confidence?

    /// Creates a recommendation.
    public init(
        id: String, number: String?, theme: String?, text: String, owners: [String] = [],
        due: String? = nil, timeframe: String? = nil, status: Status? = nil, progress: String? = nil,
        planLocation: SourceLocation? = nil, planNumber: String? = nil, verb: String? = nil,
        addressee: String? = nil, response: String? = nil, responseDecision: ResponseDecision? = nil,
        alsoAt: [SourceLocation]? = nil, tags: [Tag] = [], location: SourceLocation, confidence: Confidence? = nil
    ) {
        self.id = id
        self.number = number
        self.verb = verb
        self.addressee = addressee
        self.response = response
        self.responseDecision = responseDecision
        self.alsoAt = alsoAt
        self.confidence = confidence
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
