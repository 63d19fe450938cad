/// The list definitions of `word/numbering.xml`: abstract numbering levels and the `w:num`
/// instances that point at them, with their start overrides.
struct Numbering {
    /// One level of a list definition.
    struct Level: Hashable {
        /// The first number of the level.
        var start = 0
        /// The number format (`decimal`, `lowerLetter`, `bullet`, …).
        var format = "decimal"
        /// The label template (`%1.`, `(%2)`, `%1.%2`).
        var text = ""
        /// True when higher-level numbers are shown in decimal (`w:isLgl`).
        var isLegal = false
    }

    /// A `w:num` instance: its abstract definition and per-level overrides.
    struct Instance {
        var abstractId: String
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: Level] = [:]
    }

    private var abstracts: [String: [Int: Level]] = [:]
    private var instances: [String: Instance] = [:]

    /// An empty definition set, for packages without numbering.xml.
    init() {}

    /// Reads numbering.xml.
    init(bytes: [UInt8], part: String, file: String) throws {
        let reader = try XMLPartReader(bytes: bytes, part: part, file: file)
        var abstractId: String?
        var numId: String?
        var instance: Instance?
        var overrideLevel: Int?
        var levelIndex: Int?
        var level = Level()
        while try reader.read() {
            guard reader.name.namespace == .word else { continue }
            switch reader.node {
            case .start:
                switch reader.name.local {
                case "abstractNum":
                    abstractId = reader.attribute(.word, "abstractNumId")
                    if let abstractId, abstracts[abstractId] == nil { abstracts[abstractId] = [:] }
                case "num":
                    numId = reader.attribute(.word, "numId")
                    instance = Instance(abstractId: "")
                case "abstractNumId" where instance != nil:
                    instance?.abstractId = reader.attribute(.word, "val") ?? ""
                case "lvlOverride":
                    overrideLevel = reader.attribute(.word, "ilvl").flatMap { Int($0) }
                case "startOverride":
                    if let index = overrideLevel, let value = reader.attribute(.word, "val").flatMap({ Int($0) }) {
                        instance?.startOverrides[index] = value
                    }
                case "lvl":
                    levelIndex = reader.attribute(.word, "ilvl").flatMap { Int($0) }
                    level = Level()
                case "start" where levelIndex != nil:
                    level.start = reader.attribute(.word, "val").flatMap { Int($0) } ?? 0
                case "numFmt" where levelIndex != nil:
                    level.format = reader.attribute(.word, "val") ?? "decimal"
                case "lvlText" where levelIndex != nil:
                    level.text = reader.attribute(.word, "val") ?? ""
                case "isLgl" where levelIndex != nil:
                    level.isLegal = reader.attribute(.word, "val").map { !["0", "false", "off"].contains($0) } ?? true
                default:
                    break
                }
            case .end:
                switch reader.name.local {
                case "lvl":
                    if let index = levelIndex {
                        if let overrideIndex = overrideLevel, instance != nil {
                            instance?.levelOverrides[overrideIndex] = level
                        } else if let abstractId, abstracts[abstractId]?[index] == nil {
                            abstracts[abstractId]?[index] = level
                        }
                    }
                    levelIndex = nil
                case "lvlOverride": overrideLevel = nil
                case "abstractNum": abstractId = nil
                case "num":
                    if let numId, let instance, instances[numId] == nil { instances[numId] = instance }
                    numId = nil
                    instance = nil
                default: break
                }
            case .text:
                break
            }
        }
    }

    /// The level definition a list instance uses at `level`, overrides applied.
    func level(_ level: Int, of numId: String) -> Level? {
        guard let instance = instances[numId] else { return nil }
        if let override = instance.levelOverrides[level] { return override }
        return abstracts[instance.abstractId]?[level]
    }

    /// The number a list instance's level starts at, overrides applied.
    func start(_ level: Int, of numId: String) -> Int? {
        if let override = instances[numId]?.startOverrides[level] { return override }
        return self.level(level, of: numId)?.start
    }
}
