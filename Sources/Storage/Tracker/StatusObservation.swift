public import PipelineCore

/// One entry in a tracked item's history: what a document (or a person, for a manual
/// update) said of it on a date.
public struct StatusObservation: Codable, Hashable, Sendable {
    /// Order of recording within the store; breaks ties between equal dates.
    public var sequence: Int
    /// The document that stated it, or nil for a manual update.
    public var documentId: String?
    /// That document's source path, or nil.
    public var source: String?
    /// The document's date, or the date of the manual update.
    public var date: String?
    /// The label the document gave the item there.
    public var label: String?
    /// The theme heading there.
    public var theme: String?
    /// The text as stated there; nil for a manual update.
    public var text: String?
    /// Owners stated there.
    public var owners: [String]
    /// Due date stated there.
    public var due: String?
    /// Status stated there, or nil.
    public var status: Status?
    /// The progress note or manual note.
    public var note: String?
    /// Who made a manual update.
    public var recordedBy: String?

    /// Creates an observation.
    public init(
        sequence: Int, documentId: String?, source: String?, date: String?, label: String?, theme: String?,
        text: String?, owners: [String], due: String?, status: Status?, note: String?, recordedBy: String?
    ) {
        self.sequence = sequence
        self.documentId = documentId
        self.source = source
        self.date = date
        self.label = label
        self.theme = theme
        self.text = text
        self.owners = owners
        self.due = due
        self.status = status
        self.note = note
        self.recordedBy = recordedBy
    }

    /// History order: by date (undated first), then by recording order.
    package static func chronological(_ lhs: StatusObservation, _ rhs: StatusObservation) -> Bool {
        (lhs.date ?? "", lhs.sequence) < (rhs.date ?? "", rhs.sequence)
    }
}
