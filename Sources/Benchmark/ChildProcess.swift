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
///
/// A child started with `posix_spawn` shares this process's memory until it executes, so on
/// Linux its `wait4` peak includes this process's own peak. When `/usr/bin/time` is present
/// the program runs under it (`-f %M -o FILE`), which forks it cleanly and writes the
/// program's own peak in kilobytes to FILE.
enum ChildProcess {
    /// The GNU time program, when installed.
    static let timeProgram: String? = access("/usr/bin/time", X_OK) == 0 ? "/usr/bin/time" : nil

    /// Runs `executable` under `/usr/bin/time` when present, reporting the program's own peak.
    static func measure(_ executable: String, arguments: [String], scratch: String) -> ChildOutcome {
        guard let time = timeProgram else { return run(executable, arguments: arguments) }
        var outcome = run(time, arguments: ["-f", "%M", "-o", scratch, executable] + arguments)
        defer { unlink(scratch) }
        guard let file = fopen(scratch, "r") else { return outcome }
        defer { fclose(file) }
        var kilobytes = 0
        if readInteger(file, &kilobytes) { outcome.peakResidentBytes = kilobytes * 1024 }
        return outcome
    }

    private static func readInteger(_ file: UnsafeMutablePointer<FILE>, _ value: inout Int) -> Bool {
        var buffer = [CChar](repeating: 0, count: 64)
        guard fgets(&buffer, Int32(buffer.count), file) != nil else { return false }
        let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let number = Int(text.trimmingSuffixWhitespace()) else { return false }
        value = number
        return true
    }

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

private extension String {
    func trimmingSuffixWhitespace() -> String {
        String(reversed().drop { $0.isWhitespace }.reversed())
    }
}
