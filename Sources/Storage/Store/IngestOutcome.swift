/// What loading one document did to the store.
public enum IngestOutcome: String, Codable, Hashable, Sendable {
    /// The document was new.
    case inserted
    /// The same content was already stored; nothing changed.
    case unchanged
    /// A document from the same source with different content was replaced.
    case replaced
}
