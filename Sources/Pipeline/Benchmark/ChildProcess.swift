#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a child process ended and the most memory it held.
struct ChildOutcome: Sendable {
    /// The exit status (non-zero, or -1 when it could not be started or was killed).
    var status: Int32
    /// Peak resident set size of the child, in bytes (from `wait4`'s rusage).
    var peakResidentBytes: Int
}

/// Runs a program to completion with its output discarded, and reads its resource usage.
enum ChildProcess {
    /// Runs `executable` with `arguments`, standard output and error sent to `/dev/null`.
    static func run(_ executable: String, arguments: [String]) -> ChildOutcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { return ChildOutcome(status: -1, peakResidentBytes: 0) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let exited = status & 0x7F == 0
        let code = exited ? (status >> 8) & 0xFF : -1
        return ChildOutcome(status: code, peakResidentBytes: ResourceUsage.bytes(fromMaxRSS: usage.ru_maxrss))
    }
}
