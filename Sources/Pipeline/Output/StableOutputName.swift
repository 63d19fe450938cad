public import Foundation
import PipelineCore

/// Names each input's review JSON after its file name and its absolute path, so that the name
/// is the same on every run, whatever else the run reads, and two sources never share one:
/// `Corpus/pdf/report.pdf` → `report-3f2a91c0`, where `3f2a91c0` is the start of the SHA-256
/// of `/abs/path/Corpus/pdf/report.pdf`. Two paths whose eight-digit prefixes collide keep
/// sixteen digits, then the whole hash.
public enum StableOutputName {
    /// The absolute, standardised form of a path (`.` and `..` resolved, symlinks kept).
    public static func absolutePath(_ path: String, workingDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        let absolute = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        return URL(fileURLWithPath: absolute).standardized.path
    }

    /// The output name (without `.json`) of each absolute path.
    public static func names(forAbsolutePaths paths: [String]) -> [String: String] {
        var names: [String: String] = [:]
        var taken: [String: String] = [:]
        for path in paths where names[path] == nil {
            let hash = SHA256.hex(of: Array(path.utf8))
            let stem = self.stem(of: path)
            for digits in [8, 16, hash.count] {
                let name = "\(stem)-\(hash.prefix(digits))"
                if taken[name] == nil || digits == hash.count {
                    taken[name] = path
                    names[path] = name
                    break
                }
            }
        }
        return names
    }

    /// The file name without its extension, with characters unsafe in file names replaced.
    static func stem(of path: String) -> String {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        var stem = fileName
        if let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex { stem = String(fileName[..<dot]) }
        let safe = String(stem.unicodeScalars.map { scalar -> Character in
            scalar.properties.isWhitespace || "\\:*?\"<>|".unicodeScalars.contains(scalar) ? "_" : Character(scalar)
        })
        return safe.isEmpty ? "document" : String(safe.prefix(80))
    }
}
