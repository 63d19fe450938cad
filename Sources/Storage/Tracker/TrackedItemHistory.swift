/// A tracked item with every observation of it, oldest first.
public struct TrackedItemHistory: Codable, Hashable, Sendable {
    /// The item's current state.
    public var item: TrackedItem
    /// What each document or manual update said of it, in date order.
    public var history: [StatusObservation]

    /// Creates a history.
    public init(item: TrackedItem, history: [StatusObservation]) {
        self.item = item
        self.history = history
    }
}
