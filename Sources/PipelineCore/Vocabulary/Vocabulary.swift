/// What the readers know about the genres councils publish, as data
/// (`Pipelines/genres.yml`): the phrases that mark each kind of paper, the labels of a
/// front sheet, the headings of sections, the words of table column headers, the verbs
/// a body is asked to act by, resolution markers, response and status words.
///
/// The Swift readers interpret these roles; they hold no words of their own. Every phrase
/// is compared case-folded with punctuation removed, except `resolutionMarkers` and
/// `verbs`, which are also recognised by their capitals where the paper writes them so.
public struct Vocabulary: Codable, Hashable, Sendable {
    /// A kind of paper and the title phrases that mark it.
    public struct KindRule: Codable, Hashable, Sendable {
        /// The kind the phrases mark.
        public var kind: DocumentKind
        /// Phrases that, in a title line, say the paper is of this kind.
        public var titlePhrases: [String]

        /// Creates a rule.
        public init(kind: DocumentKind, titlePhrases: [String]) {
            self.kind = kind
            self.titlePhrases = titlePhrases
        }
    }

    /// Kinds and their title phrases, checked in order: the first title line naming a kind decides.
    public var kinds: [KindRule]
    /// Front-sheet labels by field: `from`, `to`, `subject`, `decisionNumber`, `date`,
    /// `classification`, `keyDecision`, `electoralDivision`, `pathway`, `summary`.
    public var frontSheet: [String: [String]]
    /// Section headings by role: `recommendations`, `questions`, `evidence`,
    /// `areasForDevelopment`, `actions`, `procedural`, `contacts`, `attendance`, `proposal`,
    /// `ownedRecommendations` and `recommendationOwners` (the words before who is to act).
    public var sections: [String: [String]]
    /// Column-header words by role: `question`, `grade`, `recommendation`, `action`, `owner`,
    /// `due`, `status`, `progress`, `response`, `responseDecision`, `rag`.
    public var columns: [String: [String]]
    /// Column-header words by role that name the column also when they close a short header
    /// ("Our response", "Board response").
    public var columnEndings: [String: [String]]
    /// Phrases between the body asked and its recommendations ("is asked to", "is recommended to").
    public var askPhrases: [String]
    /// Verbs a body is asked to act by ("NOTE", "APPROVE", "DEBATE AND DECIDE"), longest first when matched.
    public var verbs: [String]
    /// Verbs whose capitals are also an acronym ("SET", "SEND"): read as verbs only where
    /// written in lower case or capitalised ("Set out a plan", "the Council sets up").
    public var plainVerbs: [String]
    /// Lower-case words that may join the capitalised words of a body's name ("Director of
    /// Finance", "Parks and Open Spaces").
    public var nameJoiners: [String]
    /// Endings a verb may be written with ("notes", "approves", "re-affirming"), matched
    /// after the vocabulary's verbs.
    public var verbEndings: [String]
    /// Endings a verb is written with when minutes report what a body did ("approved",
    /// "requested").
    public var pastVerbEndings: [String]
    /// Words after which a recommendation written as a sentence states its verb ("The
    /// Council should publish …").
    public var obligationWords: [String]
    /// Words after an obligation word that make the sentence passive, naming no verb or body
    /// ("… should be told …").
    public var passiveWords: [String]
    /// Sentences that say a paper makes no recommendations.
    public var noRecommendations: [String]
    /// Words that open a resolution in minutes ("RESOLVED", "AGREED").
    public var resolutionMarkers: [String]
    /// Words that, in lower case after the body's name and before "that", report a resolution
    /// in prose ("The Committee resolved that the public be excluded …").
    public var proseResolutions: [String]
    /// Labels that open the decision of a record of decision ("Decision", "Decision taken").
    public var decisionMarkers: [String]
    /// Phrases that open the proposal of an amendment or motion ("proposes", "moves that").
    public var proposalMarkers: [String]
    /// Response words by decision: `accepted`, `partially-accepted`, `rejected`.
    public var responses: [String: [String]]
    /// Verbs a response's short opening sentence states its decision with ("accepts", "agrees").
    public var responseVerbs: [String]
    /// Words that turn such a sentence into a rejection ("does not accept").
    public var negations: [String]
    /// Phrases the meanings of a status key hold, by status (`not-started`, `deferred`,
    /// `superseded`, `ongoing`, `completed`), in the order they are looked for.
    public var statusMeanings: [String: [String]]
    /// Cell values that state nothing ("N/A", "Not applicable").
    public var emptyValues: [String]
    /// Words that name a colour in a key of coloured cells ("blue: complete; grey: not yet
    /// started"), by the colour they name: `red`, `amber`, `yellow`, `green`, `blue`,
    /// `purple`, `grey`.
    public var colourWords: [String: [String]]
    /// Titles and honorifics that open a person's name in a contact block ("Dr", "Cllr").
    public var honorifics: [String]
    /// Phrases that open the line of minutes naming the meeting ("Minutes of a meeting of the").
    public var meetingIntros: [String]
    /// Labels that open an action line in minutes ("Action", "Action point").
    public var actionMarkers: [String]
    /// Words that name an agenda item under a minute's heading ("Item" of "(Item 4)").
    public var itemMarkers: [String]
    /// Closing words of a meeting body's name ("Committee", "Board").
    public var bodyWords: [String]
    /// Phrases before the body a paper goes to on an opening line ("Presented to").
    public var addressedIntros: [String]
    /// Words that open a line saying when a paper was published ("Published 1 October 2025.").
    public var publicationWords: [String]
    /// Words before "of" in an opening line that name the paper, not the body ("Report" of
    /// "Report of the Select Committee").
    public var paperWords: [String]
    /// Words that end a body's name after a meeting intro ("held" of "… the Cabinet held on …").
    public var meetingNameEnds: [String]
    /// What a lead cell may hold besides owners, by role: `conditions` (openings of a phrase
    /// that is a condition, "subject to", "TBC"), `resources` (closing words of a resource,
    /// "capacity"), `droppedOpenings` (words dropped before an owner, "via").
    public var ownerCells: [String: [String]]
    /// Title lines of a meeting's own papers ("Agenda"): printed over the body's name
    /// ("CABINET"), the two lines are the title and the body the meeting.
    public var meetingPapers: [String]
    /// Closing words of the name of the public body a paper is by ("County Council",
    /// "Integrated Care Board"), read off its text as its authority; their initials after a
    /// place's initial make its acronym ("KCC").
    public var authorityTypes: [String]
    /// Opening words of the name of a public body that puts its type before its place
    /// ("London Borough of", "Royal Borough of"): with the place's capitalised words after
    /// them, they name the paper's authority as `authorityTypes` do.
    public var authorityOpenings: [String]

