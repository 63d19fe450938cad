/// Lenient decoding for hand-written framework and glossary files: list fields that a
/// file leaves out decode as empty lists.
extension FrameworkDomain {
    enum CodingKeys: String, CodingKey { case id, name, aliases, questions }

    /// Decodes a domain; `aliases` and `questions` may be omitted.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id),
            name: try c.decode(String.self, forKey: .name),
            aliases: try c.decodeIfPresent([String].self, forKey: .aliases) ?? [],
            questions: try c.decodeIfPresent([FrameworkQuestion].self, forKey: .questions) ?? []
        )
    }
}

extension FrameworkQuestion {
    enum CodingKeys: String, CodingKey { case id, text, variants, keywords }

    /// Decodes a question; `variants` and `keywords` may be omitted.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id),
            text: try c.decode(String.self, forKey: .text),
            variants: try c.decodeIfPresent([String].self, forKey: .variants) ?? [],
            keywords: try c.decodeIfPresent([String].self, forKey: .keywords) ?? []
        )
    }
}

extension ScaleEntry {
    enum CodingKeys: String, CodingKey { case value, forms, colours }

    /// Decodes a scale entry; `colours` may be omitted.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            value: try c.decode(String.self, forKey: .value),
            forms: try c.decodeIfPresent([String].self, forKey: .forms) ?? [],
            colours: try c.decodeIfPresent([String].self, forKey: .colours) ?? []
        )
    }
}

extension Glossary.Entry {
    enum CodingKeys: String, CodingKey { case acronym, expansions, variants }

    /// Decodes a glossary entry; `expansions` and `variants` may be omitted.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            acronym: try c.decode(String.self, forKey: .acronym),
            expansions: try c.decodeIfPresent([String].self, forKey: .expansions) ?? [],
            variants: try c.decodeIfPresent([String].self, forKey: .variants) ?? []
        )
    }
}
