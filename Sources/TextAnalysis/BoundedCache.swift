import Foundation

/// Values worked out from strings, remembered for every thread; emptied when it reaches its
/// limit, so a long bulk run's memory stays bounded.
package final class BoundedCache<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Value] = [:]
    private let limit: Int

    /// Creates an empty cache holding at most `limit` values.
    package init(limit: Int) { self.limit = limit }

    /// The value remembered for `key`, or the one `make` gives (then remembered).
    package func value(for key: String, make: (String) -> Value) -> Value {
        if let known = remembered(key) { return known }
        let value = make(key)
        remember(value, for: key)
        return value
    }

    /// The value remembered for `key`, or nil.
    package func remembered(_ key: String) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return values[key]
    }

    /// Remembers `value` for `key`.
    package func remember(_ value: Value, for key: String) {
        lock.lock()
        defer { lock.unlock() }
        if values.count >= limit { values.removeAll(keepingCapacity: true) }
        values[key] = value
    }
}