    /// Creates a vocabulary.
    public init(
        kinds: [KindRule] = [], frontSheet: [String: [String]] = [:], sections: [String: [String]] = [:],
        columns: [String: [String]] = [:], columnEndings: [String: [String]] = [:], askPhrases: [String] = [], verbs: [String] = [],
        plainVerbs: [String] = [], nameJoiners: [String] = [],
        verbEndings: [String] = [], pastVerbEndings: [String] = [], obligationWords: [String] = [], passiveWords: [String] = [],
        noRecommendations: [String] = [], resolutionMarkers: [String] = [], proseResolutions: [String] = [], decisionMarkers: [String] = [],
        proposalMarkers: [String] = [], responses: [String: [String]] = [:], responseVerbs: [String] = [],
        negations: [String] = [], statusMeanings: [String: [String]] = [:], emptyValues: [String] = [],
        colourWords: [String: [String]] = [:],
        honorifics: [String] = [],
        meetingIntros: [String] = [], actionMarkers: [String] = [], itemMarkers: [String] = [],
        bodyWords: [String] = [], addressedIntros: [String] = [], publicationWords: [String] = [], paperWords: [String] = [],
        meetingNameEnds: [String] = [],
        ownerCells: [String: [String]] = [:], meetingPapers: [String] = [], authorityTypes: [String] = [],
        authorityOpenings: [String] = []
    ) {
        self.authorityTypes = authorityTypes
        self.authorityOpenings = authorityOpenings
        self.bodyWords = bodyWords
        self.addressedIntros = addressedIntros
        self.publicationWords = publicationWords
        self.meetingPapers = meetingPapers
        self.paperWords = paperWords
        self.meetingNameEnds = meetingNameEnds
        self.ownerCells = ownerCells
        self.meetingIntros = meetingIntros
        self.actionMarkers = actionMarkers
        self.itemMarkers = itemMarkers
        self.kinds = kinds
        self.frontSheet = frontSheet
        self.sections = sections
        self.columns = columns
        self.columnEndings = columnEndings
        self.askPhrases = askPhrases
        self.verbs = verbs
        self.plainVerbs = plainVerbs
        self.nameJoiners = nameJoiners
        self.verbEndings = verbEndings
        self.pastVerbEndings = pastVerbEndings
        self.obligationWords = obligationWords
        self.passiveWords = passiveWords
        self.noRecommendations = noRecommendations
        self.resolutionMarkers = resolutionMarkers
        self.proseResolutions = proseResolutions
        self.decisionMarkers = decisionMarkers
        self.proposalMarkers = proposalMarkers
        self.responses = responses
        self.responseVerbs = responseVerbs
        self.negations = negations
        self.statusMeanings = statusMeanings
        self.emptyValues = emptyValues
        self.colourWords = colourWords
        self.honorifics = honorifics
    }

    /// The phrases of a section role; empty when the vocabulary names none.
    public func sectionPhrases(_ role: String) -> [String] { sections[role] ?? [] }

    /// The header words of a column role; empty when the vocabulary names none.
    public func columnWords(_ role: String) -> [String] { columns[role] ?? [] }

    /// The labels of a front-sheet field; empty when the vocabulary names none.
    public func frontSheetLabels(_ field: String) -> [String] { frontSheet[field] ?? [] }
}
