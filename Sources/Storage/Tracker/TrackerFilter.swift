public import PipelineCore

/// Which tracked items to list.
public struct TrackerFilter: Hashable, Sendable {
    /// Only items whose current status is this.
    public var status: Status?
    /// Only items with an owner containing this text (case-insensitive).
    public var owner: String?
    /// Only items of this authority (case-insensitive).
    public var authority: String?
    /// Only items overdue at this ISO date: due before it and not completed.
    public var overdueAt: String?

    /// Creates a filter; all nil lists everything.
    public init(status: Status? = nil, owner: String? = nil, authority: String? = nil, overdueAt: String? = nil) {
        self.status = status
        self.owner = owner
        self.authority = authority
        self.overdueAt = overdueAt
    }

    /// Whether `item` passes the filter.
    public func accepts(_ item: TrackedItem) -> Bool {
        if let status, item.status != status { return false }
        if let owner, !item.owners.contains(where: { $0.localizedCaseInsensitiveContains(owner) }) { return false }
        if let authority, item.authority?.lowercased() != authority.lowercased() { return false }
        if let overdueAt, !item.isOverdue(at: overdueAt) { return false }
        return true
    }
}
