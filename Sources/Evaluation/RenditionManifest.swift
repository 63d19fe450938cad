public import Foundation

/// The renditions manifest (`Corpus/renditions/manifest.tsv`): one row per independent
/// rendition of a seed, tab-separated under the header
/// `seed  chain  format  path  tool-and-version`.
public struct RenditionManifest: Sendable {
    /// One rendition.
    public struct Row: Hashable, Sendable {
        /// The seed's gold name.
        public var seed: String
        /// The chain's name (`docx-python-docx`, `pdf-chromium`, …).
        public var chain: String
        /// The format it scores as (`docx`, `pdf`, `text`).
        public var format: String
        /// The file's path, resolved.
        public var path: String
        /// The tools that made it, as written.
        public var tool: String
        /// The row's line number in the manifest.
        public var line: Int
    }

    /// The columns the header must start with.
    public static let columns = ["seed", "chain", "format", "path", "tool-and-version"]

    /// The usable rows.
    public var rows: [Row]
    /// Rows that could not be used, as `<manifest>: line N: <problem>`.
    public var problems: [String]

    /// Reads a manifest; a relative path is looked up under each of `bases` in turn.
    /// - Throws: `GoldProblem` when the file cannot be read or its header is not the expected one.
    public static func read(_ url: URL, bases: [URL]) throws -> RenditionManifest {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw GoldProblem(file: url.path, problem: "cannot read the manifest")
        }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        guard let header = lines.first, Array(header.split(separator: "\t").map(String.init).prefix(columns.count)) == columns else {
            throw GoldProblem(file: url.path, problem: "the header must be '\(columns.joined(separator: "<tab>"))'")
        }
        var manifest = RenditionManifest(rows: [], problems: [])
        for (index, line) in lines.enumerated().dropFirst() where !line.trimmingCharacters(in: .whitespaces).isEmpty && !line.hasPrefix("#") {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            let number = index + 1
            guard cells.count >= 4, !cells[0].isEmpty, !cells[1].isEmpty, !cells[3].isEmpty else {
                manifest.problems.append("\(url.path): line \(number): expected seed, chain, format and path separated by tabs")
                continue
            }
            guard let format = format(cells[2]) else {
                manifest.problems.append("\(url.path): line \(number): unknown format '\(cells[2])' (docx, pdf or text)")
                continue
            }
            let path = cells[3]
            let candidates = path.hasPrefix("/") ? [URL(fileURLWithPath: path)] : bases.map { $0.appendingPathComponent(path) }
            guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
                manifest.problems.append("\(url.path): line \(number): \(path): no such file")
                continue
            }
            manifest.rows.append(Row(
                seed: cells[0], chain: cells[1], format: format, path: found.standardizedFileURL.path,
                tool: cells.count > 4 ? cells[4] : "", line: number))
        }
        return manifest
    }

    /// The scoring format of a manifest's format word.
    static func format(_ word: String) -> String? {
        switch word.lowercased() {
        case "docx": "docx"
        case "pdf": "pdf"
        case "text", "txt", "md", "markdown": "text"
        default: nil
        }
    }
}
