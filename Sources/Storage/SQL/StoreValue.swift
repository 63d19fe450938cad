/// A value as both backends store it: SQLite's storage classes, which PostgreSQL's text,
/// integer and floating-point columns map onto.
package enum StoreValue: Sendable, Hashable {
    case null
    case integer(Int)
    case real(Double)
    case text(String)
}

/// A Swift value that can be bound into ``SQL``.
package protocol StoreValueConvertible: Sendable {
    /// The value as stored.
    var storeValue: StoreValue { get }
}

extension StoreValue: StoreValueConvertible {
    package var storeValue: StoreValue { self }
}

extension String: StoreValueConvertible {
    package var storeValue: StoreValue { .text(self) }
}

extension Int: StoreValueConvertible {
    package var storeValue: StoreValue { .integer(self) }
}

extension Double: StoreValueConvertible {
    package var storeValue: StoreValue { .real(self) }
}

extension Optional: StoreValueConvertible where Wrapped: StoreValueConvertible {
    package var storeValue: StoreValue { self?.storeValue ?? .null }
}

/// One result row, by column name, as either backend returned it.
package struct StoreRow: Sendable {
    /// A column that is missing or holds a value of the wrong type.
    package struct DecodingError: Error, CustomStringConvertible {
        package var description: String
    }

    private var values: [String: StoreValue]

    /// A row of `(column, value)` pairs.
    package init(_ columns: [(String, StoreValue)]) {
        values = Dictionary(columns, uniquingKeysWith: { first, _ in first })
    }

    private func value(_ column: String) throws -> StoreValue {
        guard let value = values[column] else { throw DecodingError(description: "the row has no column \(column)") }
        return value
    }

    /// Text, or nil for NULL.
    package func optionalText(_ column: String) throws -> String? {
        switch try value(column) {
        case .null: return nil
        case .text(let text): return text
        case .integer, .real: throw DecodingError(description: "column \(column) is not text")
        }
    }

    /// Text that must be present.
    package func text(_ column: String) throws -> String {
        guard let text = try optionalText(column) else { throw DecodingError(description: "column \(column) is NULL") }
        return text
    }

    /// An integer that must be present.
    package func integer(_ column: String) throws -> Int {
        switch try value(column) {
        case .integer(let number): return number
        case .real(let number) where number == number.rounded(): return Int(number)
        default: throw DecodingError(description: "column \(column) is not an integer")
        }
    }

    /// A number that must be present.
    package func real(_ column: String) throws -> Double {
        switch try value(column) {
        case .real(let number): return number
        case .integer(let number): return Double(number)
        default: throw DecodingError(description: "column \(column) is not a number")
        }
    }
}
