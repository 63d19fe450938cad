public import Foundation

/// The `scrutineer` executable of the current build, run as a separate process, for tests
/// that need what one process cannot show: a run from another folder, or two runs whose
/// output must match byte for byte.
public enum BuiltBinary {
    /// What one run printed and how it ended.
    public struct Run: Sendable {
        /// The exit status.
        public var status: Int32
        /// Standard output.
        public var output: String
        /// Standard error.
        public var error: String
    }

    /// The executable beside the test bundle (`.build/<triple>/debug/scrutineer`), or nil
    /// when this build has none.
    public static var url: URL? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("scrutineer")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        let fromRoot = PackageFolder.root().appendingPathComponent(".build/debug/scrutineer")
        return FileManager.default.isExecutableFile(atPath: fromRoot.path) ? fromRoot : nil
    }

    /// Runs the executable with `arguments` in `folder` and waits for it.
    /// - Throws: When the executable is missing or cannot be started.
    public static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> Run {
        guard let url else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "scrutineer (build it with swift build)"]) }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var merged = ProcessInfo.processInfo.environment
        merged["SCRUTINEER_STORE"] = nil
        merged["SCRUTINEER_PIPELINE"] = nil
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let scratch = try scratchFolder("scrutineer-run")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outputURL = scratch.appendingPathComponent("stdout")
        let errorURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        let output = try FileHandle(forWritingTo: outputURL)
        let error = try FileHandle(forWritingTo: errorURL)
        defer {
            try? output.close()
            try? error.close()
        }
        process.standardOutput = output
        process.standardError = error
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: try String(contentsOf: outputURL, encoding: .utf8),
                   error: try String(contentsOf: errorURL, encoding: .utf8))
    }

    /// A new empty folder under the temporary directory.
    public static func scratchFolder(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
