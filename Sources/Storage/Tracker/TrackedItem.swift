public import PipelineCore

/// A recommendation or action followed through to completion: its stable id and its
/// current state, taken from the latest observation that states each field.
public struct TrackedItem: Codable, Hashable, Sendable {
    /// Recommendation or action.
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        case recommendation
        case action
    }

    /// Stable id (`R-…` or `A-…`) that survives re-ingesting and later progress reports.
    public var id: String
    /// Recommendation or action.
    public var kind: Kind
    /// The authority it belongs to, or nil.
    public var authority: String?
    /// The number or label the latest document gives it.
    public var label: String?
    /// The theme heading it sits under, or nil.
    public var theme: String?
    /// The text as the latest document states it.
    public var text: String
    /// Owners as last stated.
    public var owners: [String]
    /// Due date (`YYYY-MM` or `YYYY-MM-DD`) as last stated, or nil.
    public var due: String?
    /// Current status: the latest stated, or nil when none was ever stated.
    public var status: Status?
    /// The date of the observation that gave the current status.
    public var statusDate: String?
    /// The latest progress note, or nil.
    public var progress: String?
    /// How many observations its history holds.
    public var observationCount: Int

    /// Creates a tracked item.
    public init(
        id: String, kind: Kind, authority: String?, label: String?, theme: String?, text: String, owners: [String],
        due: String?, status: Status?, statusDate: String?, progress: String?, observationCount: Int
    ) {
        self.id = id
        self.kind = kind
        self.authority = authority
        self.label = label
        self.theme = theme
        self.text = text
        self.owners = owners
        self.due = due
        self.status = status
        self.statusDate = statusDate
        self.progress = progress
        self.observationCount = observationCount
    }

    /// Whether it was due before `date` (ISO) and is not completed. A due month or year
    /// runs to its last day: due `2008-12` is overdue from `2009-01-01`.
    public func isOverdue(at date: String) -> Bool {
        guard let due, status != .completed else { return false }
        return Self.endOfPeriod(due) < date
    }

    /// The last day of an ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD` period.
    static func endOfPeriod(_ period: String) -> String {
        let parts = period.split(separator: "-").map(String.init)
        switch parts.count {
        case 1: return period + "-12-31"
        case 2:
            guard let year = Int(parts[0]), let month = Int(parts[1]) else { return period }
            let days = [31, (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            guard (1...12).contains(month) else { return period }
            return period + "-" + String(days[month - 1])
        default: return period
        }
    }

    /// The current state of item `id` from its history, oldest first.
    package static func current(id: String, kind: Kind, authority: String?, history: [StatusObservation]) -> TrackedItem? {
        guard let fallback = history.last(where: { $0.text != nil }) ?? history.last else { return nil }
        let stated = history.last { $0.status != nil }
        return TrackedItem(
            id: id, kind: kind, authority: authority,
            label: history.last { $0.label != nil }?.label,
            theme: history.last { $0.theme != nil }?.theme,
            text: fallback.text ?? "",
            owners: history.last { !$0.owners.isEmpty }?.owners ?? [],
            due: history.last { $0.due != nil }?.due,
            status: stated?.status,
            statusDate: stated?.date,
            progress: history.last { $0.note != nil }?.note,
            observationCount: history.count
        )
    }
}

extension TrackedItem {
    /// Listing order: authority, kind, then label in number order ("2" before "10"), then id.
    package static func listingOrder(_ lhs: TrackedItem, _ rhs: TrackedItem) -> Bool {
        let left = (lhs.authority ?? "", lhs.kind.rawValue, Int(lhs.label?.filter(\.isNumber) ?? "") ?? Int.max, lhs.label ?? "", lhs.id)
        let right = (rhs.authority ?? "", rhs.kind.rawValue, Int(rhs.label?.filter(\.isNumber) ?? "") ?? Int.max, rhs.label ?? "", rhs.id)
        return left < right
    }
}
