public import PipelineCore

/// A status change recorded by hand (`scrutineer recommendations set`).
public struct ManualUpdate: Hashable, Sendable {
    /// The tracked item's id.
    public var trackedId: String
    /// The new status.
    public var status: Status
    /// What was done or decided.
    public var note: String?
    /// Who recorded it.
    public var recordedBy: String?
    /// The ISO date it applies from.
    public var date: String

    /// Creates an update.
    public init(trackedId: String, status: Status, note: String?, recordedBy: String?, date: String) {
        self.trackedId = trackedId
        self.status = status
        self.note = note
        self.recordedBy = recordedBy
        self.date = date
    }
}
