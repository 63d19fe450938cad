import Foundation

/// Where commands print: standard output for results, standard error for progress and
/// problems. Tests swap in a capture.
struct Console: Sendable {
    let output: @Sendable (String) -> Void
    let error: @Sendable (String) -> Void

    /// The process's own standard output and standard error.
    static let standard = Console(
        output: { line in print(line) },
        error: { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
    )
}
