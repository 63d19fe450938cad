/// The kinds of item the store indexes for search.
public enum ItemKind: String, Codable, Hashable, Sendable, CaseIterable {
    case evidence
    case action
    case recommendation
    case question
}
