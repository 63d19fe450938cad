/// The regular expressions the readers match, each built once.
///
/// A regex literal written inside a function is parsed and compiled again every time the
/// function runs, which made pattern building the largest cost of segmentation. `Regex` is not
/// `Sendable`, but matching never mutates one (its compiled program is cached atomically), so
/// these shared constants are safe to use from any thread.
enum Pattern {
    // MARK: Labels

    /// A paper line's printed label: "(a)", "(iv)", "(1)"; "12.1", "4.1."; "1.", "a)", "iv.".
    nonisolated(unsafe) static let paperLineLabels: [Regex<(Substring, Substring)>] = [
        /\(([0-9]{1,3}|[ivxIVX]{1,5}|[a-zA-Z])\)\s+/,
        /([0-9]{1,2}(?:\.[0-9]{1,2})+)\.?\s+/,
        /([0-9]{1,3}|[a-zA-Z]|[ivx]{1,5})[.)]\s+/,
    ]
    /// A typed label in brackets: "(1) ", "(iv) ", "(a) ".
    nonisolated(unsafe) static let bracketedLabel = /\((\d{1,3}|[ivx]{1,5}|[a-z])\)[ \t]+/
    /// A typed number: "1. ", "12) ".
    nonisolated(unsafe) static let numberedLabel = /(\d{1,2})[.)][ \t]+/
    /// A typed letter: "a)".
    nonisolated(unsafe) static let letteredLabel = /([a-z])\)[ \t]*/
    /// A section number before a heading's words: "3. ", "3 ".
    nonisolated(unsafe) static let leadingSectionNumber = /\d+\.?\s+/
    /// A number and a space opening a key: "5 ".
    nonisolated(unsafe) static let leadingNumberWord = /\d+\s+/
    /// Digits opening a text.
    nonisolated(unsafe) static let leadingDigits = /\d+/
    /// A paragraph number as a whole label: "5.6", "5.6.".
    nonisolated(unsafe) static let paragraphNumber = /\d{1,2}\.\d{1,2}\.?/
    /// A paragraph number opening a line: "5.6 ".
    nonisolated(unsafe) static let leadingParagraphNumber = /(\d{1,2})\.(\d{1,2})\s+/
    /// A recommendation's label, for matching it by its figure: "R1", "Rec. 4", "Recommendation
    /// 12", "(2)", "3.", "12.1".
    nonisolated(unsafe) static let recommendationNumber = /(?:[Rr](?:ec(?:ommendation)?)?\.?\s*)?\(?([0-9]{1,3}(?:\.[0-9]{1,2})?)\)?\.?/
    /// A recommendation's label opening a row's text, before a colon or dash: "R1: ", "Rec 3 – ".
    nonisolated(unsafe) static let leadingRecommendationNumber = /((?:[Rr](?:ec(?:ommendation)?)?\.?\s*)?[0-9]{1,3})\s*[:–-]\s+/
    /// A row's reference alone in its cell: "1.1", "2.3.", "12", "R4", "A1.2".
    nonisolated(unsafe) static let rowReference = /[A-Z]{0,2}[0-9]{1,3}(?:\.[0-9]{1,3})*\.?/
    /// A body's formal recommendation to another, in capitals: "Cabinet RECOMMENDS to Council
    /// that the Pay Policy Statement … be approved." (the body asked, then the that-clause).
    nonisolated(unsafe) static let recommendsTo = /[A-Z][A-Za-z’' ]{1,60}? RECOMMENDS to (?:the )?([A-Z][A-Za-z’' ]{1,60}?) that (.+)/
    /// "Recommendation 1: …", "Recommendation A – …".
    nonisolated(unsafe) static let namedRecommendation = /[Rr]ecommendation\s+([0-9]{1,3}|[A-Z])\s*[:.–-]\s+(.+)/

    // MARK: Decisions and actions

    /// A decision reference: "24/00109", "CAB123/24", "KD/2025/07", "PHD/ENV/26/02", "FP 2025/38"
    /// (a series' letters before the year belong to the reference, however many parts they have).
    nonisolated(unsafe) static let decisionReference = /(?:[A-Z]{1,5}\/){0,3}(?:[A-Z]{1,5} )?[0-9]{2,4}\/[0-9A-Za-z]{2,8}|[A-Z]{1,4}[0-9]{2,}[A-Za-z0-9\/-]*/
    /// A minute's heading that opens with its reference: "CAB/25/44 EMPTY HOMES STRATEGY",
    /// "CAB/65 LOCAL PLAN REVIEW" (the committee's letters and a number after a slash), "47/25
    /// MINUTES" (a minute number and the year), "PC 74/25 LAND NORTH OF MILL DROVE" (after the
    /// committee's letters), "AC 40 MINUTES" (the committee's letters and a number).
    nonisolated(unsafe) static let minuteHeading = /([A-Z]{1,6}\/[0-9]{2,4}\/[0-9]{1,4}|[A-Z]{2,6}\/[0-9]{1,4}|(?:[A-Z]{1,6} )?[0-9]{1,3}\/[0-9]{2,3}|[A-Z]{2,6} [0-9]{1,3})\s+(.+)/
    /// A minute's reference alone: "C.58", "OSC/34", "CAB/25/44", "47/25", "PC 72/25", "AC 40", "12.".
    nonisolated(unsafe) static let minuteReference = /[A-Z]{1,6}[.\/]?[0-9]{1,4}(?:\/[0-9]{1,4}){0,2}|(?:[A-Z]{1,6} )?[0-9]{1,3}\/[0-9]{2,3}|[A-Z]{2,6} [0-9]{1,3}|[0-9]{1,3}\./
    /// A minute's reference set before its title with a tab: "PC 72/25", "AC 40".
    nonisolated(unsafe) static let lettersMinuteNumber = /[A-Z]{2,6} [0-9]{1,3}(?:\/[0-9]{2})?/
    /// A minute's number and year alone: "47/25".
    nonisolated(unsafe) static let minuteNumber = /[0-9]{1,3}\/[0-9]{2}/
    /// The label of a resolution's part inside a paragraph: "(1) ", "(b) ", "(ii) ".
    nonisolated(unsafe) static let inlinePartLabel = /\(([0-9]{1,2}|[a-z]|[ivx]{1,4})\)\s+/
    /// The body an action sentence opens with, before "to <verb>": "The Head of Service to review …".
    /// Initials' full stops may stand in the name ("Clerk/Cllr G.H. to agree …", "Cllr A.B.
    /// and Clerk to draft …"), not a full stop that ends a sentence. Up to 100 characters: two
    /// posts shared out by "/" are long ("Head of Regulatory Services / Emergency Planning and
    /// Business Continuity Officer"); the readers limit the words of each.
    nonisolated(unsafe) static let ownerBeforeTo = /^([A-Z](?:[^.;:]|\.(?=\S)|\.(?= [a-z\/&])){1,100}?) to [a-z]+/
    /// The time an action sentence closes with: "… by March 2026.".
    nonisolated(unsafe) static let closingDeadline = /\b(?:by|before|no later than)\s+(.+?)\.?$/
    /// A month and year closing a sentence after "in": "… to Cabinet in June 2026."
    nonisolated(unsafe) static let closingMonth = /\bin\s+([A-Z][a-z]{2,8}\s+(?:19|20)[0-9]{2})\.?$/

    /// One entry of a tracker's key: "B = Complete", "; G = On track to meet the due date".
    nonisolated(unsafe) static let keyEntry = /(?:^|[;:,]\s*)([A-Z]{1,2})\s*=\s*([^;=]+?)\s*(?=;|\.?$)/
    /// A sentence defining a status word: "An action is closed when its owner has confirmed …".
    nonisolated(unsafe) static let statusDefinition = /\b(?:An?|The|Each)\s+(?:action|recommendation|item)\s+is\s+(?:marked\s+|shown\s+as\s+)?([A-Za-z]+)\s+when\s+([^.]+)/
    /// The break between two sentences of a paragraph: a full stop, space, then a capital.
    nonisolated(unsafe) static let sentenceBreak = /\.\s+(?=[A-Z])/
    /// Where one sentence ends and another begins in one line: ".", "?" or "!", a space and a
    /// capital ("Q.R. to book" holds none).
    nonisolated(unsafe) static let clauseBreak = /[.?!] [A-Z]/
    /// A person's initials: "Q.R.", "A.B", "J.".
    nonisolated(unsafe) static let initials = /(?:[A-Z]\.){1,3}[A-Z]?\.?/
    /// One entry of a key written with dashes: "Complete (blue) – action delivered", " Red – not
    /// yet started." (the word, a note in brackets, the meaning).
    nonisolated(unsafe) static let dashKeyEntry = /\s*([A-Z][A-Za-z]*(?: [A-Za-z]+){0,2})\s*(?:\([^)]*\))?\s+[–—-]\s+([^–—]+?)\.?\s*/

    // MARK: Dates

    /// A date written in figures, day first: "31/03/2025", "1.4.2025", "30-06-25".
    nonisolated(unsafe) static let numericDate = /\b([0-3]?[0-9])([\/.-])([01]?[0-9])\2((?:19|20)[0-9]{2}|[0-9]{2})\b/
    /// An aside in brackets: "(revised from 30/06/2025)".
    nonisolated(unsafe) static let bracketedAside = /\([^()]*\)/
    /// A financial quarter: "Q3 2024/25", "q1 of 2025-26".
    nonisolated(unsafe) static let financialQuarter = /\b[Qq]([1-4])\s*(?:of\s*)?(20[0-9]{2})\s*[\/-]\s*([0-9]{2,4})\b/
    /// A quarter named alone, without its year: "end of Q2", "Q4".
    nonisolated(unsafe) static let bareQuarter = /\b[Qq]([1-4])\b(?!\s*(?:of\s*)?20[0-9]{2})/
    /// A financial year: "2024/25".
    nonisolated(unsafe) static let financialYear = /\b(20[0-9]{2})\s*[\/-]\s*([0-9]{2})\b/
    /// The opening of a plan year's definition: "Year 1 is ", "Year 2 runs from ", "Year 1
    /// means ", or a later year's with its verb left out ("…, Year 2 April 2027 to March 2028").
    nonisolated(unsafe) static let planYearDefinition = /\b[Yy]ear ([1-9])(?: (?:is|means|runs from|covers|from|=))?\s+(?=[A-Z0-9])/
    /// A timeframe given in plan years: "Year 1", "Years 1–2", "Years 2 to 3".
    nonisolated(unsafe) static let planYearTimeframe = /[Yy]ears? ([1-9])(?:\s*(?:[–—-]|to|and)\s*([1-9]))?/
    /// A span of calendar years: "2025–2026", "2025 to 2027".
    nonisolated(unsafe) static let calendarYearRange = /\b(20[0-9]{2})\s*(?:[–—-]|to)\s*(20[0-9]{2})\b/
    /// A season of a year: "Summer 2026", "winter 2025/26" (ended by the season's last month).
    nonisolated(unsafe) static let season = /(?i)\b(spring|summer|autumn|winter)\s+((?:19|20)[0-9]{2})(?:\s*[\/–-]\s*([0-9]{2}))?\b/

    // MARK: Authorities

    /// A council's full name in title case: "Northbridge Borough Council".
    nonisolated(unsafe) static let councilFullName = /((?:[A-Z][a-z]+ )+?)(County|Borough|City|District|Metropolitan Borough|Parish|Town) Council/
    /// "London Borough of X", "London Borough of X and Y".
    nonisolated(unsafe) static let londonBoroughFullName = /London Borough of [A-Z][a-z]+(?: (?:and|upon) [A-Z][a-z]+)?/
    /// A possessive before a document title: "X’s Self Evaluation".
    nonisolated(unsafe) static let possessiveAuthority = /([A-Z][A-Za-z]+(?: (?:and|&) [A-Z][A-Za-z]+)?)[’']s\s+(?:Self|Children|Action|Scrutiny)/
    /// The place in "London Borough of X", "LB X".
    nonisolated(unsafe) static let londonBoroughPlace = /(?:London Borough of|London Borough|LB) ([A-Z][A-Za-z]+(?: (?:and|upon) [A-Z][A-Za-z]+| [A-Z][A-Za-z]+)?)/
    /// The place in "X Borough Council", "X County Council", "X Metropolitan Borough Council".
    nonisolated(unsafe) static let councilPlace = /([A-Z][A-Za-z]+(?: (?:and|upon) [A-Z][A-Za-z]+)?) (?:Metropolitan )?(?:Borough|County|City|District) Council/

    /// A month alone as a deadline: "March", "the end of March", "the start of April".
    nonisolated(unsafe) static let monthDeadline =
        /(?i:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)/
    /// A date a change takes effect from: "from 1 July 2026", "with effect from April 2026".
    nonisolated(unsafe) static let effectiveDate = /\b(?:[Ff]rom|[Ee]ffective)\s+(?:[0-9]{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)[0-9]{2}/
}
