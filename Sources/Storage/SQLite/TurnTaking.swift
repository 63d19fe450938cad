import Foundation

/// A first-come, first-served turn for async work that must not overlap, such as a
/// transaction on a connection that several tasks share.
final class TurnTaking: @unchecked Sendable {
    private let lock = NSLock()
    private var taken = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Waits until no one else has the turn, then takes it.
    func begin() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            lock.lock()
            if taken {
                waiting.append(continuation)
                lock.unlock()
            } else {
                taken = true
                lock.unlock()
                continuation.resume()
            }
        }
    }

    /// Gives the turn to the next in line, or frees it.
    func end() {
        lock.lock()
        if waiting.isEmpty {
            taken = false
            lock.unlock()
        } else {
            let next = waiting.removeFirst()
            lock.unlock()
            next.resume()
        }
    }
}
