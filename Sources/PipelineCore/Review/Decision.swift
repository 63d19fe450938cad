/// A decision a body took or is asked to take: a resolution in minutes, the decision in a
/// record of decision, or the proposal of an amendment or motion.
public struct Decision: Codable, Hashable, Sendable {
    /// What sort of decision it is.
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        /// "RESOLVED that …" in minutes.
        case resolution
        /// The decision of a record of decision or decision notice.
        case decision
        /// The proposal of an amendment or motion, not yet decided.
        case proposal
    }

    /// Stable id within the document (`d1`, …).
    public var id: String
    /// Resolution, decision or proposal.
    public var kind: Kind
    /// The part label the document gives ("a", "1"), or nil when unnumbered.
    public var number: String?
    /// The number of the minute or agenda item it belongs to ("5"), or nil.
    public var item: String?
    /// The heading of that item, or nil.
    public var itemTitle: String?
    /// The decision's words as printed, without its label and without "RESOLVED that".
    public var text: String
    /// The body or person who took it ("Cabinet", "Cabinet Member for …"), or nil.
    public var decisionMaker: String?
    /// When it was taken, ISO, or nil when not stated.
    public var date: String?
    /// Ranked SET-question tags.
    public var tags: [Tag]
    /// Where it is.
    public var location: SourceLocation
    /// How sure the reader is of it, and why not fully.
    public var confidence: Confidence?

    /// Creates a decision.
    public init(
        id: String, kind: Kind, number: String? = nil, item: String? = nil, itemTitle: String? = nil,
        text: String, decisionMaker: String? = nil, date: String? = nil, tags: [Tag] = [],
        location: SourceLocation, confidence: Confidence? = nil
    ) {
        self.id = id
        self.kind = kind
        self.number = number
        self.item = item
        self.itemTitle = itemTitle
        self.text = text
        self.decisionMaker = decisionMaker
        self.date = date
        self.tags = tags
        self.location = location
        self.confidence = confidence
    }
}
