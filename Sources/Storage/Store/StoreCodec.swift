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
        if let text, let owners = plainStringArray(text) { return owners }
        guard let text, let owners = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else { return [] }
        return owners
    }

    /// The key tracked items are grouped by: the authority folded to lower-case words.
    package static func authorityKey(_ authority: String?) -> String {
        SpellingNormalizer.normalize(authority ?? "")
    }

    /// A JSON array of strings as `encodeOwners` writes it (no spaces; no escape but `\"`,
    /// `\\`, `\/`, `\n`, `\r`, `\t`), read without a JSONDecoder; nil for any other text,
    /// which the decoder then reads.
    package static func plainStringArray(_ text: String) -> [String]? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 2, bytes[0] == UInt8(ascii: "["), bytes[bytes.count - 1] == UInt8(ascii: "]") else { return nil }
        var owners: [String] = []
        var index = 1
        if bytes.count == 2 { return [] }
        while true {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
            index += 1
            var value: [UInt8] = []
            while true {
                guard index < bytes.count else { return nil }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") { break }
                if byte < 0x20 { return nil }
                if byte == UInt8(ascii: "\\") {
                    guard index + 1 < bytes.count else { return nil }
                    switch bytes[index + 1] {
                    case UInt8(ascii: "\""): value.append(UInt8(ascii: "\""))
                    case UInt8(ascii: "\\"): value.append(UInt8(ascii: "\\"))
                    case UInt8(ascii: "/"): value.append(UInt8(ascii: "/"))
                    case UInt8(ascii: "n"): value.append(0x0A)
                    case UInt8(ascii: "r"): value.append(0x0D)
                    case UInt8(ascii: "t"): value.append(0x09)
                    default: return nil
                    }
                    index += 2
                    continue
                }
                value.append(byte)
                index += 1
            }
            owners.append(String(decoding: value, as: UTF8.self))
            index += 1
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "]") { return index == bytes.count - 1 ? owners : nil }
            guard bytes[index] == UInt8(ascii: ",") else { return nil }
            index += 1
        }
    }
}
