@testable import TextAnalysis
import Testing

/// The cache behind word stems and tracked-item word sets: a value is worked out once per
/// key, and the cache empties itself at its limit instead of growing.
@Suite struct BoundedCacheTests {
    /// Counts how often a value is worked out (the tests run the cache on one thread).
    final class Calls: @unchecked Sendable { var count = 0 }

    @Test func worksOutEachKeyOnce() {
        let cache = BoundedCache<Int>(limit: 10)
        let calls = Calls()
        let make: (String) -> Int = { key in calls.count += 1; return key.count }
        #expect(cache.value(for: "recommendation", make: make) == 14)
        #expect(cache.value(for: "recommendation", make: make) == 14)
        #expect(cache.value(for: "owner", make: make) == 5)
        #expect(calls.count == 2)
    }

    @Test func startsAfreshAtItsLimit() {
        let cache = BoundedCache<Int>(limit: 2)
        let calls = Calls()
        let make: (String) -> Int = { key in calls.count += 1; return key.count }
        _ = cache.value(for: "a", make: make)
        _ = cache.value(for: "bb", make: make)
        _ = cache.value(for: "ccc", make: make)  // full: emptied, then "ccc" kept
        #expect(calls.count == 3)
        #expect(cache.value(for: "ccc", make: make) == 3)
        #expect(calls.count == 3)
        #expect(cache.value(for: "a", make: make) == 1)
        #expect(calls.count == 4)
    }
}
