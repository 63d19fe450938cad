import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How one exchange with a worker process ended.
enum WorkerExchange: Sendable {
    /// The worker answered.
    case reply(WorkerReply)
    /// The worker ran past the time budget and was killed.
    case timedOut
    /// The worker died: by a signal, an exit, or running out of its memory cap.
    case died(WorkerDeath)
}

/// What is known of a worker that died while reading a file.
struct WorkerDeath: Sendable, Hashable {
    /// The signal that killed it, or nil when it exited.
    var signal: Int32?
    /// Its exit status when it exited.
    var exitStatus: Int32?
    /// The runtime's own message from its standard error (`Fatal error: …`), when it left one.
    var message: String?
    /// True when its standard error says an allocation failed (the memory cap was reached).
    var outOfMemory: Bool
}

/// One worker child process (`scrutineer ingest-worker`), started on first use and again after
/// it dies or is killed. Owned by one thread at a time; its calls block.
final class WorkerProcess: @unchecked Sendable {
    private let executable: String
    private let arguments: [String]
    private let errorLog: String
    private var pid: pid_t = 0
    private var toChild: Int32 = -1
    private var fromChild: Int32 = -1
    private var pending: [UInt8] = []

    /// Serialises spawning, so no child inherits another child's pipe ends.
    private static let spawnLock = NSLock()

    /// Creates a worker that runs `executable arguments…` when first needed.
    /// - Parameter errorLog: A file the child's standard error goes to, read when it dies.
    init(executable: String, arguments: [String], errorLog: String) {
        self.executable = executable
        self.arguments = arguments
        self.errorLog = errorLog
        signal(SIGPIPE, SIG_IGN)
    }

    deinit { stop() }

    /// Sends one request and waits for the reply, at most `timeout` seconds.
    func exchange(_ request: WorkerRequest, timeout: Double) -> WorkerExchange {
        if pid == 0, !start() {
            return .died(WorkerDeath(signal: nil, exitStatus: 127, message: "the worker process could not be started (\(executable))", outOfMemory: false))
        }
        guard var line = try? JSONEncoder().encode(request) else {
            return .died(WorkerDeath(signal: nil, exitStatus: nil, message: "the request could not be encoded", outOfMemory: false))
        }
        line.append(0x0A)
        let written = line.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let count = write(toChild, raw.baseAddress! + offset, raw.count - offset)
                if count < 0 { if errno == EINTR { continue }; return false }
                offset += count
            }
            return true
        }
        guard written else { return .died(reap()) }
        let deadline = Date().addingTimeInterval(timeout)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                let body = Data(pending[..<newline])
                pending.removeSubrange(...newline)
                guard let reply = try? JSONDecoder().decode(WorkerReply.self, from: body) else {
                    kill(pid, SIGKILL)
                    var death = reap()
                    death.message = death.message ?? "the worker's reply could not be read"
                    return .died(death)
                }
                return .reply(reply)
            }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 {
                kill(pid, SIGKILL)
                _ = reap()
                return .timedOut
            }
            var poller = pollfd(fd: fromChild, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(remaining, 3600) * 1000) + 1)
            if ready < 0 { if errno == EINTR { continue }; return .died(reap()) }
            if ready == 0 { continue }
            let count = read(fromChild, &chunk, chunk.count)
            if count < 0 { if errno == EINTR || errno == EAGAIN { continue }; return .died(reap()) }
            if count == 0 { return .died(reap()) }
            pending.append(contentsOf: chunk[..<count])
        }
    }

    /// Closes the worker's input so it exits, and waits for it.
    func stop() {
        guard pid != 0 else { return }
        close(toChild)
        toChild = -1
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        close(fromChild)
        fromChild = -1
        pid = 0
        pending = []
        unlink(errorLog)
    }

    private func start() -> Bool {
        Self.spawnLock.lock()
        defer { Self.spawnLock.unlock() }
        var input: [Int32] = [-1, -1]
        var output: [Int32] = [-1, -1]
        guard pipe(&input) == 0 else { return false }
        guard pipe(&output) == 0 else { close(input[0]); close(input[1]); return false }
        for fd in input + output { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input[0], 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, errorLog, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, executable, &actions, nil, argv, envp)
        close(input[0])
        close(output[1])
        guard spawned == 0 else {
            close(input[1])
            close(output[0])
            return false
        }
        pid = child
        toChild = input[1]
        fromChild = output[0]
        pending = []
        return true
    }

    /// Waits for a dead (or killed) child and says how it ended.
    private func reap() -> WorkerDeath {
        close(toChild)
        toChild = -1
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        close(fromChild)
        fromChild = -1
        pid = 0
        pending = []
        let signalled = status & 0x7F
        let log = (try? String(contentsOfFile: errorLog, encoding: .utf8)) ?? ""
        let lower = log.lowercased()
        let outOfMemory = ["could not allocate memory", "failed to allocate", "bad_alloc", "cannot allocate memory", "out of memory"]
            .contains { lower.contains($0) }
        let message = log.split(separator: "\n").map(String.init)
            .first { $0.contains("Fatal error") || $0.contains("runtime failure") || $0.contains("terminate called") }
            .map { String($0.trimmingCharacters(in: .whitespaces).prefix(300)) }
        unlink(errorLog)
        return WorkerDeath(
            signal: signalled != 0 ? signalled : nil, exitStatus: signalled == 0 ? (status >> 8) & 0xFF : nil,
            message: message, outOfMemory: outOfMemory)
    }
}
