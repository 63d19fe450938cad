import Foundation
import PipelineCore
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `scrutineer` binary, as a user would, for the bulk-ingest tests.
struct IngestBinary {
    /// The binary next to the test bundle (`swift build` puts both in one folder).
    static var path: String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        let test = URL(fileURLWithPath: String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self))
        var folder = test.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("scrutineer").path
            if access(candidate, X_OK) == 0, !candidate.hasSuffix(".xctest") { return candidate }
            if folder.lastPathComponent == ".build" { break }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    /// The `../shared` folder of test files, when this machine has it.
    static var shared: URL? {
        let root = PackageFolder.root()
        for candidate in [root.deletingLastPathComponent().appendingPathComponent("shared"),
                          root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")]
        where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("real-dev/odd").path) {
            return candidate
        }
        return nil
    }

    /// What a finished run printed and how it exited.
    struct Result {
        var status: Int32
        var output: String
        var errors: String
        var errorLines: [String] { errors.split(separator: "\n").map(String.init) }
    }

    /// Starts the binary with `arguments` in the package root; standard output and error go to
    /// files in `scratch`.
    static func start(_ arguments: [String], scratch: URL) throws -> Process {
        guard let path else { throw TestFailure("the scrutineer binary is not built; run swift build first") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = PackageFolder.root()
        _ = FileManager.default.createFile(atPath: scratch.appendingPathComponent("stdout").path, contents: nil)
        _ = FileManager.default.createFile(atPath: scratch.appendingPathComponent("stderr").path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: scratch.appendingPathComponent("stdout"))
        process.standardError = try FileHandle(forWritingTo: scratch.appendingPathComponent("stderr"))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs the binary to the end.
    static func run(_ arguments: [String], scratch: URL) throws -> Result {
        let process = try start(arguments, scratch: scratch)
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            output: (try? String(contentsOf: scratch.appendingPathComponent("stdout"), encoding: .utf8)) ?? "",
            errors: (try? String(contentsOf: scratch.appendingPathComponent("stderr"), encoding: .utf8)) ?? "")
    }

    /// The rows of `ingest-report.json` in `folder`, by path.
    static func report(in folder: URL) throws -> [String: ReportRow] {
        let data = try Data(contentsOf: folder.appendingPathComponent("ingest-report.json"))
        let file = try JSONDecoder().decode(ReportFile.self, from: data)
        return Dictionary(file.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// A row of the report as the tests read it (decoded independently of the writer's type).
    struct ReportRow: Decodable {
        var path: String
        var outcome: String
        var code: String?
        var message: String?
        var format: String?
        var items: Int?
        var output: String?
        var documentId: String?
        var peakMemory: Int?
    }

    struct ReportFile: Decodable {
        var files: [ReportRow]
    }
}

/// A failure a test raises itself.
struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A fresh temporary folder.
func temporaryFolder(_ label: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("scrutineer-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A password-protected DOCX as Office writes it: an OLE2 compound file whose directory names
/// the `EncryptionInfo` and `EncryptedPackage` streams (the encrypted bytes themselves do not
/// matter to a reader that refuses the file).
func passwordProtectedDOCX() -> [UInt8] {
    func utf16(_ name: String) -> [UInt8] { Array(name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) + [0, 0] }
    let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    var bytes = signature + [UInt8](repeating: 0, count: 504)
    for name in ["Root Entry", "EncryptionInfo", "EncryptedPackage"] {
        var entry = utf16(name)
        entry += [UInt8](repeating: 0, count: 128 - entry.count)
        bytes += entry
    }
    bytes += (0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }
    return bytes
}
