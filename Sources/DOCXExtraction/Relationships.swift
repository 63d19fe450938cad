/// The relationships of one package part (`_rels/*.rels`): ids to targets, with internal
/// targets resolved to package paths.
struct Relationships {
    /// One relationship.
    struct Relationship {
        /// The relationship type URI's last path component (`header`, `hyperlink`, `footnotes`).
        var kind: String
        /// The package path of an internal target, or the target as written when external.
        var target: String
        /// True when the target lies outside the package (a web link).
        var isExternal: Bool
    }

    /// Relationships in the order the part lists them.
    private(set) var all: [Relationship] = []
    private var byId: [String: Int] = [:]

    /// An empty set, for parts without relationships.
    init() {}

    /// Reads a relationships part.
    /// - Parameters:
    ///   - bytes: The `.rels` part.
    ///   - part: Its package path, for errors.
    ///   - base: The folder internal targets are relative to (`word/` for the document).
    ///   - file: The input file, for errors.
    init(bytes: [UInt8], part: String, base: String, file: String) throws {
        let reader = try XMLPartReader(bytes: bytes, part: part, file: file)
        while try reader.read() {
            guard reader.node == .start, reader.name.local == "Relationship",
                let id = reader.attribute(nil, "Id"), let target = reader.attribute(nil, "Target")
            else { continue }
            let type = reader.attribute(nil, "Type") ?? ""
            let kind = type.split(separator: "/").last.map(String.init) ?? ""
            let external = reader.attribute(nil, "TargetMode") == "External"
            let resolved = external ? target : Self.resolve(target, base: base)
            if byId[id] == nil { byId[id] = all.count }
            all.append(Relationship(kind: kind, target: resolved, isExternal: external))
        }
    }

    /// The relationship with the given id.
    subscript(id: String) -> Relationship? {
        byId[id].map { all[$0] }
    }

    /// The first relationship of a kind (`officeDocument`, `styles`).
    func first(kind: String) -> Relationship? {
        all.first { $0.kind == kind }
    }

    /// Resolves a relative target against a folder, folding `.` and `..` segments.
    static func resolve(_ target: String, base: String) -> String {
        var segments: [Substring] = target.hasPrefix("/") ? [] : base.split(separator: "/")
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}
