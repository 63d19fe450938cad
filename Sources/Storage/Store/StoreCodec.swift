import Foundation

/// Small encodings both stores share, so their rows hold the same text.
package enum StoreCodec {
    /// Owners as a JSON array of strings.
    package static func encodeOwners(_ owners: [String]) -> String {
        // What JSONEncoder writes for an empty array, without making one.
        if owners.isEmpty { return "[]" }
        guard let data = try? JSONEncoder().encode(owners) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Owners read back from their JSON array; empty when unreadable.
    package static func decodeOwners(_ text: String?) -> [String] {
        if text == "[]" { return [] }
        guard let text, let owners = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else { return [] }
        return owners
    }

    /// The key tracked items are grouped by: the authority folded to lower-case words.
    package static func authorityKey(_ authority: String?) -> String {
        SpellingNormalizer.normalize(authority ?? "")
    }
}
