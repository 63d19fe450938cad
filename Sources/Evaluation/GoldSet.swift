public import Foundation

/// A gold file that could not be used: the file and what is wrong with it, in words a
/// labeller can act on ("recommendations[3]: missing key 'text'").
public struct GoldProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// The gold file's path.
    public var file: String
    /// What is wrong.
    public var problem: String

    /// Creates a problem.
    public init(file: String, problem: String) {
        self.file = file
        self.problem = problem
    }

    /// `<file>: <problem>`.
    public var description: String { "\(file): \(problem)" }
}

/// The gold answers of a gold folder: the seeds' files at its top level, the real papers'
/// files in its `real/` subfolder (`source` relative to the shared folder) and the genre
/// papers' files in `genres/` (`source` relative to the repository), each read on its own so
/// one bad file is named and skipped while the rest load.
public struct GoldSet: Sendable {
    /// The splits a real or genre paper's gold may name, in report order: `tune` papers may be
    /// read while building the readers, `unseen` ones are scored only at the end, and `fresh`
    /// ones were written after the readers were tuned, by someone who had not read them.
    public static let splits = ["tune", "unseen", "fresh"]

    /// The seeds' gold, sorted by file name.
    public var seeds: [GoldDocument]
    /// The real papers' gold, sorted by file name.
    public var real: [GoldDocument]
    /// The genre papers' gold (papers made here in the genres councils publish), sorted by file name.
    public var genres: [GoldDocument]
    /// The files that could not be used.
    public var problems: [GoldProblem]

    /// Creates a gold set.
    public init(seeds: [GoldDocument] = [], real: [GoldDocument] = [], genres: [GoldDocument] = [], problems: [GoldProblem] = []) {
        self.seeds = seeds
        self.real = real
        self.genres = genres
        self.problems = problems
    }

    /// Reads a gold folder (`Corpus/gold`); a missing `real/` or `genres/` subfolder gives no papers.
    public static func load(folder: URL) -> GoldSet {
        var set = GoldSet()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            set.problems.append(GoldProblem(file: folder.path, problem: "no such gold folder"))
            return set
        }
        for url in jsonFiles(in: folder) {
            do { set.seeds.append(try read(url, real: false)) } catch let problem as GoldProblem { set.problems.append(problem) } catch {}
        }
        for url in jsonFiles(in: folder.appendingPathComponent("real")) {
            do { set.real.append(try read(url, real: true)) } catch let problem as GoldProblem { set.problems.append(problem) } catch {}
        }
        for url in jsonFiles(in: folder.appendingPathComponent("genres")) {
            do { set.genres.append(try read(url, real: true)) } catch let problem as GoldProblem { set.problems.append(problem) } catch {}
        }
        return set
    }

    /// The `*.json` files directly in a folder, sorted by name; none when it does not exist.
    static func jsonFiles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Reads one gold file.
    /// - Parameter real: True for a paper's file (real or genre), which must name its `source` and `split`.
    /// - Throws: `GoldProblem` naming the file and what is wrong.
    public static func read(_ url: URL, real: Bool) throws -> GoldDocument {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw GoldProblem(file: url.path, problem: "cannot read the file")
        }
        let gold: GoldDocument
        do {
            gold = try JSONDecoder().decode(GoldDocument.self, from: data)
        } catch let error as DecodingError {
            throw GoldProblem(file: url.path, problem: describe(error))
        } catch {
            throw GoldProblem(file: url.path, problem: "not a gold file (\(error))")
        }
        let stem = url.deletingPathExtension().lastPathComponent
        if gold.name != stem {
            throw GoldProblem(file: url.path, problem: "name '\(gold.name)' differs from the file name '\(stem)'")
        }
        if real {
            guard let source = gold.source, !source.isEmpty else {
                throw GoldProblem(file: url.path, problem: "missing key 'source' (the paper's path)")
            }
            if source.hasPrefix("/") {
                throw GoldProblem(file: url.path, problem: "source '\(source)' must be a relative path")
            }
            guard let split = gold.split else {
                throw GoldProblem(file: url.path, problem: "missing key 'split' (\(splits.joined(separator: ", ")))")
            }
            guard splits.contains(split) else {
                throw GoldProblem(file: url.path, problem: "split must be one of \(splits.joined(separator: ", ")), not '\(split)'")
            }
        }
        return gold
    }

    /// A decoding error as a path into the file and what is wrong there.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            var out = ""
            for key in keys {
                if let index = key.intValue { out += "[\(index)]" } else { out += out.isEmpty ? key.stringValue : ".\(key.stringValue)" }
            }
            return out
        }
        func at(_ keys: [any CodingKey]) -> String {
            let text = path(keys)
            return text.isEmpty ? "" : "\(text): "
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(at(context.codingPath))missing key '\(key.stringValue)'"
        case .typeMismatch(let type, let context):
            return "\(at(context.codingPath))expected \(typeName(type))"
        case .valueNotFound(let type, let context):
            return "\(at(context.codingPath))null where \(typeName(type)) is required"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "not valid JSON" }
            return "\(at(context.codingPath))\(context.debugDescription)"
        @unknown default:
            return "not a gold file"
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is [String].Type: "a list of strings"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: String(describing: type).hasPrefix("Array") ? "a list" : "an object"
        }
    }
}
