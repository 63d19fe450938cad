public import Foundation

/// The one JSON encoding Scrutineer writes: pretty, sorted keys, slashes unescaped, a final
/// newline. The same value always gives byte-identical output.
public enum JSONOutput {
    /// Encodes a value deterministically.
    /// - Throws: `EncodingError` when the value cannot be encoded (a non-finite number).
    public static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }
}
