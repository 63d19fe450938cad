import Foundation

/// Turns the paths a user gives into input files: folders walked recursively in sorted
/// order, hidden files and folders left out.
public enum InputFiles {
    /// The files to run, and the hidden files a walk left out.
    public struct Collection: Hashable, Sendable {
        /// Files to run, in order.
        public var files: [String]
        /// Hidden files met while walking folders, not run.
        public var skipped: [String]
        /// Paths that do not exist.
        public var missing: [String]
    }

    /// Expands paths: a file stays as given, a folder becomes its files (recursively, sorted
    /// by path, hidden entries skipped).
    public static func collect(_ paths: [String]) -> Collection {
        var result = Collection(files: [], skipped: [], missing: [])
        let manager = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                result.missing.append(path)
                continue
            }
            guard isFolder.boolValue else {
                result.files.append(path)
                continue
            }
            var found: [String] = []
            walk(path, into: &found, skipped: &result.skipped)
            result.files.append(contentsOf: found.sorted())
        }
        return result
    }

    private static func walk(_ folder: String, into files: inout [String], skipped: inout [String]) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return }
        for name in names.sorted() {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            if name.hasPrefix(".") {
                skipped.append(path)
                continue
            }
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue { walk(path, into: &files, skipped: &skipped) } else { files.append(path) }
        }
    }
}
