/// An evaluation framework as data (the SET is one): domains with the names documents
/// use for them, questions word for word, and the scales ratings and progress are written in.
///
/// Loaded from `Pipelines/frameworks/*.yml`, so a user can add a framework without recompiling.
public struct Framework: Codable, Hashable, Sendable {
    /// Short identifier (`set`).
    public var id: String
    /// Display name.
    public var name: String
    /// Domains in framework order.
    public var domains: [FrameworkDomain]
    /// Rating scales: each maps written forms to a level.
    public var ratingScales: [Scale]
    /// Progress scales: each maps written forms to a status.
    public var progressScales: [Scale]

    /// Creates a framework.
    public init(id: String, name: String, domains: [FrameworkDomain], ratingScales: [Scale], progressScales: [Scale]) {
        self.id = id
        self.name = name
        self.domains = domains
        self.ratingScales = ratingScales
        self.progressScales = progressScales
    }

    /// Every question of every domain, in framework order.
    public var questions: [FrameworkQuestion] { domains.flatMap(\.questions) }
}

/// One domain of a framework.
public struct FrameworkDomain: Codable, Hashable, Sendable {
    /// Domain id (`governance`).
    public var id: String
    /// Canonical name ("Integrated governance").
    public var name: String
    /// Other names documents use for it ("Inter-agency governance").
    public var aliases: [String]
    /// The domain's questions; empty where no source states them.
    public var questions: [FrameworkQuestion]

    /// Creates a domain.
    public init(id: String, name: String, aliases: [String] = [], questions: [FrameworkQuestion] = []) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.questions = questions
    }
}

/// One framework question, word for word as the sources ask it.
public struct FrameworkQuestion: Codable, Hashable, Sendable {
    /// Question id (`GOV-1`).
    public var id: String
    /// The question text.
    public var text: String
    /// Other wordings the documents use for the same question.
    public var variants: [String]
    /// Extra terms that signal the question's topic (used by tagging).
    public var keywords: [String]

    /// Creates a question.
    public init(id: String, text: String, variants: [String] = [], keywords: [String] = []) {
        self.id = id
        self.text = text
        self.variants = variants
        self.keywords = keywords
    }
}

/// A scale: written forms mapped to a value (a rating level or a status).
public struct Scale: Codable, Hashable, Sendable {
    /// Scale id (`rag`, `abc`, `levels`, `progress-rag`, `completion`).
    public var id: String
    /// Each entry maps forms (matched case-insensitively, whole words) to a value.
    public var entries: [ScaleEntry]

    /// Creates a scale.
    public init(id: String, entries: [ScaleEntry]) {
        self.id = id
        self.entries = entries
    }
}

/// One value of a scale and the ways documents write it.
public struct ScaleEntry: Codable, Hashable, Sendable {
    /// The value: a `Rating.Level` raw value or a `Status` raw value.
    public var value: String
    /// Written forms ("Green", "A", "good to best practice").
    public var forms: [String]
    /// Cell shading colours (`RRGGBB`) that mean this value.
    public var colours: [String]

    /// Creates an entry.
    public init(value: String, forms: [String], colours: [String] = []) {
        self.value = value
        self.forms = forms
        self.colours = colours
    }
}

/// Acronyms the documents use and what they stand for.
public struct Glossary: Codable, Hashable, Sendable {
    /// One acronym and its expansions.
    public struct Entry: Codable, Hashable, Sendable {
        /// The acronym as written ("VCS").
        public var acronym: String
        /// What it stands for; the first is the preferred expansion.
        public var expansions: [String]
        /// Misspellings seen in documents ("CYYP" for "CYPP").
        public var variants: [String]

        /// Creates an entry.
        public init(acronym: String, expansions: [String], variants: [String] = []) {
            self.acronym = acronym
            self.expansions = expansions
            self.variants = variants
        }
    }
    /// Entries in file order.
    public var entries: [Entry]

    /// Creates a glossary.
    public init(entries: [Entry]) {
        self.entries = entries
    }
}
