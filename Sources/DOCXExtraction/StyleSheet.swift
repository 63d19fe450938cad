/// The paragraph and character styles of `word/styles.xml`, resolved through their
/// `w:basedOn` chains: display names, heading levels, list numbering and run formatting.
struct StyleSheet {
    /// What a style means once its `basedOn` chain is applied.
    struct ResolvedStyle {
        /// The display name (`Heading 2`), or the id when the style has no name.
        var name: String
        /// Heading level (1 = top) from the outline level or the style name.
        var headingLevel: Int?
        /// The list the style numbers its paragraphs with, when it does.
        var numbering: ListReference?
        /// Run formatting including the document defaults (for paragraph styles).
        var run: RunFormat
        /// Run formatting of the style chain alone (for character styles layered on a paragraph).
        var ownRun: RunFormat
    }

    private struct Definition {
        var name: String?
        var basedOn: String?
        var outlineLevel: Int?
        var numId: String?
        var ilvl: Int?
        var run = RunFormat()
    }

    private var definitions: [String: Definition] = [:]
    private var resolved: [String: ResolvedStyle] = [:]
    /// The document's default run formatting (`w:docDefaults`).
    private(set) var defaults = RunFormat()
    /// The id of the default paragraph style (usually `Normal`).
    private(set) var defaultParagraphStyle: String?

    /// An empty style sheet, for packages without styles.xml.
    init() {}

    /// Reads styles.xml.
    init(bytes: [UInt8], part: String, file: String) throws {
        let reader = try XMLPartReader(bytes: bytes, part: part, file: file)
        var path: [String] = []
        var currentId: String?
        var current = Definition()
        while try reader.read() {
            switch reader.node {
            case .start:
                let local = reader.name.local
                if local == "tblStylePr" {
                    try reader.skipElement()
                    continue
                }
                path.append(local)
                let parent = path.count >= 2 ? path[path.count - 2] : ""
                let grandparent = path.count >= 3 ? path[path.count - 3] : ""
                switch local {
                case "style":
                    current = Definition()
                    currentId = reader.attribute(.word, "styleId")
                    let type = reader.attribute(.word, "type") ?? "paragraph"
                    if type == "paragraph", reader.attribute(.word, "default") == "1" { defaultParagraphStyle = currentId }
                case "name" where parent == "style": current.name = reader.attribute(.word, "val")
                case "basedOn" where parent == "style": current.basedOn = reader.attribute(.word, "val")
                case "outlineLvl" where parent == "pPr": current.outlineLevel = reader.attribute(.word, "val").flatMap { Int($0) }
                case "numId" where parent == "numPr": current.numId = reader.attribute(.word, "val")
                case "ilvl" where parent == "numPr": current.ilvl = reader.attribute(.word, "val").flatMap { Int($0) }
                default:
                    if parent == "rPr" && grandparent == "style" {
                        current.run.apply(reader)
                    } else if parent == "rPr" && grandparent == "rPrDefault" {
                        defaults.apply(reader)
                    }
                }
            case .end:
                if reader.name.local == "style", let id = currentId {
                    if definitions[id] == nil { definitions[id] = current }
                    currentId = nil
                }
                if !path.isEmpty { path.removeLast() }
            case .text:
                break
            }
        }
        for id in definitions.keys { resolved[id] = resolve(id) }
    }

    /// The resolved style with the given id, or nil when styles.xml does not define it.
    subscript(id: String) -> ResolvedStyle? { resolved[id] }

    private func resolve(_ id: String) -> ResolvedStyle {
        var chain: [Definition] = []
        var visited: Set<String> = []
        var next: String? = id
        while let key = next, !visited.contains(key), let definition = definitions[key], chain.count < 32 {
            visited.insert(key)
            chain.append(definition)
            next = definition.basedOn
        }
        var own = RunFormat()
        var outline: Int?
        var numId: String?
        var ilvl: Int?
        for definition in chain.reversed() {
            own = own.overlaid(by: definition.run)
            if let level = definition.outlineLevel { outline = level }
            if let value = definition.numId { numId = value }
            if let value = definition.ilvl { ilvl = value }
        }
        let rawName = definitions[id]?.name ?? id
        let name = rawName.prefix(1).uppercased() + rawName.dropFirst()
        var heading: Int?
        if let outline, (0...8).contains(outline) {
            heading = outline + 1
        } else {
            heading = Self.headingLevel(named: rawName)
        }
        let numbering = numId.flatMap { $0 == "0" ? nil : ListReference(numId: $0, level: ilvl ?? 0) }
        return ResolvedStyle(
            name: name, headingLevel: heading, numbering: numbering, run: defaults.overlaid(by: own), ownRun: own)
    }

    /// The heading level a style name implies: "heading N" gives N, "Title" gives 1.
    static func headingLevel(named name: String) -> Int? {
        let lower = name.lowercased()
        if lower == "title" { return 1 }
        guard lower.hasPrefix("heading ") else { return nil }
        guard let level = Int(lower.dropFirst("heading ".count)), (1...9).contains(level) else { return nil }
        return level
    }
}

/// A paragraph's place in a numbered list: the `w:num` instance and the level within it.
struct ListReference: Hashable {
    /// The `w:numId` of the list instance.
    var numId: String
    /// The list level (`w:ilvl`), 0 = outermost.
    var level: Int
}
