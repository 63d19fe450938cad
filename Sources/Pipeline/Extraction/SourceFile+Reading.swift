public import PipelineCore
import Foundation

extension SourceFile {
    /// Reads a file from disk into a `SourceFile` named by the path as given.
    /// - Parameter path: The path the user gave; kept verbatim for errors and `Document.source`.
    /// - Throws: `PipelineError` with `.unreadableFile` when the path does not exist, is a
    ///   folder, or cannot be read.
    public static func read(path: String) throws -> SourceFile {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw PipelineError(stage: "extract", file: path, reason: .unreadableFile, message: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw PipelineError(stage: "extract", file: path, reason: .unreadableFile, message: "is a folder, not a file")
        }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return SourceFile(path: path, data: [UInt8](data))
        } catch {
            throw PipelineError(
                stage: "extract", file: path, reason: .unreadableFile, message: "the file cannot be read",
                underlying: (error as NSError).localizedDescription)
        }
    }
}
