#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if os(Linux)
private let RUSAGE_SELF_WHO = __rusage_who_t(RUSAGE_SELF.rawValue)
#else
private let RUSAGE_SELF_WHO = RUSAGE_SELF
#endif

/// Peak memory figures from `getrusage` and `wait4`.
enum ResourceUsage {
    /// The peak resident set size of this process so far, in bytes.
    static func peakResidentBytesOfSelf() -> Int {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF_WHO, &usage) == 0 else { return 0 }
        return bytes(fromMaxRSS: usage.ru_maxrss)
    }

    /// `ru_maxrss` in bytes: Linux reports kilobytes, macOS bytes.
    static func bytes(fromMaxRSS value: Int) -> Int {
        #if os(Linux)
        return value * 1024
        #else
        return value
        #endif
    }
}
