public import Foundation

/// Validates JSON against the subset of JSON Schema (draft 2020-12) that Scrutineer's
/// schemas use: `type` (one or a list, `null` included), `properties`, `required`,
/// `additionalProperties: false`, `enum`, `items`, `pattern`, `anyOf`, and `$ref` into `$defs`.
public struct JSONSchemaValidator: Sendable {
    private let root: JSONValue

    /// Loads a schema.
    /// - Throws: when the file is not JSON.
    public init(schemaAt url: URL) throws {
        root = try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: url))
    }

    /// Creates a validator from a schema value.
    public init(schema: JSONValue) {
        root = schema
    }

    /// The problems with a JSON document, each as `path: problem`; empty when it is valid.
    public func validate(_ data: Data) throws -> [String] {
        let value = try JSONDecoder().decode(JSONValue.self, from: data)
        var problems: [String] = []
        check(value, against: root, path: "$", problems: &problems)
        return problems
    }

    private func check(_ value: JSONValue, against schema: JSONValue, path: String, problems: inout [String]) {
        guard case .object(let rules) = schema else { return }
        if case .string(let reference)? = rules["$ref"] {
            guard let target = resolve(reference) else {
                problems.append("\(path): unresolvable $ref \(reference)")
                return
            }
            check(value, against: target, path: path, problems: &problems)
        }
        if case .array(let options)? = rules["anyOf"] {
            let passes = options.contains { option in
                var scratch: [String] = []
                check(value, against: option, path: path, problems: &scratch)
                return scratch.isEmpty
            }
            if !passes { problems.append("\(path): matches none of anyOf") }
        }
        if let type = rules["type"] {
            let allowed: [String]
            switch type {
            case .string(let one): allowed = [one]
            case .array(let many): allowed = many.compactMap { if case .string(let s) = $0 { s } else { nil } }
            default: allowed = []
            }
            if !allowed.contains(where: { Self.value(value, is: $0) }) {
                problems.append("\(path): expected \(allowed.joined(separator: " or ")), found \(Self.typeName(value))")
                return
            }
        }
        if case .array(let options)? = rules["enum"], !options.contains(value) {
            problems.append("\(path): \(Self.describe(value)) is not one of the allowed values")
        }
        if case .string(let pattern)? = rules["pattern"], case .string(let text) = value {
            if let regex = try? NSRegularExpression(pattern: pattern),
               regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
                problems.append("\(path): \"\(text)\" does not match \(pattern)")
            }
        }
        if case .object(let members) = value {
            let properties: [String: JSONValue]
            if case .object(let declared)? = rules["properties"] { properties = declared } else { properties = [:] }
            if case .array(let required)? = rules["required"] {
                for case .string(let key) in required where members[key] == nil {
                    problems.append("\(path): missing required property \(key)")
                }
            }
            for key in members.keys.sorted() {
                let member = members[key]!
                if let propertySchema = properties[key] {
                    check(member, against: propertySchema, path: "\(path).\(key)", problems: &problems)
                } else if case .bool(false)? = rules["additionalProperties"] {
                    problems.append("\(path): unexpected property \(key)")
                }
            }
        }
        if case .array(let elements) = value, let items = rules["items"] {
            for (index, element) in elements.enumerated() {
                check(element, against: items, path: "\(path)[\(index)]", problems: &problems)
            }
        }
    }

    private func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#/") else { return nil }
        var node = root
        for part in reference.dropFirst(2).split(separator: "/") {
            guard case .object(let members) = node, let next = members[String(part)] else { return nil }
            node = next
        }
        return node
    }

    private static func value(_ value: JSONValue, is type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("integer", .integer), ("number", .integer), ("number", .number),
             ("string", .string), ("array", .array), ("object", .object):
            return true
        default:
            return false
        }
    }

    private static func typeName(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .integer: "integer"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    private static func describe(_ value: JSONValue) -> String {
        if case .string(let text) = value { return "\"\(text)\"" }
        return typeName(value)
    }
}
