/// A statement or part of one, written once for every backend: literal SQL text with values
/// bound in place. Interpolating a value binds it (`"… WHERE id = \(id)"`), so user text never
/// becomes SQL; ``SQLDialect/render(_:)`` turns the bound values into the backend's placeholders
/// (`?` or `$1`). Trusted text, such as a dialect's own fragment, goes in with `\(raw:)` or as a
/// nested `SQL`.
package struct SQL: Sendable, ExpressibleByStringInterpolation {
    /// A piece of a statement.
    package enum Part: Sendable, Hashable {
        /// SQL text as written.
        case text(String)
        /// A value sent separately from the text.
        case value(StoreValue)
    }

    /// The statement's pieces in order.
    package private(set) var parts: [Part]

    /// An empty fragment.
    package init() {
        parts = []
    }

    /// Trusted SQL text with nothing bound.
    package init(raw text: String) {
        parts = [.text(text)]
    }

    package init(stringLiteral text: String) {
        parts = [.text(text)]
    }

    package init(stringInterpolation: StringInterpolation) {
        parts = stringInterpolation.parts
    }

    /// Appends another fragment.
    package mutating func append(_ other: SQL) {
        parts += other.parts
    }

    /// The two fragments one after the other.
    package static func + (lhs: SQL, rhs: SQL) -> SQL {
        var joined = lhs
        joined.append(rhs)
        return joined
    }

    /// Fragments joined by `separator`.
    package static func joined(_ fragments: [SQL], separator: String) -> SQL {
        var joined = SQL()
        for (index, fragment) in fragments.enumerated() {
            if index > 0 { joined.append(SQL(raw: separator)) }
            joined.append(fragment)
        }
        return joined
    }

    /// Builds a fragment from literal text, bound values and nested fragments.
    package struct StringInterpolation: StringInterpolationProtocol {
        fileprivate var parts: [Part] = []

        package init(literalCapacity: Int, interpolationCount: Int) {
            parts.reserveCapacity(interpolationCount * 2 + 1)
        }

        package mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { parts.append(.text(literal)) }
        }

        /// Binds `value`.
        package mutating func appendInterpolation(_ value: some StoreValueConvertible) {
            parts.append(.value(value.storeValue))
        }

        /// Inserts a fragment, with its own bound values.
        package mutating func appendInterpolation(_ fragment: SQL) {
            parts += fragment.parts
        }

        /// Inserts trusted SQL text (a name or an expression the code wrote, never user input).
        package mutating func appendInterpolation(raw text: String) {
            parts.append(.text(text))
        }
    }
}
