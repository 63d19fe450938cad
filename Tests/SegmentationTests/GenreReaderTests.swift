import Pipeline
import PipelineCore
import Segmentation
import Testing
import TestSupport

/// Reads a paper through the pipeline's extractor and segments it with the shipped vocabulary.
private func review(_ file: SourceFile) throws -> ReviewDocument {
    var diagnostics = Diagnostics()
    let document = try Extractor().extract(file, diagnostics: &diagnostics)
    return try Segmenter(framework: FrameworkFixture.set, vocabulary: FrameworkFixture.vocabulary)
        .segment(document, diagnostics: &diagnostics)
}

/// Real county-council papers of the tune split (`Corpus/gold/real`, split "tune").
@Suite(.enabled(if: SharedPapers.isPresent, "../shared/real-dev is not beside the checkout"))
struct CommitteePaperTests {
    @Test func readsFrontSheetAndTheListAskedOfCabinet() throws {
        let paper = try review(SharedPapers.council(
            "kent-cabinet-2025-01-30-24-00109-transfer-the-18-25-section-of-the-strengthening-independence"))
        #expect(paper.document.decisionNumber == "24/00109")
        #expect(paper.document.meeting == "Cabinet")
        #expect(paper.document.date == "2025-01-30")
        #expect(paper.recommendations.map(\.number) == ["A", "B"])
        #expect(paper.recommendations.map(\.verb) == ["TRANSFER", "DELEGATE"])
        #expect(paper.recommendations.first?.addressee == "Cabinet")
        #expect(paper.recommendations.last?.text.hasPrefix("DELEGATE authority to the Corporate Director of Adult Social Care and Health") == true)
        #expect(paper.evidence.isEmpty)
    }

    @Test func keepsTwoAsksOfOneBodyWhoseVerbsDiffer() throws {
        // The front sheet asks Council to note the report, the closing section to endorse it.
        let paper = try review(SharedPapers.council("kent-full_council-2025-03-13-council-report-mid-year-24-25"))
        #expect(paper.recommendations.map(\.text) == [
            "County Council is asked to note the report.", "County Council is asked to endorse this report.",
        ])
        #expect(paper.recommendations.map(\.verb) == ["NOTE", "ENDORSE"])
        // The front sheet's "To: County Council – 13 March 2025" is a form's value, whole,
        // though another row's column starts inside it.
        #expect(paper.document.date == "2025-03-13")
    }

    @Test func foldsTheListPrintedTwiceIntoOne() throws {
        let paper = try review(SharedPapers.council("kent-full_council-2025-03-13-devo-and-lgr-cc-report-march-2025"))
        #expect(paper.document.kind == .committeeReport)
        #expect(paper.document.title == "Devolution and Local Government Reorganisation update")
        #expect(paper.recommendations.count == 1)
        let only = try #require(paper.recommendations.first)
        #expect(only.number == "1")
        #expect(only.verb == "NOTE")
        #expect(only.addressee == "County Council")
        #expect(only.text == "Note the update on devolution and local government reorganisation.")
        #expect(only.alsoAt?.count == 1)
    }

    @Test func readsTwentyTwoLetteredRecommendationsAcrossSubHeadingsAndPages() throws {
        let paper = try review(SharedPapers.council("kent-full_council-2025-02-13-council-covering-report-2025-26-budget-final"))
        #expect(paper.recommendations.count == 22)
        #expect(paper.recommendations.first?.number == "a")
        #expect(paper.recommendations.last?.number == "v")
        let increase = try #require(paper.recommendations.first { $0.number == "e" })
        #expect(increase.verb == "INCREASE")
        #expect(paper.recommendations.first { $0.number == "c" }?.text == "The net revenue budget requirement of £1,530.9m for 2025-26.")
        #expect(paper.recommendations.allSatisfy { $0.addressee == "County Council" })
    }

    @Test func readsResolutionsWithTheirMinuteAndParts() throws {
        let paper = try review(SharedPapers.council("kent-cabinet-2025-01-30-minutes-of-the-meeting-held-on-9th-january-2025"))
        #expect(paper.document.kind == .minutes)
        #expect(paper.document.meeting == "Cabinet")
        #expect(paper.document.date == "2025-01-09")
        #expect(paper.recommendations.isEmpty)
        #expect(paper.evidence.isEmpty)
        #expect(paper.decisions.count == 7)
        let noted = try #require(paper.decisions.first { $0.item == "82" })
        #expect(noted.text == "Cabinet note the report.")
        #expect(noted.number == nil)
        #expect(noted.decisionMaker == "Cabinet")
        #expect(paper.decisions.filter { $0.item == "83" }.map(\.number) == ["1", "2", "3"])
    }

    @Test(arguments: [
        // "KCC’s Budget" and "Kent Pay Scheme": the acronym with the place the paper names.
        "kent-full_council-2025-02-13-council-covering-report-2025-26-budget-final",
        // "Kent County Council Labour Group" in the title line.
        "kent-full_council-2025-02-13-1-annex-1-labour-group-budget-covering-report-2025",
        // Named in full only in the body ("The Kent County Council Scrutiny Committee").
        "kent-full_council-2025-03-13-appendix-2-constitution-changes",
    ])
    func readsTheAuthorityTheTextStates(_ stem: String) throws {
        #expect(try review(SharedPapers.council(stem)).document.authority == "Kent County Council")
    }

    @Test(arguments: [
        // Only the logo names the council; the text says "County Council" and "@kent.gov.uk".
        "kent-cabinet-2025-03-13-public-reports-pack-13th-mar-2025-15-00-cabinet",
        // "KCC" without the place it stands for anywhere in the text.
        "kent-full_council-2025-03-13-council-report-mid-year-24-25",
    ])
    func givesNoAuthorityThePaperDoesNotState(_ stem: String) throws {
        #expect(try review(SharedPapers.council(stem)).document.authority == nil)
    }

    @Test(arguments: [
        ("kent-cabinet-2025-01-30-agenda-frontsheet-30th-jan-2025-10-00-cabinet", "2025-01-30"),
        ("kent-cabinet-2025-03-13-public-reports-pack-13th-mar-2025-15-00-cabinet", "2025-03-13"),
    ])
    func readsAnAgendasTitleMeetingAndDate(_ stem: String, date: String) throws {
        let paper = try review(SharedPapers.council(stem))
        #expect(paper.document.kind == .other)
        // "AGENDA" over "CABINET": both lines are the title, the body the meeting, and the
        // meeting's date (not the publication date at the foot) the paper's.
        #expect(paper.document.title == "AGENDA CABINET")
        #expect(paper.document.meeting == "Cabinet")
        #expect(paper.document.date == date)
    }

    @Test func readsTheProposalOfAnAmendmentForm() throws {
        let paper = try review(SharedPapers.council(
            "kent-full_council-2025-02-13-2-amendment-greens-and-independents-home-to-school-transport-feasibil"))
        #expect(paper.document.kind == .decision)
        let proposal = try #require(paper.decisions.first)
        #expect(proposal.kind == .proposal)
        #expect(proposal.number == "2")
        #expect(proposal.text.hasPrefix("Allocate up to £75k from the money earmarked for general reserves"))
        // The form's next label ("Proposed Amount") is not part of the proposal.
        #expect(proposal.text.hasSuffix("for children in mainstream education."))
    }

    @Test(arguments: [
        "kent-cabinet-2025-01-30-24-00096-eqia",
        "kent-cabinet-2025-01-30-agenda-frontsheet-30th-jan-2025-10-00-cabinet",
        "kent-full_council-2025-03-13-appendix-2-constitution-changes",
        "kent-cabinet-2025-01-30-24-00109-appendix-c-dpia-screening-tool-outcome-transitions",
        "kent-full_council-2025-03-13-appendix-1-kent-cmpb-2024-annual-report",
    ])
    func givesNothingWhereAPaperAsksNothing(_ stem: String) throws {
        let paper = try review(SharedPapers.council(stem))
        #expect(paper.recommendations.isEmpty)
        #expect(paper.decisions.isEmpty)
        #expect(paper.actions.isEmpty)
        #expect(paper.evidence.isEmpty)
        #expect(paper.questions.isEmpty)
    }
}

/// Made-up papers of other councils' styles (`Corpus/genres`, split "tune").
struct OtherCouncilGenreTests {
    @Test func readsAnActionPlanTableWithOwnersDatesAndStatus() throws {
        let paper = try review(Corpus.file("genres/northbridge-tobacco-control-action-plan.docx"))
        #expect(paper.document.kind == .actionPlan)
        #expect(paper.actions.count == 8)
        #expect(paper.recommendations.isEmpty)
        // Numbered actions keep their gaps (1, 2, 4 …).
        #expect(paper.actions.map(\.label) == ["1", "2", "4", "5", "6", "7", "9", "10"])
        let first = try #require(paper.actions.first)
        #expect(first.owners == ["Public Health Schools Team", "Northbridge Youth Service"])
        #expect(first.timeframe == "Short term (by March 2025)")
        #expect(first.due == "2025-03")
        // "Q3 2024/25" ends with the third quarter of the financial year.
        #expect(paper.actions[1].due == "2024-12")
        #expect(paper.actions[1].status == .completed)
        // An empty "By when" cell stays null.
        #expect(paper.actions[5].timeframe == nil)
        #expect(paper.actions[5].due == nil)
    }

    @Test func readsRAGLettersByThePapersOwnKey() throws {
        let paper = try review(Corpus.file("genres/harbourside-icb-internal-audit-tracker.pdf"))
        #expect(paper.document.authority == "Harbourside Integrated Care Board")
        #expect(paper.recommendations.compactMap(\.number) == ["1", "2", "3", "4", "6"])
        // "B = Complete" is a status; "G = On track to meet the due date", "A = At risk …" and
        // "R = Past the due date" judge the timetable, so the green and amber cells give none.
        #expect(paper.recommendations.filter { $0.number != nil }.map(\.status)
            == [.completed, nil, nil, nil, .completed])
    }

    @Test func readsThemesVerbsAndBodiesOfObligationSentences() throws {
        let paper = try review(Corpus.file("genres/westshire-send-transport-select-committee-review.pdf"))
        #expect(paper.recommendations.map(\.number) == ["1", "2", "3", "4", "5", "6"])
        // Printed first in a summary, then again under the findings' theme headings.
        #expect(paper.recommendations.map(\.theme) == [
            "Communication with families", "Communication with families", "Independence and travel training",
            "Independence and travel training", "Contracts and costs", "Contracts and costs",
        ])
        #expect(paper.recommendations.allSatisfy { $0.alsoAt?.count == 1 })
        // "… should be told", "… should be offered": passive, naming neither verb nor body.
        #expect(paper.recommendations.map(\.verb) == ["PUBLISH", nil, "EXPAND", nil, "RETENDER", "RECEIVE"])
        #expect(paper.recommendations.map(\.addressee) == ["Council", nil, "Council", nil, "Council", "Select Committee"])
    }

    @Test func readsATrackersFigureDatesThemesAndVerbs() throws {
        let paper = try review(Corpus.file("genres/harbourside-icb-internal-audit-tracker.pdf"))
        // The letterhead "Harbourside Integrated Care Board" is the authority, not the meeting.
        #expect(paper.document.meeting == "Audit and Risk Committee")
        let items = paper.recommendations.filter { $0.number != nil }
        // "31/12/2025 (revised from 30/06/2025)": the aside is not the due date.
        #expect(items.map(\.due) == ["2025-03-31", "2025-09-30", "2025-12-31", "2025-05-31", "2025-06-30"])
        // The "Audit" column names each row's theme.
        #expect(items.first?.theme == "Continuing Healthcare (2024/25)")
        #expect(items.map(\.verb) == ["MAKE", "REMIND", "PUBLISH", "RECONCILE", "COMPLETE"])
    }

    @Test func readsTheLettersOfAKeyLine() {
        let key = ItemTableReader.letterKey("RAG key: B = Complete; G = On track to meet the due date; A = At risk; R = Past the due date.")
        #expect(key == ["B": "Complete", "G": "On track to meet the due date", "A": "At risk", "R": "Past the due date"])
        #expect(ItemTableReader.letterKey("Where x = 2 and y = 3") == nil)
        // A key written with dashes, its words with a note in brackets.
        let dashed = ItemTableReader.letterKey(
            "RAG status: Complete (blue) – action delivered; Green – in progress and on track; Amber – in progress but behind the target date; Red – not yet started.")
        #expect(dashed == ["Complete": "action delivered", "Green": "in progress and on track",
                           "Amber": "in progress but behind the target date", "Red": "not yet started"])
        #expect(ItemTableReader.letterKey("We met the carers; the young carers; and the schools – all of them.") == nil)
    }

    @Test func readsAnActionPlanWhoseKeyGivesEachRAGWordItsProgress() throws {
        // PDF table: Ref and Objective cells cover several action rows; RAG words on shaded cells.
        let paper = try review(Corpus.file("genres/otterbeck-climate-emergency-action-plan.pdf"))
        #expect(paper.actions.map(\.label) == ["CE1.1", "CE1.2", "CE1.3", "CE2.1", "CE2.2", "CE3.1", "CE3.3", "CE3.4"])
        // Complete → completed (the word itself), Green and Amber → "in progress …" → ongoing,
        // Red → "not yet started".
        #expect(paper.actions.map(\.status) == [.completed, .ongoing, .notStarted, .ongoing, .ongoing, .ongoing, .completed, .ongoing])
        #expect(paper.actions[2].owners == ["Leisure and Assets Manager", "Climate Change Officer"])
    }

    @Test func readsAPDFPlanWhoseOutcomeCellsCoverSeveralActions() throws {
        let paper = try review(Corpus.file("genres/brackenford-health-and-wellbeing-delivery-plan.pdf"))
        #expect(paper.actions.count == 8)
        #expect(paper.actions[1].text == "Offer every family with a new baby a home visit from a Family Hub practitioner before the baby is eight weeks old.")
        #expect(paper.actions[1].owners == ["Kelderwick ICB", "Brackenford Family Hubs"])
        #expect(paper.actions[4].text == "Train frontline staff across the partnership in Making Every Contact Count.")
        #expect(paper.actions[4].owners == ["Public Health Workforce Lead"])
        // Two bodies joined by "and" or "&", the second naming the place again.
        #expect(paper.actions[2].owners == ["Brackenford Family Hubs", "Brackenford Breastfeeding Network"])
        #expect(paper.actions[5].owners == ["Brackenford PCNs", "Brackenford CVS"])
        #expect(paper.actions[7].owners == ["Age Friendly Brackenford", "Brackenford Libraries"])
        #expect(paper.actions[4].timeframe == "Ongoing")
        // "Year 1", "Years 1–2": due at the end of the plan years the paper's own text defines.
        #expect(paper.actions.map(\.due) == ["2026-03", "2026", nil, "2026-03", nil, "2027-03", "2027-03", "2026"])
    }

    @Test func readsThePlanYearsAPaperDefines() {
        let years = ItemTableReader.planYears(
            "Timescales are given as plan years: Year 1 is April 2025 to March 2026, Year 2 is 2026/27 and Year 3 is 2027/28.")
        #expect(years == [1: "2026-03", 2: "2027-03", 3: "2028-03"])
        #expect(ItemTableReader.planYears("In year 1 is when most of the work happens.") == nil)
    }

    @Test func readsRecommendationsForEachBodyOfANeedsAssessment() throws {
        let paper = try review(Corpus.file("genres/northbridge-young-carers-needs-assessment.pdf"))
        #expect(paper.document.kind == .needsAssessment)
        #expect(paper.recommendations.map(\.number) == ["1", "2", "3", "4", "5", "6", "7", "8"])
        // "Recommendations for DfE" is the theme of its items and names their owner; it
        // addresses no body.
        #expect(paper.recommendations.first?.theme == "Recommendations for DfE")
        #expect(paper.recommendations.first?.owners == ["DfE"])
        #expect(paper.recommendations.first?.addressee == nil)
        #expect(paper.recommendations.last?.owners == ["schools and colleges"])
        #expect(paper.recommendations.map(\.verb) == ["ADD", "EXTEND", "PUBLISH", "COMPLETE", "FUND", "OFFER", "NAME", "GIVE"])
        #expect(paper.recommendations.last?.text == "Give young carers a card that lets them contact home during the school day without penalty.")
    }

    @Test func readsThatTheCommitteeLists() throws {
        let paper = try review(Corpus.file("genres/eastmarsh-licensing-committee-gambling-policy-report.pdf"))
        #expect(paper.document.kind == .committeeReport)
        #expect(paper.document.authority == "Eastmarsh District Council")
        #expect(paper.recommendations.map(\.number) == ["a", "b", "c"])
        #expect(paper.recommendations.first?.text == "notes the responses to the consultation summarised in Appendix 2;")
        #expect(paper.recommendations.first?.addressee == "Committee")
        // Third-person verbs, as written.
        #expect(paper.recommendations.map(\.verb) == ["NOTES", "APPROVES", "AGREES"])
    }

    @Test func readsARecordTableUnderEachRecommendationOfAResponse() throws {
        let paper = try review(Corpus.file("genres/westshire-cabinet-response-flood-risk-review.pdf"))
        #expect(paper.document.kind == .executiveResponse)
        // The title line's "Select Committee’s Review" is not the meeting.
        #expect(paper.document.meeting == "Cabinet")
        let second = try #require(paper.recommendations.first { $0.number == "2" })
        #expect(second.responseDecision == .partiallyAccepted)
        #expect(second.owners == ["Head of Highways"])
        #expect(second.timeframe == "From April 2025")
        #expect(second.due == "2025-04")
        let third = try #require(paper.recommendations.first { $0.number == "3" })
        #expect(third.owners == ["Emergency Planning Manager", "Westshire Association of Parish Councils"])
        #expect(third.verb == "CREATE")
        #expect(paper.recommendations.first { $0.number == "4" }?.responseDecision == .rejected)
        #expect(paper.recommendations.first { $0.number == "4" }?.due == nil)
    }

    /// A summary of consultation responses is a survey report; it says it makes no
    /// recommendations, and its empty "Recommendations" heading and numbered questions give none.
    @Test func readsAConsultationSummaryAsASurveyReportWithNothingToFind() throws {
        let paper = try review(Corpus.file("genres/eastmarsh-leisure-consultation-summary.docx"))
        #expect(paper.document.kind == .surveyReport)
        #expect(paper.document.authority == "Eastmarsh District Council")
        #expect(paper.recommendations.isEmpty && paper.actions.isEmpty && paper.decisions.isEmpty)
    }

    @Test func readsARecordOfOfficerDecisionAsADecision() throws {
        let paper = try review(Corpus.file("genres/otterbeck-officer-decision-public-toilets-contract.pdf"))
        #expect(paper.document.kind == .decision)
        #expect(paper.document.authority == "Otterbeck District Council")
        #expect(paper.recommendations.isEmpty && paper.actions.isEmpty)
        // A borderless two-column form whose rows sit no further apart than a cell's lines:
        // each "Label:" opens its own row, so the reference and the decision list are read.
        #expect(paper.document.decisionNumber == "ODR/2025/118")
        #expect(paper.decisions.map(\.text) == [
            "To award the contract for the cleaning and maintenance of the Council’s eleven public toilets to Brightwell Facilities Ltd for three years from 1 August 2025, with an option to extend by up to two further years, at a cost of £186,400 a year.",
            "To authorise the Legal Services Manager to complete and seal the contract.",
        ])
        #expect(paper.decisions.allSatisfy { $0.decisionMaker == "Head of Environmental Services" && $0.date == "2025-07-14" })
    }

    @Test func endsTheRecommendationsWhereANumberedSectionInCapitalsStartsTheCountAgain() throws {
        let paper = try review(Corpus.file("genres/brackenford-cabinet-empty-homes-report.docx"))
        // "1. INTRODUCTION" after items 1–4 is the report's first section, not item 5.
        #expect(paper.recommendations.map(\.number) == ["1", "2", "3", "4"])
        #expect(!paper.recommendations.contains { $0.text.hasPrefix("INTRODUCTION") })
        // "That Cabinet adopts …" and "That the Portfolio Holder for Housing reports …" name
        // their body; "That authority is delegated …" names none.
        #expect(paper.recommendations.map(\.addressee) == ["Cabinet", "Cabinet", nil, "Portfolio Holder for Housing"])
        #expect(paper.recommendations.map(\.verb) == ["ADOPTS", "RECOMMENDS", nil, "REPORTS"])
        // The front sheet's "Forward plan ref" row.
        #expect(paper.document.decisionNumber == "FP/25/031")
    }

    @Test func readsBulletedRecommendationsGroupedByWhoIsToAct() throws {
        let paper = try review(Corpus.file("genres/hollinshire-loneliness-needs-assessment.docx"))
        #expect(paper.document.kind == .needsAssessment)
        // The bold title above the first section heading, not "Key findings".
        #expect(paper.document.title == "Loneliness and Social Isolation in Later Life")
        #expect(paper.recommendations.count == 7)
        let first = try #require(paper.recommendations.first)
        #expect(first.text.hasPrefix("Make loneliness everyone’s business. Adopt one definition"))
        #expect(first.verb == "MAKE")
        #expect(first.owners.isEmpty)
        // "For NHS partners:" and "For voluntary and community sector partners:" own the items below them.
        let hearing = try #require(paper.recommendations.first { $0.text.hasPrefix("Include hearing and sight.") })
        #expect(hearing.owners == ["NHS partners"])
        #expect(hearing.addressee == nil)
        let transport = try #require(paper.recommendations.last)
        #expect(transport.text.hasPrefix("Share transport."))
        #expect(transport.owners == ["voluntary and community sector partners"])
        // Key findings are bullets too, but not under a recommendations heading.
        #expect(!paper.recommendations.contains { $0.text.contains("One in four") })
    }

    @Test func readsResolutionsWithTheirMinuteReferenceWhetherPartsRunOnOrStandAlone() throws {
        let paper = try review(Corpus.file("genres/brackenford-cabinet-minutes-october-2025.pdf"))
        #expect(paper.document.kind == .minutes)
        // "CAB/25/44 EMPTY HOMES …" heads the minute; its resolution's parts run on in one
        // paragraph ("RESOLVED – (1) that …; (2) that …; and (3) that …").
        #expect(paper.decisions.map(\.item) == ["CAB/25/43", "CAB/25/44", "CAB/25/44", "CAB/25/44", "CAB/25/46", "CAB/25/47", "CAB/25/47"])
        #expect(paper.decisions.map(\.number) == [nil, "1", "2", "3", nil, "1", "2"])
        #expect(paper.decisions[1].text == "the Empty Homes Strategy 2025–2030 be adopted;")
        #expect(paper.decisions[3].text == "authority be delegated to the Director of Finance to award discretionary reductions from the premium.")
        // Parts on lines of their own, after a page break, lose their opening "that" too.
        #expect(paper.decisions[6].text == "the Planning Policy Manager be authorised to publish the Scheme on the Council’s website.")
        #expect(paper.decisions.allSatisfy { $0.kind == .resolution && $0.decisionMaker == "Cabinet" })
    }

    @Test func splitsOnlyLabelsThatOpenAPartOfAResolution() {
        let parts = DecisionReader.inlineParts("(1) that the plan be adopted; (2) that Council be recommended to note (a) its cost; and (3) that the Leader be thanked.")
        #expect(parts.map(\.number) == ["1", "2", "3"])
        #expect(parts.map(\.text) == ["the plan be adopted;", "Council be recommended to note (a) its cost; and", "the Leader be thanked."])
        #expect(DecisionReader.inlineParts("that the report (2) be noted.").isEmpty)
    }

    @Test func readsNotesWithAgreedItemsDecisionLinesAndActions() throws {
        let paper = try review(Corpus.file("genres/harbourside-place-partnership-board-notes.pdf"))
        #expect(paper.document.kind == .minutes)
        #expect(paper.decisions.map(\.text).contains("the notes of the meeting on 12 March 2025 were an accurate record."))
        // "Notes and decisions of the meeting held on …" names no body; the heading under the
        // partner's letterhead does, for the paper and for the decisions taken at its meeting.
        #expect(paper.document.meeting == "Harbourside Place Partnership Board")
        // The file's title property "Place Partnership Board notes" runs over two printed
        // lines; the printed heading is the title.
        #expect(paper.document.title == "Harbourside Place Partnership Board")
        #expect(paper.decisions.allSatisfy { $0.decisionMaker == "Harbourside Place Partnership Board" })
        let share = try #require(paper.actions.first { $0.text.hasPrefix("RM to share") })
        #expect(share.owners == ["RM"])
        let deferred = try #require(paper.actions.first { $0.text.hasPrefix("Arrange a visit") })
        #expect(deferred.due == nil)
        #expect(deferred.timeframe == nil)
    }

    @Test func readsAFollowUpOfAuditRecommendationsByItsStatusKey() throws {
        // Ref | Priority | Recommendation | Management response | Responsible officer |
        // Target date | Status, each audit a row spanning the table, the key a paragraph of
        // "Word – meaning." sentences.
        let paper = try review(Corpus.file("genres/sallowmere-audit-recommendations-follow-up.pdf"))
        #expect(paper.document.kind == .tracker)
        let rows = paper.recommendations.filter { $0.number?.contains("-") == true }
        #expect(rows.map(\.number) == ["CTB-01", "CTB-03", "PCM-01", "PCM-02", "PCM-04", "PCM-05", "HBO-02", "HBO-03"])
        // Implemented → completed, Partially implemented → ongoing, Not implemented ("no
        // agreed action has been taken yet") → not started, Not yet due and Risk accepted → none.
        #expect(rows.map(\.status) == [.completed, .ongoing, .completed, .ongoing, .notStarted, nil, .superseded, nil])
        #expect(rows.map(\.theme) == [
            "Council Tax and Business Rates (2024/25)", "Council Tax and Business Rates (2024/25)",
            "Procurement and Contract Management (2024/25)", "Procurement and Contract Management (2024/25)",
            "Procurement and Contract Management (2024/25)", "Procurement and Contract Management (2024/25)",
            "Housing Benefit Overpayments (2023/24)", "Housing Benefit Overpayments (2023/24)",
        ])
        // The words after the status are its progress note.
        #expect(rows[0].progress == "Reconciled every month since February 2025; evidence seen by Internal Audit.")
        #expect(rows[5].progress == nil)
        // "Agreed in part." and "Not agreed." open the management responses.
        #expect(rows.map(\.responseDecision) == [.accepted, .accepted, .accepted, .partiallyAccepted, .accepted, .accepted, .accepted, .rejected])
        // "N/A" states no timescale.
        #expect(rows[7].timeframe == nil && rows[7].due == nil)
        #expect(rows[6].verb == "RECOVER")
    }

    @Test func readsAHealthScrutinyTrackerByItsKeyTableAndMeetingDates() throws {
        // Date of meeting | Recommendation | Response from the Trust/ICB | Status, the key a
        // "Status | Meaning" table, the last row's response running onto the next page.
        let paper = try review(Corpus.file("genres/marrowfield-hosc-recommendations-tracker.pdf"))
        #expect(paper.document.kind == .tracker)
        let rows = Array(paper.recommendations.dropFirst())
        #expect(rows.count == 9)
        // The meeting dates are when the committee asked, not when the work is due; the topic
        // in brackets is the theme of the meeting's rows.
        #expect(rows.allSatisfy { $0.due == nil && $0.timeframe == nil })
        #expect(rows.map(\.theme) == [
            "Stroke rehabilitation", "Stroke rehabilitation", "Children and young people’s mental health",
            "Children and young people’s mental health", "Children and young people’s mental health",
            "Winter planning and NHS 111", "Winter planning and NHS 111", "Winter planning and NHS 111", "Dementia support",
        ])
        // Closed ("overtaken by other work") → superseded; Not implemented ("decided not to
        // carry out") → none; the last row has no status yet.
        #expect(rows.map(\.status) == [.completed, .ongoing, .ongoing, .completed, nil, .completed, .ongoing, .superseded, nil])
        // "The ICB accepts this recommendation." / "… in part." / "does not accept": decisions.
        #expect(rows.map(\.responseDecision) == [.accepted, .partiallyAccepted, nil, nil, .rejected, .accepted, .accepted, nil, .accepted])
        // "That the ICB reports …", "The ICB to set out …": the body asked and its verb.
        #expect(rows.map(\.addressee) == [
            "ICB", "Pellbridge and Crane Hospitals NHS Trust", "ICB", nil, "ICB", "Trust", "ICB", nil, "ICB",
        ])
        #expect(rows[2].verb == "SET" && rows[6].verb == "CONSULTS")
        // The response the page break cut is read whole.
        #expect(rows[8].response?.hasSuffix("The ICB will report back when the directory is published.") == true)
    }

    @Test(arguments: [
        "genres/pellbridge-icb-board-finance-report-month-9.pdf",
        "genres/sallowmere-members-bulletin-cost-of-living.docx",
    ])
    func callsAPaperForAMeetingThatAsksNothingOther(_ path: String) throws {
        let paper = try review(Corpus.file(path))
        #expect(paper.document.kind == .other)
        #expect(paper.recommendations.isEmpty && paper.decisions.isEmpty && paper.actions.isEmpty)
    }

    @Test func readsAStatusWordASentenceDefines() {
        let found = ItemTableReader.definedStatus("An action is closed when its owner has confirmed to the Business Manager that it has been done.")
        #expect(found?.word == "closed")
        #expect(found?.meaning == "its owner has confirmed to the Business Manager that it has been done")
        #expect(ItemTableReader.definedStatus("The meeting is closed when the Chair says so.") == nil)
    }

    @Test func readsTheSentencesOfAKeyParagraph() {
        let key = ItemTableReader.letterKey(
            "Implemented – fully in place and evidence seen by Internal Audit. Partially implemented – part of the agreed action is in place and work on the rest is under way. Not implemented – no agreed action has been taken yet. Not yet due – the target date has not been reached.")
        #expect(key?["Partially implemented"] == "part of the agreed action is in place and work on the rest is under way")
        #expect(key?.count == 4)
        #expect(ItemTableReader.letterKey("The plan – agreed in May – was late. It was – we think – worth it.") == nil)
    }

    @Test func readsStatusesFromColouredBoxesByThePapersKeyOfBoxes() throws {
        // The RAG key is a table of coloured boxes and meanings; the RAG cells are empty boxes.
        let paper = try review(Corpus.file("genres/marrowfield-community-safety-delivery-plan.docx"))
        #expect(paper.document.kind == .actionPlan)
        #expect(paper.actions.map(\.label) == ["P1.1", "P1.2", "P1.4", "P2.1", "P2.2", "P2.3", "P3.1", "P3.2", "P3.3"])
        // Green and amber are "In progress …", blue "Complete", red "Off track – significant risk
        // that the action will not be delivered" (no status), grey "Closed – replaced by other
        // work", and the key's unshaded box "Not yet started".
        #expect(paper.actions.map(\.status) == [.ongoing, .ongoing, .completed, .completed, .notStarted, .ongoing, nil, .superseded, .ongoing])
        #expect(paper.actions[1].due == "2026-08")
        // "End Q4" in a plan named for 2025/26: the fourth quarter of that financial year.
        #expect(paper.actions[8].timeframe == "End Q4" && paper.actions[8].due == "2026-03")
        // The document-control table dates the plan.
        #expect(paper.document.date == "2025-12")
    }

    @Test func readsNumberedMinutesAndWhatTheCommitteeRecommendsToCabinet() throws {
        let paper = try review(Corpus.file("genres/tarnmouth-place-scrutiny-committee-minutes.pdf"))
        #expect(paper.document.kind == .minutes)
        // "47/25 MINUTES": the minute number and the year.
        #expect(paper.decisions.map(\.item) == ["47/25", "49/25", "49/25", "49/25", "50/25", "50/25", "52/25"])
        #expect(paper.decisions.map(\.number) == [nil, "a", "b", "c", "a", "b", nil])
        // "RECOMMENDED to Cabinet that:" opens the parts of the committee's recommendation.
        #expect(paper.decisions[4].text == "the charge for a first residents’ parking permit be increased to no more than £52 in 2026/27; and")
        // The heading names the committee; its decisions are its own.
        #expect(paper.decisions.allSatisfy { $0.decisionMaker == "Place Overview and Scrutiny Committee" })
    }

    @Test func readsABodyWhoseNameJoinsTwoPlaces() throws {
        let paper = try review(Corpus.file("genres/pellbridge-icb-board-finance-report-month-9.pdf"))
        #expect(paper.document.authority == "Pellbridge and Crane Integrated Care Board")
    }

    @Test func readsTheMeetingAPaperSaysItIsPresentedTo() throws {
        // "Presented to the Quality and Safety Committee, 10 July 2025" under the title of a
        // report that asks nothing.
        let report = try review(Corpus.file("genres/kelderwick-icb-patient-experience-annual-report.pdf"))
        #expect(report.document.kind == .other)
        #expect(report.document.meeting == "Quality and Safety Committee")
        // "Meeting: ICB Board (meeting held in public)": the note in brackets is no part of the name.
        let paper = try review(Corpus.file("genres/kelderwick-icb-board-winter-plan-paper.docx"))
        #expect(paper.document.meeting == "ICB Board")
    }

    @Test func readsTheSecondRenditionsOfTheNumberedMinutesAndTheTracker() throws {
        // The python-docx DOCX behind the LibreOffice PDF: minute numbers and part labels set
        // apart from their text by a tab, headings as bold paragraphs.
        let minutes = try review(Corpus.file("genres/renditions/python-docx/tarnmouth-place-scrutiny-committee-minutes.docx"))
        #expect(minutes.decisions.map(\.item) == ["47/25", "49/25", "49/25", "49/25", "50/25", "50/25", "52/25"])
        #expect(minutes.decisions.map(\.number) == [nil, "a", "b", "c", "a", "b", nil])
        // "1. Background" in bold after the covering recommendation is a section, not an item.
        let tracker = try review(Corpus.file("genres/renditions/python-docx/marrowfield-hosc-recommendations-tracker.docx"))
        #expect(tracker.recommendations.count == 10)
        #expect(!tracker.recommendations.contains { $0.text == "Background" })
    }

    @Test func readsATaskAndFinishReportsTableOfRecommendationsWithWhomTheyAreFor() throws {
        // A covering "The Committee is asked to endorse …" and a "No. | Recommendation | To |
        // Timescale" table: the rows follow the covering sentence.
        let paper = try review(Corpus.file("genres/corrowby-fly-tipping-task-and-finish-report.docx"))
        #expect(paper.recommendations.map(\.number) == [nil, "1", "2", "3", "4", "5", "6", "7", "8"])
        let first = paper.recommendations[1]
        #expect(first.owners == ["Cabinet"])
        #expect(first.timeframe == "By April 2026" && first.due == "2026-04")
        #expect(first.addressee == "Council")
        #expect(paper.recommendations[3].owners == ["Head of Environmental Services", "Community Safety Manager"])
    }

    @Test func readsMinutesSetOutAsATableOfMinuteNumbers() throws {
        let paper = try review(Corpus.file("genres/kestrelford-city-council-minutes-january-2026.pdf"))
        #expect(paper.document.kind == .minutes)
        #expect(paper.decisions.map(\.item) == ["C.60", "C.63", "C.63", "C.63", "C.64", "C.64", "C.64", "C.66"])
    }

    @Test func readsABoardsAgreedItemsWithAndWithoutLabels() throws {
        let paper = try review(Corpus.file("genres/brindlecombe-safeguarding-children-partnership-minutes.pdf"))
        // "The Board AGREED: …" on one line, and "The Board AGREED:" over two unlabelled parts.
        #expect(paper.decisions.map(\.item) == ["2", "3", "4", "5", "5", "7"])
        #expect(paper.decisions[0].text == "the minutes of the meeting held on 18 September 2025 as an accurate record.")
        #expect(paper.decisions[3].text == "to approve the revised Continuum of Need threshold guidance for publication from 5 January 2026;")
        #expect(paper.decisions[4].text.hasPrefix("that multi-agency training on the revised guidance is offered"))
        // "DECISION: The Board accepted …" is a decision, not a front-sheet decision number.
        #expect(paper.document.decisionNumber == nil)
        // "An action is closed when its owner has confirmed … that it has been done", printed
        // under the action log: Closed → completed; Open says nothing more.
        #expect(paper.actions.map(\.status) == [.completed, .completed, nil, nil, nil, nil])
    }

    @Test func readsWhoIsAskedInARecommendationTheAuthorsMake() throws {
        // "We recommend that the ICB commissions …", each followed by an "Action for:" line.
        let paper = try review(Corpus.file("genres/brindlecombe-pharmaceutical-needs-assessment-summary.pdf"))
        #expect(paper.document.date == "2025-10-01")
        #expect(paper.recommendations.count == 7)
        #expect(paper.recommendations.map(\.addressee) == [
            "ICB", "Brindlecombe County Council", "ICB", "commissioners", "Health and Wellbeing Board", "pharmacies", "pharmacies",
        ])
        #expect(paper.recommendations.map(\.verb) == ["COMMISSIONS", "EXTENDS", "MONITORS", "MAKE", "PUBLISHES", "PUBLISH", "OFFER"])
        #expect(paper.recommendations[0].owners == ["Dunmere and Askew ICB (Pharmacy Contracting Team)"])
        #expect(paper.recommendations[6].owners == ["Community pharmacy contractors", "Community Pharmacy Brindlecombe"])
        // A sub-heading after "Recommendations for commissioners" themes the items under it.
        #expect(paper.recommendations[5].theme == "Good practice for pharmacy contractors")
    }

    @Test func readsAnImprovementPlansMilestonesByItsOwnQuartersAndKey() throws {
        let paper = try review(Corpus.file("genres/brindlecombe-childrens-services-improvement-plan.pdf"))
        #expect(paper.document.authority == "Brindlecombe County Council")
        // The version table's date, not the inspection's month in the subtitle.
        #expect(paper.document.date == "2025-11-24")
        // "end of Q2", "end of Q4": quarters of the financial year the plan names (2025/26).
        #expect(paper.actions.prefix(3).map(\.due) == ["2025-09", "2026-01", "2026-03"])
        // "R – not started or stalled" names two states: no status.
        #expect(paper.actions.map(\.status) == [.completed, .ongoing, .ongoing, .ongoing, nil, .ongoing, .completed, .ongoing, nil])
    }

    @Test func readsActionsSetBesideTheRecommendationsTheyAnswer() throws {
        // Recommendation | Our response | Actions | Lead | Timescale | Progress (RAG), the
        // recommendation and response cells merged down over their actions.
        let paper = try review(Corpus.file("genres/medlowe-corporate-peer-challenge-action-plan.docx"))
        #expect(paper.recommendations.map(\.number) == ["1", "2", "3", "4", "5"])
        let second = try #require(paper.recommendations.dropFirst().first)
        #expect(second.responseDecision == .partiallyAccepted)
        #expect(second.response?.hasPrefix("Agreed in part. We will give scrutiny earlier sight") == true)
        #expect(second.owners.isEmpty)
        #expect(paper.actions.map(\.label) == ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "5.1"])
        // The progress key names colours: "blue: complete; …; grey: not yet started".
        #expect(paper.actions.map(\.status) == [.completed, .notStarted, .ongoing, .ongoing, .ongoing, .notStarted,
                                                .ongoing, .completed, .ongoing])
        #expect(paper.actions[1].owners == ["Director of Finance (s151 Officer)", "Cabinet Member for Finance"])
        #expect(paper.actions[4].owners == ["Director of Adult Social Care", "ICB Director of Place"])
        #expect(paper.actions[3].due == "2026-07-31")
    }

    @Test func fillsListedRecommendationsFromTheResponseTableByNumber() throws {
        let paper = try review(Corpus.file("genres/medlowe-safeguarding-adults-review-mr-d-summary.docx"))
        #expect(paper.document.kind == .scrutinyReport)
        #expect(paper.recommendations.count == 6)
        let second = try #require(paper.recommendations.dropFirst().first)
        // The listed wording, "R2: Risk management meetings" answering it.
        #expect(second.text.hasPrefix("Medlowe County Council and Stoneweir Integrated Care Board should agree a process"))
        #expect(second.owners == ["Medlowe County Council", "Stoneweir ICB"])
        #expect(second.due == "2026-03-31")
        #expect(second.status == .ongoing)
        #expect(paper.recommendations[3].responseDecision == .partiallyAccepted)
        #expect(paper.recommendations[5].due == nil)
    }

    @Test func readsTheListASlideAsksTheCommitteeFor() throws {
        let paper = try review(Corpus.file("genres/stoneweir-icb-health-scrutiny-slides-community-waits.pdf"))
        #expect(paper.document.kind == .committeeReport)
        #expect(paper.document.meeting == "Health and Adult Social Care Scrutiny Committee")
        #expect(paper.recommendations.map(\.verb) == ["NOTE", "COMMENT", "AGREE"])
        #expect(paper.recommendations.allSatisfy { $0.addressee == "Committee" })
        #expect(paper.recommendations[1].text == "comment on the priorities for 2026/27 set out on slide 7; and")
    }

    @Test func readsEachMotionAndAmendmentAsAProposal() throws {
        let paper = try review(Corpus.file("genres/yarrowby-city-council-notices-of-motion-february-2026.docx"))
        #expect(paper.decisions.map(\.number) == ["1", "A", "2"])
        #expect(paper.decisions.allSatisfy { $0.kind == .proposal && $0.item == "11" && $0.date == "2026-02-04" })
        #expect(paper.decisions[0].text.hasPrefix("This Council notes that: around one in five homes"))
        // The officers' comments after the amendment are not part of it.
        #expect(paper.decisions[1].text.hasSuffix("prosecuted or fined in 2025/26.”"))
    }

    @Test func readsMinutesNumberedAfterTheCommitteesLetters() throws {
        let paper = try review(Corpus.file("genres/fallowfen-planning-committee-minutes-december-2025.pdf"))
        #expect(paper.document.authority == "Fallowfen District Council")
        #expect(paper.decisions.map(\.item) == ["PC 72/25", "PC 74/25", "PC 75/25", "PC 76/25", "PC 77/25", "PC 77/25", "PC 78/25"])
        #expect(paper.decisions[2].text == "planning permission be REFUSED, contrary to the officer recommendation, for the reasons set out below.")
        // The python-docx rendition's table of appeal decisions ("… | Committee | Dismissed") names no meeting.
        let rendition = try review(Corpus.file("genres/renditions/python-docx/fallowfen-planning-committee-minutes-december-2025.docx"))
        #expect(rendition.document.meeting == "Planning Committee")
    }

    @Test func readsATimescaleThatSaysDoneAsAStatus() throws {
        let paper = try review(Corpus.file("genres/yarrowby-internal-audit-report-purchasing-cards.pdf"))
        #expect(paper.document.title == "Internal Audit Report: Purchasing Cards 2025/26")
        let blocked = try #require(paper.recommendations.first { $0.number == "R5" })
        #expect(blocked.status == .completed)
        #expect(blocked.timeframe == nil)
        #expect(paper.recommendations.first { $0.number == "R7" }?.responseDecision == .rejected)
    }


    @Test func readsATableRuledOnlyUnderItsHeaderWithWordsCutByNarrowCells() throws {
        // The pandoc DOCX through LibreOffice: a rule under the header row and no borders;
        // "Timescal" ⏎ "e" and "Decemb" ⏎ "er 2026" cut by their narrow column.
        let paper = try review(Corpus.file("genres/renditions/lo-pdf/corrowby-fly-tipping-task-and-finish-report.pdf"))
        let numbered = paper.recommendations.filter { $0.number != nil }
        #expect(numbered.map(\.number) == ["1", "2", "3", "4", "5", "6", "7", "8"])
        #expect(numbered[0].owners == ["Cabinet"])
        #expect(numbered[0].timeframe == "By April 2026")
        #expect(numbered[2].owners == ["Head of Environmental Services", "Community Safety Manager"])
        #expect(numbered[5].timeframe == "December 2026")
        #expect(numbered[5].due == "2026-12")
    }


    @Test func readsRecommendationsALetterMakesInItsOwnParagraphs() throws {
        let paper = try review(Corpus.file("genres/wyvernshire-healthwatch-day-opportunities-consultation-response.pdf"))
        #expect(paper.document.kind == .scrutinyReport)
        #expect(paper.document.title?.hasPrefix("Consultation on the future of day opportunities") == true)
        #expect(paper.recommendations.map(\.number) == ["7", "8", "10", "12", "13"])
        #expect(paper.recommendations[2].verb == "SETS")
        #expect(paper.recommendations[2].theme == "Transport")
        // Passive: no verb, no body asked.
        #expect(paper.recommendations[3].verb == nil)
        #expect(paper.recommendations[4].text.hasPrefix("we recommend that Wyvernshire County Council sets up"))
    }

    @Test func numbersTheItemsOfANestedListByTheirStem() throws {
        let paper = try review(Corpus.file("genres/larkhythe-council-recommendations-from-cabinet-february-2026.docx"))
        #expect(paper.recommendations.prefix(5).map(\.number) == ["1", "2a", "2b", "2c", "3"])
        #expect(paper.recommendations.allSatisfy { $0.addressee == "Council" })
        // "(b) sets the weekly service charges as follows:" takes its (i) and (ii).
        #expect(paper.recommendations[2].text.hasPrefix("sets the weekly service charges as follows: sheltered housing support charge"))
        #expect(paper.recommendations[6].verb == "DECLINES")
        // "Cabinet RECOMMENDS to Council that … be approved": passive, so no verb.
        let pay = try #require(paper.recommendations.last)
        #expect(pay.text.hasPrefix("Cabinet RECOMMENDS to Council that the Pay Policy Statement 2026/27"))
        #expect(pay.addressee == "Council")
        #expect(pay.verb == nil)
    }

    @Test func readsAHeaderlessKeyOfLettersAndRowReferences() throws {
        let paper = try review(Corpus.file("genres/wyvernshire-community-safety-partnership-delivery-plan.pdf"))
        #expect(paper.actions.map(\.label) == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4"])
        // "N | Not yet started"; "R | Off track – …" states no status.
        #expect(paper.actions[6].status == .notStarted)
        #expect(paper.actions[5].status == nil)
        #expect(paper.actions[3].status == .completed)
    }

    @Test func keepsARowMergedDownFromTheLastPageApart() throws {
        let paper = try review(Corpus.file("genres/wyvernshire-adult-social-care-improvement-plan.pdf"))
        #expect(paper.document.date == "2026-02-02")
        #expect(paper.actions.count == 12)
        #expect(paper.actions[1].text.hasPrefix("Introduce a weekly waiting-list review"))
        #expect(paper.actions[2].status == .ongoing)
        #expect(paper.actions[11].owners == ["Director of Adult Social Care", "Wyvernshire Disability Forum"])
        let minutes = try review(Corpus.file("genres/fenwold-audit-committee-minutes-january-2026.pdf"))
        #expect(minutes.decisions.first?.item == "AC 40")
        // The python-docx rendition sets "AC 40⇥MINUTES" in a bold paragraph, no heading style.
        let rendition = try review(Corpus.file("genres/renditions/python-docx/fenwold-audit-committee-minutes-january-2026.docx"))
        #expect(rendition.decisions.map(\.item) == minutes.decisions.map(\.item))
    }

}

/// Self-evaluations and self-assessments in templates other than the seeds' (the tune half of
/// the seventh genre batch, `Corpus/genres/`).
struct SelfEvaluationTemplateTests {
    @Test func readsOneBigTableWithEvidenceAndAreasBesideShadedGrades() throws {
        let paper = try review(Corpus.file("genres/quillmere-vcs-self-evaluation-2009.docx"))
        #expect(paper.document.kind == .selfEvaluation)
        #expect(paper.document.authority == "Quillmere Borough Council")
        #expect(paper.domains.map(\.id) == ["governance", "strategy", "processes", "delivery"])
        #expect(paper.questions.count == 13)
        let first = try #require(paper.questions.first)
        #expect(first.label == "1.1")
        #expect(first.setQuestion == "GOV-1")
        #expect(first.text.hasPrefix("To what extent does the children’s trust or partnership ensure"))
        // The grade is shown only by the cell's colour.
        #expect(first.rating?.level == .amber)
        #expect(paper.questions[1].rating?.level == .red)
        // "Not agreed" in the grade cell states no rating.
        #expect(paper.questions.first { $0.setQuestion == "STR-4" }?.rating == nil)
        #expect(paper.evidence.count == 28)
        #expect(paper.evidence.first?.text == "The VCS Network elects two representatives to the Children’s Trust Board and one to the Trust Executive Group; elections were last held in October 2008.")
        #expect(paper.evidence.first?.domain == "governance")
        let areas = paper.actions.filter { $0.kind == .areaForDevelopment }
        #expect(areas.count == 17)
        #expect(areas.first?.text == "Agree a role description for VCS representatives, including how they report back to the Network.")
        // "None identified." is no area for development.
        #expect(!areas.contains { $0.text.hasPrefix("None identified") })
    }

    @Test func readsRatingLinesAfterEachQuestionAndTheDomainsOverallJudgement() throws {
        let paper = try review(Corpus.file("genres/dravenshire-vcs-self-evaluation-2008.pdf"))
        #expect(paper.domains.map(\.id) == ["governance", "strategy", "processes", "delivery", "outcomes"])
        #expect(paper.domains.map { $0.rating?.level } == [.amber, .amber, .red, .amber, .red])
        #expect(paper.questions.count == 14)
        #expect(paper.questions.prefix(3).map(\.label) == ["Q1.", "Q2.", "Q3."])
        #expect(paper.questions.prefix(3).map { $0.rating?.level } == [.amber, .red, .amber])
        #expect(paper.questions[0].rating?.raw == "Amber – meets minimum standards")
        // "Red – not known" is red on the SET's scale.
        #expect(paper.questions.first { $0.setQuestion == "PRO-2" }?.rating?.level == .red)
        // A numbered question the framework lacks is kept, unmatched.
        let outcomes = try #require(paper.questions.last)
        #expect(outcomes.label == "Q14.")
        #expect(outcomes.setQuestion == nil)
        #expect(outcomes.domain == "outcomes")
        #expect(paper.actions.filter { $0.kind == .areaForDevelopment }.first?.text == "Agree with the Reference Group a standing VCS item on every Board agenda.")
    }

    @Test func readsTheEvidenceRowsOfAnotherFrameworksReturnWithoutInventingDomains() throws {
        let paper = try review(Corpus.file("genres/vellacombe-section-11-safeguarding-self-assessment-2025.docx"))
        #expect(paper.document.kind == .selfEvaluation)
        #expect(paper.domains.isEmpty)
        #expect(paper.questions.isEmpty)
        #expect(paper.evidence.count == 23)
        #expect(paper.evidence.first?.text == "The Chief Executive is the named senior officer accountable for safeguarding and chairs the Corporate Safeguarding Group, which met four times in 2024/25.")
        #expect(paper.evidence.allSatisfy { $0.domain == nil })
        // The improvement plan's rows are the actions; the form's label rows are not.
        #expect(paper.actions.count == 8)
        let first = try #require(paper.actions.first)
        #expect(first.label == "1")
        #expect(first.owners == ["Corporate Safeguarding Lead"])
        #expect(first.due == "2025-12-31")
        #expect(first.status == .completed)
        #expect(paper.actions[1].owners == ["Communications Manager", "Corporate Safeguarding Lead"])
    }

    @Test func readsASelfEvaluationReportedToABoardAsACommitteeReport() throws {
        let paper = try review(Corpus.file("genres/dravenshire-partnership-board-set-results-2009.docx"))
        #expect(paper.document.kind == .committeeReport)
        #expect(paper.document.title == "Voluntary and Community Sector Self-Evaluation: Results and Action Plan")
        #expect(paper.document.meeting == "Dravenshire Children and Young People’s Partnership Board")
        #expect(paper.recommendations.map(\.verb) == ["NOTE", "AGREE", "ASK"])
        #expect(paper.recommendations.first?.addressee == "Board")
        // The results table's ratings by domain.
        #expect(paper.domains.map(\.id) == ["governance", "strategy", "processes", "delivery", "outcomes"])
        #expect(paper.domains.map { $0.rating?.level } == [.amber, .amber, .red, .amber, .red])
        #expect(paper.actions.count == 13)
        #expect(paper.actions.first?.owners == ["Partnerships Manager", "VCS Reference Group Chair"])
        #expect(paper.actions.first?.due == "2009-03")
    }
}

/// Governance and partnership papers (the tune half of the eighth genre batch, `Corpus/genres/`).
struct GovernancePaperTests {
    @Test func readsLabelledRecommendationsWithTitlesAndToAndByLines() throws {
        let paper = try review(Corpus.file("genres/edderby-cvs-state-of-the-sector-survey-2025.pdf"))
        #expect(paper.document.kind == .surveyReport)
        #expect(paper.recommendations.map(\.number) == ["1", "2", "3", "4", "5", "6", "7", "8"])
        let first = try #require(paper.recommendations.first)
        // The bold title is the theme; "To:" and "By:" lines give owners and due.
        #expect(first.theme == "Three-year funding as the norm")
        #expect(first.text.hasPrefix("Edderby City Council should offer three-year grant agreements"))
        #expect(first.owners == ["Edderby City Council (Communities and Neighbourhoods)"])
        #expect(first.timeframe == "April 2026")
        #expect(first.due == "2026-04")
        #expect(paper.recommendations[1].verb == "PAY")
        #expect(paper.recommendations[1].owners == ["Edderby City Council", "NHS Edderby and Haslow ICB"])
    }

    @Test func readsARomanListAndAReviewResponseTable() throws {
        let paper = try review(Corpus.file("genres/edderby-cabinet-vcs-infrastructure-review.pdf"))
        #expect(paper.recommendations.prefix(4).map(\.number) == ["i", "ii", "iii", "iv"])
        #expect(paper.recommendations.prefix(4).map(\.verb) == ["NOTE", "AGREE", "APPROVE", "DELEGATE"])
        // "The review recommended | Council response | Lead officer | Timescale".
        let replace = try #require(paper.recommendations.first { $0.number == "1" })
        #expect(replace.owners == ["Head of Communities", "Procurement Manager"])
        #expect(replace.due == "2026-10-01")
        // "N/A" names no owner.
        #expect(paper.recommendations.first { $0.number == "2" }?.owners == [])
        // The consultation table ("What you told us | Our response") gives no actions.
        #expect(paper.actions.isEmpty)
    }

    @Test func readsATownCouncilsMinutesWithTheMeetingsYearForDeadlines() throws {
        let paper = try review(Corpus.file("genres/mistleford-town-council-minutes-january-2026.docx"))
        #expect(paper.document.authority == "Mistleford Town Council")
        #expect(paper.document.meeting == "Mistleford Town Council")
        let first = try #require(paper.decisions.first)
        #expect(first.item == "26/001")
        #expect(first.text == "to accept the reasons for absence.")
        #expect(first.decisionMaker == "Mistleford Town Council")
        let send = try #require(paper.actions.first)
        #expect(send.owners == ["Clerk"])
        #expect(send.timeframe == "by 16 January")
        #expect(send.due == "2026-01-16")
        #expect(paper.actions.contains { $0.owners == ["Cllr A.B.", "Clerk"] })
        #expect(paper.actions.contains { $0.owners == ["Clerk", "Cllr G.H."] })
        // The action log has no owner column: owners come from the words before "to".
        #expect(paper.actions.first { $0.label == "A/25/41" }?.owners == ["Deputy Clerk", "RFO"])
    }

    @Test func keepsAMinutesNumberUnderItsSubHeadingsAndReadsAResolutionInASentence() throws {
        let paper = try review(Corpus.file("genres/pollardine-county-council-budget-minutes-february-2026.docx"))
        #expect(paper.document.meeting == "County Council")
        let budget = paper.decisions.filter { $0.item == "68" }
        #expect(budget.map(\.number) == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(budget.allSatisfy { $0.decisionMaker == "County Council" })
        let pay = try #require(paper.decisions.first { $0.item == "69" })
        #expect(pay.text == "the Pay Policy Statement 2026/27 be approved for publication.")
    }

    @Test func readsARiskRegistersFurtherActionsAndAnIssueTablesActions() throws {
        let register = try review(Corpus.file("genres/pollardine-fire-authority-corporate-risk-register-q3-2025-26.pdf"))
        #expect(register.document.authority == "Pollardine Fire Authority")
        #expect(register.actions.count == 9)
        #expect(register.actions[1].owners == ["Head of HR", "Area Manager – Response"])
        #expect(register.actions[1].status == .notStarted)
        let statement = try review(Corpus.file("genres/caskwell-annual-governance-statement-2024-25.pdf"))
        // "Issue | Action agreed | Responsible officer …": the issues are not recommendations.
        #expect(statement.recommendations.isEmpty)
        #expect(statement.actions.count == 12)
        #expect(statement.actions.first?.label == "1")
        #expect(statement.actions.first?.owners == ["Head of Planning", "HR Business Partner"])
    }

    @Test func readsHangingLabelledRecommendationsAsATable() throws {
        let paper = try review(Corpus.file("genres/harrowmoor-scrutiny-improvement-review-2025.pdf"))
        let labelled = paper.recommendations.filter { $0.number?.hasPrefix("R") == true }
        #expect(labelled.map(\.number) == ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8"])
        #expect(labelled.first?.text == "That the Scrutiny Management Board agrees a single scrutiny work programme each June, with topics chosen against published criteria.")
        #expect(labelled.first?.theme == "Planning the work programme")
    }
}

/// Committee templates and health and care papers (the tune half of the ninth genre batch).
struct CommitteeTemplateTests {
    @Test func readsEveryThatParagraphUnderARecommendationsHeadingAndARecommendationReasonTable() throws {
        let paper = try review(Corpus.file("genres/rookham-cabinet-reports-pack-11-march-2026.pdf"))
        let typed = paper.recommendations.filter { $0.number?.hasPrefix("2.") == true }
        #expect(typed.map(\.number) == ["2.1", "2.2", "2.3", "2.4"])
        #expect(typed.first?.verb == "APPROVES")
        #expect(typed.first?.addressee == "Cabinet")
        // "Recommendation | Reason for the recommendation": the rows are recommendations.
        let tabled = try #require(paper.recommendations.first { $0.text.hasPrefix("That Cabinet approves the bereavement services fees") })
        #expect(tabled.number == "1")
        #expect(paper.recommendations.contains { $0.number == "4" && $0.text.hasPrefix("That Cabinet notes that the refurbishment") })
    }

    @Test func readsTheDeterminationOfALicensingNotice() throws {
        let paper = try review(Corpus.file("genres/rookham-licensing-sub-committee-notice-foundry-tap.pdf"))
        #expect(paper.document.kind == .decision)
        #expect(paper.document.date == "2026-02-03")
        #expect(paper.decisions.count == 5)
        #expect(paper.decisions.first?.text.hasPrefix("to grant the variation in part") == true)
        #expect(paper.decisions.last?.text.hasPrefix("to modify the conditions of the licence") == true)
        // The lead-in "… decided:" is none of the decisions.
        #expect(!paper.decisions.contains { $0.text.hasSuffix(":") })
    }

    @Test func readsWeWillCommitmentsAsActions() throws {
        let paper = try review(Corpus.file("genres/stallow-carers-strategy-year-1-action-plan.pdf"))
        #expect(paper.document.kind == .actionPlan)
        let first = try #require(paper.actions.first)
        #expect(first.text.hasPrefix("add a question about caring to the new patient registration form"))
        #expect(first.owners == ["NHS Stallow ICB (Primary Care)"])
        #expect(first.timeframe == "Sept 2026")
        #expect(first.due == "2026-09")
    }

    @Test func themesAListBySubHeadingsAfterTheAskLine() throws {
        let paper = try review(Corpus.file("genres/stallow-hosc-response-stroke-services-consultation.pdf"))
        let first = try #require(paper.recommendations.first { $0.number == "1" })
        #expect(first.theme == "Travel and access")
        #expect(first.verb == "PUBLISHES")
        #expect(first.addressee == "NHS Stallow ICB")
        #expect(paper.recommendations.first { $0.number == "4" }?.theme == "Rehabilitation after stroke")
        #expect(paper.recommendations.first { $0.number == "9" }?.addressee == "Stallow County Council")
    }

    @Test func readsAFormalThatClauseAndAnAuthorsOwnAsk() throws {
        let review1 = try review(Corpus.file("genres/harrowmoor-scrutiny-improvement-review-2025.pdf"))
        let attend = try #require(review1.recommendations.first { $0.number == "R3" })
        #expect(attend.verb == "ATTEND")
        #expect(attend.addressee == "Cabinet Members")
        let survey = try review(Corpus.file("genres/edderby-cvs-state-of-the-sector-survey-2025.pdf"))
        let forms = try #require(survey.recommendations.first { $0.number == "4" })
        #expect(forms.verb == "AGREE")
        #expect(forms.addressee == "Edderby City Council and members of the Edderby Funders’ Forum")
    }
}

/// Partnership papers of the seeds' era and scrutiny papers (the tune half of the tenth batch).
struct SeedsEraAndScrutinyTests {
    @Test func readsASelfEvaluationFormWithTickBoxGrades() throws {
        let paper = try review(Corpus.file("genres/ensham-vcs-engagement-self-evaluation-2008.docx"))
        #expect(paper.document.kind == .selfEvaluation)
        #expect(paper.domains.map(\.id) == ["governance", "strategy", "processes", "delivery"])
        #expect(paper.domains.map { $0.rating?.level } == [.amber, .amber, .red, .green])
        #expect(paper.questions.count == 13)
        #expect(paper.questions.prefix(3).map(\.label) == ["1a", "1b", "1c"])
        #expect(paper.questions.prefix(3).map(\.setQuestion) == ["GOV-1", "GOV-2", "GOV-3"])
        #expect(paper.questions.prefix(3).map { $0.rating?.level } == [.amber, .red, .amber])
        #expect(paper.questions.first?.rating?.raw == "Amber – meets minimum standards")
    }

    @Test func readsALettersAnswersToRecommendationsUnderTheirHeadings() throws {
        let paper = try review(Corpus.file("genres/quarrowby-leader-letter-response-night-time-economy-review.pdf"))
        #expect(paper.document.kind == .executiveResponse)
        let numbered = paper.recommendations.filter { $0.number != nil }
        #expect(numbered.map(\.number) == ["1", "2", "3", "4", "5", "6", "7", "8"])
        #expect(numbered[1].text == "Extend the Safe Space at St Mary’s Church to Thursday nights during university term time.")
        #expect(numbered.map(\.responseDecision) == [.accepted, .accepted, .partiallyAccepted, .accepted, .accepted, .rejected, nil, .accepted])
        // "Recommendations 4 and 5 are accepted." answers both.
        #expect(numbered[3].response?.hasPrefix("Recommendations 4 and 5 are accepted.") == true)
        #expect(numbered[3].response == numbered[4].response)
        // After the last answer the letter's close is no part of it.
        #expect(numbered[7].response == "Recommendation 8 is accepted, and officers will report to the Panel in March 2027.")
    }

    @Test func readsTheLaterOfTwoAssessmentColumnsAsTheStatus() throws {
        let paper = try review(Corpus.file("genres/quarrowby-scrutiny-recommendations-monitoring-report-q4-2025-26.pdf"))
        let ta5 = try #require(paper.recommendations.first { $0.number == "TA5" })
        // The service said Implemented; the scrutiny assessment, the later column, says Superseded.
        #expect(ta5.status == .superseded)
        #expect(paper.recommendations.first { $0.number == "TA2" }?.status == .ongoing)
        #expect(paper.recommendations.first { $0.number == "TA1" }?.owners == ["Head of Housing Options"])
    }
}

/// The decisions and plans papers of the eleventh batch, tune half (`Corpus/genres`, parts Q
/// and R): what each taught the readers.
struct DecisionsAndPlansTests {
    @Test func readsTitledRecommendationsWithTheirTimescaleLines() throws {
        let paper = try review(Corpus.file("genres/oxenwold-jsna-childrens-emotional-wellbeing-chapter.pdf"))
        // The capitals series name is a kicker; the heading under it is the title.
        #expect(paper.document.title == "Children and Young People’s Emotional Wellbeing and Mental Health")
        #expect(paper.recommendations.map(\.number) == ["1", "2", "3", "4", "5", "6", "7"])
        let first = try #require(paper.recommendations.first)
        // "Recommendation 1: Mental health support in every school" heads the paragraph under it.
        #expect(first.theme == "Mental health support in every school")
        #expect(first.text.hasPrefix("Extend Mental Health Support Teams so that every state-funded school"))
        #expect(first.verb == "EXTEND")
        #expect(first.timeframe == "Long term (by March 2030)")
        #expect(first.due == "2030-03")
        #expect(first.owners == ["NHS Oxenwold Integrated Care Board", "Oxenwold County Council Education Services"])
        #expect(paper.recommendations[5].timeframe == "Ongoing")
        #expect(paper.recommendations[5].due == nil)
    }

    @Test func fillsListedRecommendationsFromThePlanRowsThatRestateThem() throws {
        var diagnostics = Diagnostics()
        let document = try Extractor().extract(Corpus.file("genres/sedgebourne-homelessness-review-2025.pdf"), diagnostics: &diagnostics)
        let paper = try Segmenter(framework: FrameworkFixture.set, vocabulary: FrameworkFixture.vocabulary)
            .segment(document, diagnostics: &diagnostics)
        // Nine listed recommendations (a)–(i); the plan's nine rows restate them, not add to them.
        #expect(paper.recommendations.map(\.number) == ["a", "b", "c", "d", "e", "f", "g", "h", "i"])
        let second = paper.recommendations[1]
        #expect(second.verb == "END")
        #expect(second.planNumber == "P2.1")
        #expect(second.owners == ["Temporary Accommodation Manager"])
        #expect(second.timeframe == "Short term (by March 2027)")
        #expect(second.status == .ongoing)
        #expect(paper.recommendations[4].status == .deferred)
        #expect(paper.recommendations.allSatisfy { $0.theme == nil })
        #expect(diagnostics.warnings.map(\.code).contains("plan-numbering-disagrees"))
    }

    @Test func readsANoticeSetOutAsNumberedHeadings() throws {
        for path in ["genres/thistlecombe-portfolio-holder-decision-tree-strategy.docx",
                     "genres/renditions/lo-pdf/thistlecombe-portfolio-holder-decision-tree-strategy.pdf"] {
            let paper = try review(Corpus.file(path))
            #expect(paper.document.kind == .decision)
            #expect(paper.document.title == "Tree and Woodland Strategy 2026–2036 and Community Tree Planting Grants")
            #expect(paper.document.decisionNumber == "PHD/ENV/26/02")
            #expect(paper.document.date == "2026-02-03")
            #expect(paper.decisions.count == 4)
            #expect(paper.decisions.allSatisfy { $0.number == "PHD/ENV/26/02" })
            #expect(paper.decisions.allSatisfy { $0.decisionMaker == "Councillor J.W., Portfolio Holder for Environment and Climate" })
            #expect(paper.decisions.first?.text == "to adopt the Thistlecombe Tree and Woodland Strategy 2026–2036 set out at Appendix 1 to the report;")
        }
    }

    @Test func readsAReferenceALetterheadRanIntoTheAddressLines() throws {
        // "To: the licence holder …, the Our ref: LSC/26/03": the letterhead's two columns in one line.
        let paper = try review(Corpus.file("genres/rookham-licensing-sub-committee-notice-foundry-tap.pdf"))
        #expect(paper.document.decisionNumber == "LSC/26/03")
        #expect(!paper.decisions.isEmpty)
        #expect(paper.decisions.allSatisfy { $0.number == "LSC/26/03" })
    }

    @Test func keepsAMinutesNumberAcrossItsPartsAndPageHeads() throws {
        let paper = try review(Corpus.file("genres/kelverton-council-minutes-march-2026.pdf"))
        #expect(paper.decisions.map(\.item) == ["CL 89", "CL 92", "CL 93", "CL 93", "CL 94", "CL 94", "CL 94", "CL 97"])
        #expect(paper.decisions[4].number == "1")
        #expect(paper.document.meeting == "Council")
        #expect(paper.document.title == "Council")
    }

    @Test func givesClausesUnderAThatStemTheStemsVerb() throws {
        let paper = try review(Corpus.file("genres/thistlecombe-cabinet-council-tax-support-scheme-2026-27.pdf"))
        #expect(paper.document.decisionNumber == "FP 2025/38")
        #expect(paper.recommendations.map(\.verb) == ["RECOMMEND", "RECOMMEND", "APPROVE", "DELEGATE", "NOTE"])
        #expect(paper.recommendations.allSatisfy { $0.addressee == "Cabinet" })
    }

    @Test func takesTheTitleUnderABodysNameAndFindsNothingInAnAnnualReport() throws {
        let paper = try review(Corpus.file("genres/oxenwold-health-and-wellbeing-board-annual-report-2025-26.docx"))
        #expect(paper.document.title == "Annual Report 2025/26")
        #expect(paper.document.authority == "Oxenwold County Council")
        #expect(paper.recommendations.isEmpty && paper.decisions.isEmpty && paper.actions.isEmpty)
    }
}

/// The health, inspection and audit papers of the twelfth batch, tune half (`Corpus/genres`,
/// parts S and T).
struct HealthInspectionAndAuditTests {
    @Test func readsABoardActionLogByItsRefsAndWordKey() throws {
        let paper = try review(Corpus.file("genres/ravensmere-hospitals-board-action-log-march-2026.pdf"))
        #expect(paper.document.kind == .tracker)
        #expect(paper.document.meeting == "Board of Directors")
        // "Action ref" numbers the rows; the Action column holds the actions.
        #expect(paper.actions.count == 10)
        #expect(paper.actions.first?.label == "BoD/25/041")
        #expect(paper.actions.first?.text.hasPrefix("Bring a deep dive on cancer 62-day performance") == true)
        // The headerless key defines "Not yet due" and "Transferred" by their meanings.
        #expect(paper.actions.map(\.status) == [.ongoing, .ongoing, nil, .completed, .completed, .notStarted, .ongoing,
                                                .notStarted, .superseded, .superseded])
    }

    @Test func readsAnImprovementPlanWithLetteredActionsAndMilestones() throws {
        let paper = try review(Corpus.file("genres/wychmoor-childrens-services-ilacs-improvement-plan.pdf"))
        #expect(paper.actions.count == 13)
        let first = try #require(paper.actions.first)
        #expect(first.label == "1a")
        #expect(first.text.hasPrefix("Relaunch the front door practice standards"))
        // The Milestone column is the timescale where no column gives a date.
        #expect(first.timeframe == "Standards relaunched – Nov 2025")
        #expect(first.due == "2025-11")
        // The letter key's row without a letter does not hide the key.
        #expect(first.status == .completed)
        #expect(paper.actions.first { $0.label == "2c" }?.status == .notStarted)
    }

    @Test func keepsTheByColumnBesideAMilestone() throws {
        let paper = try review(Corpus.file("genres/brindlecombe-childrens-services-improvement-plan.pdf"))
        #expect(paper.actions.first?.timeframe == "end of Q2")
        #expect(paper.actions.first?.due == "2025-09")
    }

    @Test func readsAnAuditFollowUpWithRevisedDatesAndALineKey() throws {
        let paper = try review(Corpus.file("genres/tennerby-internal-audit-progress-report-january-2026.pdf"))
        #expect(paper.recommendations.map(\.number) == ["i", "ii", "iii", "iv"])
        #expect(paper.actions.count == 12)
        let bc06 = try #require(paper.actions.first { $0.label == "BC-06" })
        // The revised date stands in place of the original.
        #expect(bc06.timeframe == "31/03/2026")
        // "Not implemented – work on the action has not yet started." is a key line.
        #expect(bc06.status == .notStarted)
        let sd01 = try #require(paper.actions.first { $0.label == "SD-01" })
        // A revised date of "–" states nothing: the original stands.
        #expect(sd01.timeframe == "30 June 2025")
        #expect(sd01.status == .completed)
    }

    @Test func fillsListedRecommendationsFromTheNHSResponseTable() throws {
        for path in ["genres/copperleigh-hasc-community-beds-consultation-nhs-response.docx",
                     "genres/renditions/lo-pdf/copperleigh-hasc-community-beds-consultation-nhs-response.pdf"] {
            let paper = try review(Corpus.file(path))
            #expect(paper.document.kind == .executiveResponse)
            let numbered = paper.recommendations.filter { $0.number?.hasPrefix("R") == true }
            // Six recommendations, each once, though the response table restates them.
            #expect(numbered.map(\.number) == ["R1", "R2", "R3", "R4", "R5", "R6"])
            let first = try #require(numbered.first)
            #expect(first.theme == "Access and travel")
            #expect(first.text == "That the ICB publishes the travel time analysis for each option, by ward, before it makes its decision.")
            #expect(first.responseDecision == .accepted)
            #expect(first.response?.hasPrefix("The ICB accepts this recommendation.") == true)
            #expect(first.timeframe == "May 2026")
            #expect(first.due == "2026-05")
        }
    }

    @Test func datesABriefingByItsIssuedLineAndFindsNothingInIt() throws {
        let paper = try review(Corpus.file("genres/copperleigh-community-health-trust-neighbourhood-nursing-briefing.docx"))
        #expect(paper.document.date == "2026-03-02")
        #expect(paper.document.kind == .other)
        #expect(paper.recommendations.isEmpty && paper.decisions.isEmpty && paper.actions.isEmpty && paper.evidence.isEmpty)
    }
}

/// The voluntary sector and scrutiny-across-authorities papers of the thirteenth batch, tune
/// half (`Corpus/genres`, parts U and V).
struct VoluntarySectorAndScrutinyTests {
    @Test func ratesASelfEvaluationInItsOwnGradeWordsThroughItsKey() throws {
        let paper = try review(Corpus.file("genres/brantwick-children-and-families-partnership-vcse-self-evaluation-2025.docx"))
        #expect(paper.document.kind == .selfEvaluation)
        #expect(paper.questions.count == 13)
        // "Ref | Question | Our grade | What tells us this", graded "Established" / "Developing".
        #expect(paper.questions.prefix(3).map(\.label) == ["G1", "G2", "G3"])
        #expect(paper.questions.prefix(3).map { $0.rating?.level } == [.green, .amber, .amber])
        #expect(paper.questions.first?.rating?.raw == "Established")
        #expect(paper.domains.first?.rating?.level == .amber)
        #expect(paper.domains.first?.rating?.raw == "Developing")
        #expect(paper.evidence.count == 25)
    }

    @Test func takesASelectCommitteeOnTheFrontSheetForTheMeetingNotTheKind() throws {
        let paper = try review(Corpus.file("genres/oakhallow-stronger-communities-fund-monitoring-report-year-1.pdf"))
        #expect(paper.document.kind == .committeeReport)
        #expect(paper.document.meeting == "Communities Select Committee")
        #expect(paper.evidence.isEmpty)
        #expect(paper.recommendations.map(\.text) == [
            "That the Select Committee notes the progress of the 31 grants awarded in the first round of the Stronger Communities Fund, as set out in this report and Appendix 1.",
        ])
    }

    @Test func readsAReviewsRecommendationsToTheMayorWithTheResponseTable() throws {
        let paper = try review(Corpus.file("genres/ellerbridge-ca-scrutiny-review-bus-reliability-mayors-response.docx"))
        let numbered = paper.recommendations.filter { $0.number != nil }
        #expect(numbered.map(\.number) == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(numbered.first?.addressee == "Mayor")
        #expect(numbered.first?.owners == ["Director of Transport Operations"])
        #expect(numbered.first?.responseDecision == .accepted)
        #expect(numbered[2].responseDecision == .partiallyAccepted)
    }

    @Test func joinsATableRowThePDFSplitAndACompoundBrokenBeforeACapital() throws {
        let paper = try review(Corpus.file("genres/ellerbridge-police-and-crime-panel-minutes-march-2026.pdf"))
        #expect(paper.actions.map(\.label) == ["A1", "A2", "A3", "A4", "A5", "A6"])
        #expect(paper.actions[0].text == "Circulate the Finance Sub-Group’s notes on the precept to all Panel members.")
        #expect(paper.actions[4].text == "Arrange training on the complaints process for the two new independent co-opted members.")
        #expect(paper.actions[4].owners == ["Panel Support Officer", "OPCC Complaints Manager"])
    }

    @Test func readsLastYearsRecommendationsTrackedInAnAnnualReport() throws {
        let paper = try review(Corpus.file("genres/corvington-overview-and-scrutiny-annual-report-2025-26.docx"))
        #expect(paper.recommendations.count == 10)
        let tracked = paper.recommendations[2]
        #expect(tracked.text.hasPrefix("That the Council extends the School Streets programme"))
        // "Made to" gives the owner; "Implemented? Partly" is read by the paper's key.
        #expect(tracked.owners == ["Cabinet Member for Environment and Transport"])
        #expect(tracked.status == .ongoing)
        // The Response column holds only "Agreed" / "Not agreed": a decision, no response text.
        #expect(tracked.responseDecision == .accepted)
        #expect(tracked.response == nil)
        #expect(paper.recommendations[3].status == .completed)
    }

    @Test func datesPlanYearsDefinedInOneSentence() throws {
        let paper = try review(Corpus.file("genres/oakhallow-vcse-partnership-agreement-2026-2029.pdf"))
        let year1 = try #require(paper.actions.first { $0.label == "1.2" })
        #expect(year1.timeframe == "Year 1")
        #expect(year1.due == "2027-03")
        #expect(paper.actions.first { $0.label == "3.1" }?.due == "2029-03")
    }
    @Test func readsAScottishMinutesDecisionsUnderDecisionHeadings() throws {
        let paper = try review(Corpus.file("genres/hazelby-council-education-and-childrens-services-committee-minute-march-2026.pdf"))
        // "MINUTE of MEETING of the … COMMITTEE held … on Tuesday 3 March 2026": minutes, dated.
        #expect(paper.document.kind == .minutes)
        #expect(paper.document.date == "2026-03-03")
        #expect(paper.decisions.count == 12)
        // A "Decision" heading's sentence is the decision, subject and all.
        #expect(paper.decisions.first?.text == "The Committee approved the minute as a correct record.")
        #expect(paper.decisions.first?.item == "2")
        // "The Committee agreed:" over lettered and roman parts.
        #expect(paper.decisions.filter { $0.item == "3" }.map(\.number) == ["a", "b", "c"])
        #expect(paper.decisions.filter { $0.item == "4" }.map(\.number) == ["i", "ii", "iii"])
        #expect(paper.decisions.first { $0.item == "6" && $0.number == "2" }?.text.hasPrefix("delegated authority to the Executive Director") == true)
        // "The Committee resolved that under Section 50A(4) …" in the item's prose.
        let excluded = try #require(paper.decisions.first { $0.item == "7" })
        #expect(excluded.text.hasPrefix("under Section 50A(4) of the Local Government (Scotland) Act 1973, the public be excluded"))
        // "The meeting terminated at 12.40 pm." under the last heading names no body acting.
        #expect(paper.decisions.last?.text == "The Committee agreed the recommendations contained in the exempt report.")
    }

    @Test func readsAWelshTaskAndFinishReportsLabelledRecommendationsWithTheResponseTable() throws {
        let paper = try review(Corpus.file("genres/marlstone-scrutiny-unpaid-carers-task-and-finish-report-and-cabinet-member-response.docx"))
        #expect(paper.document.kind == .scrutinyReport)
        #expect(paper.recommendations.map(\.number) == ["i", "ii", "iii", "R1", "R2", "R3", "R4", "R5", "R6", "R7"])
        #expect(paper.recommendations[1].addressee == "Scrutiny Committee")
        let first = paper.recommendations[3]
        #expect(first.owners == ["Head of Adult Services", "Cwm Marl UHB Primary Care Lead"])
        #expect(first.due == "2026-04")
        #expect(first.responseDecision == .accepted)
        // "Head of Inclusion, Education Directorate": a post and its field are one owner.
        #expect(paper.recommendations[4].owners == ["Head of Inclusion, Education Directorate"])
        #expect(paper.recommendations[7].responseDecision == .rejected)
        // The findings set out as the reasons for the report's own recommendations are no evidence.
        #expect(paper.evidence.isEmpty)
    }

    @Test func readsARecommendationsListThroughThemeHeadingsLeftWithTrackedChanges() throws {
        let paper = try review(Corpus.file("genres/brackwater-children-scrutiny-review-school-exclusions.docx"))
        // "Final report of the … Scrutiny Sub-Committee’s review": a scrutiny report.
        #expect(paper.document.kind == .scrutinyReport)
        #expect(paper.document.authority == "London Borough of Brackwater")
        let listed = paper.recommendations.filter { $0.number != nil }
        #expect(listed.map(\.number) == ["1", "2", "3", "4", "5", "6", "7", "8"])
        #expect(listed.map(\.theme) == [
            "Keeping children in school", "Keeping children in school", "Keeping children in school",
            "Alternative provision and managed moves", "Alternative provision and managed moves",
            "Alternative provision and managed moves", "Families and oversight", "Families and oversight",
        ])
        // Accepted insertions read, deletions not.
        #expect(listed[0].text.hasPrefix("That the Council, with the Brackwater Schools Forum, agrees a borough-wide inclusion charter"))
        #expect(listed[7].text == "That the Sub-Committee receives a progress report on these recommendations in twelve months’ time.")
        #expect(paper.evidence.isEmpty)
        // Through LibreOffice to PDF the theme headings print as plain short lines: still themes.
        let rendition = try review(Corpus.file("genres/renditions/lo-pdf/brackwater-children-scrutiny-review-school-exclusions.pdf"))
        #expect(rendition.recommendations.filter { $0.number != nil }.map(\.theme) == listed.map(\.theme))
    }

    @Test func takesThePartnershipBoardAPlanOpensWithForItsMeeting() throws {
        // "Dunholt Compact Partnership Board" over the title, then "Progress update for the Board
        // meeting of 22 January 2026".
        let plan = try review(Corpus.file("genres/dunholt-compact-partnership-action-plan-2025-27.pdf"))
        #expect(plan.document.meeting == "Dunholt Compact Partnership Board")
        #expect(plan.actions.map(\.label) == ["C1.1", "C1.2", "C1.3", "C2.1", "C2.2", "C3.1", "C3.3", "C3.4", "C4.1", "C4.2"])
        // A bilingual heading "Bwrdd … | Marlstone Public Services Board" and "Meeting of the Board".
        let report = try review(Corpus.file("genres/marlstone-psb-well-being-plan-delivery-progress-report-2025.pdf"))
        #expect(report.document.meeting == "Marlstone Public Services Board")
        #expect(report.document.authority == "Marlstone County Borough Council")
        // "Behind schedule – work is under way but will miss its timescale; a revised timescale
        // is shown.": a key whose entries are sentences, one holding a semicolon.
        #expect(report.actions.first { $0.label == "1.3" }?.status == .ongoing)
        // "For the Safer Brackwater Partnership Board, 29 January 2026 – agenda item 6."
        let briefing = try review(Corpus.file("genres/brackwater-community-safety-partnership-briefing-q3.docx"))
        #expect(briefing.document.meeting == "Safer Brackwater Partnership Board")
        #expect(briefing.document.authority == "London Borough of Brackwater")
        #expect(briefing.recommendations.isEmpty && briefing.actions.isEmpty && briefing.evidence.isEmpty)
    }

    @Test func readsALicensingNoticesResolvedPartsWithoutItsPreamble() throws {
        let notice = try review(Corpus.file("genres/ambleford-licensing-sub-committee-decision-notice-salt-house.pdf"))
        #expect(notice.document.kind == .decision)
        // "Hearing | Thursday 19 February 2026, 10:00, …" dates the decision.
        #expect(notice.document.date == "2026-02-19")
        // "To: … Ltd (applicant)" is whom the notice is sent to, not a meeting; the running
        // footer "… Borough Council – Licensing Sub-Committee – LSC 2026/07" names the body.
        #expect(notice.document.meeting == "Licensing Sub-Committee")
        #expect(notice.decisions.allSatisfy { $0.decisionMaker == "Licensing Sub-Committee" })
        // "Having considered … the Sub-Committee decided that the steps below are appropriate …"
        // is the preamble of "(a) GRANT …", "(b) REFUSE …", "(c) REFUSE …".
        #expect(notice.decisions.map { String($0.text.prefix(6)) } == ["GRANT ", "REFUSE", "REFUSE"])
        #expect(notice.decisions.allSatisfy { $0.number == "LSC 2026/07" })
        // In the DOCX behind it, "Our reference: LSC 2026/07" is one paragraph of a cell of
        // labelled lines.
        let docx = try review(Corpus.file("genres/renditions/python-docx/ambleford-licensing-sub-committee-decision-notice-salt-house.docx"))
        #expect(docx.document.decisionNumber == "LSC 2026/07")
        #expect(docx.decisions.map(\.number) == ["LSC 2026/07", "LSC 2026/07", "LSC 2026/07"])
    }

    @Test func readsTrusteeMinutesWithABoldResolutionOverItsParts() throws {
        let minutes = try review(Corpus.file("genres/thornsey-cvs-board-of-trustees-minutes-january-2026.docx"))
        #expect(minutes.document.kind == .minutes)
        // "Board of Trustees" over "Minutes of the meeting held on …"; "The council for voluntary
        // service for Thornsey" (lower case) names no body.
        #expect(minutes.document.meeting == "Board of Trustees")
        // "**The Board AGREED:**" in bold opens (a)/(b); it heads no section.
        #expect(minutes.decisions.filter { $0.item == "6" }.map(\.number) == ["a", "b"])
        #expect(minutes.decisions.count == 6)
        #expect(minutes.decisions.allSatisfy { $0.decisionMaker == "Board of Trustees" })
        #expect(minutes.actions.first { $0.label == "26/05" }?.owners == ["G.H. (lead trustee for safeguarding)"])
        // A trustees' annual report for the year ended 31 March 2025 is dated by its approval.
        let report = try review(Corpus.file("genres/thornsey-cvs-trustees-annual-report-2024-25.pdf"))
        #expect(report.document.title == "Trustees’ Annual Report for the Year Ended 31 March 2025")
        #expect(report.document.date == "2025-10-14")
        #expect(report.recommendations.isEmpty && report.decisions.isEmpty && report.actions.isEmpty)
    }

    @Test func readsTheMinutesInAReportsPackAsDecisionsAndTheReportsAsRecommendations() throws {
        let pack = try review(Corpus.file("genres/wendlebury-cabinet-public-reports-pack-17-march-2026.pdf"))
        // The "Public Document Pack" stamp is no title; the meeting's date line ("Tuesday, 17
        // March 2026 at 6.30 pm") dates the pack, not "Date published: Monday, 9 March 2026".
        #expect(pack.document.title == "Cabinet")
        #expect(pack.document.date == "2026-03-17")
        // "Agenda Item 3" holds last meeting's minutes: their resolutions are decisions of the
        // body named over them ("CABINET"), by minute.
        #expect(pack.decisions.map(\.item) == ["CAB/61", "CAB/63", "CAB/63", "CAB/63", "CAB/65", "CAB/65", "CAB/66"])
        #expect(pack.decisions.map(\.number) == [nil, "a", "b", "c", "1", "2", nil])
        #expect(pack.decisions.allSatisfy { $0.decisionMaker == "Cabinet" })
        // "RECOMMENDED to Council that:" set as a heading opens its parts.
        #expect(pack.decisions[1].text.hasPrefix("the net General Fund revenue budget for 2026/27 of £16.84 million"))
        // The two reports' recommendations, and none of the minutes' words.
        #expect(pack.recommendations.map(\.number) == ["1", "2", "3", "2.1", "2.2", "2.3"])
        #expect(pack.recommendations.allSatisfy { !$0.text.contains("General Fund") })
    }

    @Test func cutsTwoCellsThatRanIntoOneFragmentAtTheirColumn() throws {
        // A pandoc grid table through LibreOffice, without rules: "Environmental Complete" is the
        // Lead cell's first line and the Status cell, one word space apart.
        let report = try review(Corpus.file("genres/wendlebury-overview-and-scrutiny-annual-report-2025-26.pdf"))
        let fourth = try #require(report.recommendations.first { $0.number == "4" })
        #expect(fourth.owners == ["Environmental Enforcement Manager"])
        #expect(fourth.status == .completed)
        let fifth = try #require(report.recommendations.first { $0.number == "5" })
        #expect(fifth.owners == ["Head of Waste Services"])
        #expect(fifth.status == .deferred)
        // Three tables, each under the heading of the review whose recommendations it tracks.
        #expect(fourth.theme == "Task and Finish Group on Fly-tipping (2024/25)")
        #expect(report.recommendations.first { $0.number == "1" }?.theme == "Review of Leisure Centre Provision (2024/25)")
        // The third table's heading ran into the second as a row spanning it, over a repeated
        // header: its theme holds for the row below.
        #expect(report.recommendations.first { $0.number == "7" }?.theme == "Scrutiny Review of Council Tax Support (2024/25)")
    }

    @Test func startsARowAtAPageBreakWhereTheCellAboveEndedItsSentence() throws {
        // Every commitment opens in lower case ("train reception …", then over the page "run a
        // county-wide campaign …"): the row above ended with a full stop, so a new row starts.
        let plan = try review(Corpus.file("genres/stallow-carers-strategy-year-1-action-plan.pdf"))
        #expect(plan.actions.count == 13)
        let campaign = try #require(plan.actions.first { $0.text.hasPrefix("run a county-wide campaign") })
        #expect(campaign.owners == ["Stallow County Council Communications", "Stallow Carers Centre"])
        #expect(plan.actions.first { $0.text.hasPrefix("train reception") }?.owners == ["Stallow Carers Centre", "Primary Care Networks"])
    }

    @Test func takesTheSubjectOfARecommendationInThePresentTenseAsItsAddressee() throws {
        let report = try review(Corpus.file("genres/brookwell-childrens-trust-scrutiny-panel-report-2009.pdf"))
        // "The Children’s Trust Board adopts a forward plan …", "The Board receives …".
        let first = try #require(report.recommendations.first { $0.number == "1" })
        #expect(first.addressee == "Children’s Trust Board")
        #expect(report.recommendations.first { $0.number == "3" }?.addressee == "Board")
        // A passive recommendation names no body.
        let passive = try #require(report.recommendations.first { $0.number == "2" })
        #expect(passive.addressee == nil)
        // The plan rows restate the twelve recommendations: each row's No. is its plan number.
        #expect(report.recommendations.filter { $0.number != nil }.map(\.planNumber) == (1...12).map { "\($0)" })
        // Findings under "5. Findings and recommendations" are no recommendations: neither the
        // first paragraph under a sub-heading (5.1.1) nor one reporting what a neighbour's
        // trust "recommended that" in its third sentence (5.2.2).
        #expect(report.recommendations.count == 13)
        #expect(!report.recommendations.contains { $0.text.contains("Partners told the Panel") })
        #expect(!report.recommendations.contains { $0.text.contains("nominated by the CVS") })
    }

    @Test func readsAScrutinyChairsLetterWhoseListFollowsAnAskAfterAnOpeningSentence() throws {
        // "At its meeting on 10 February 2026 the Panel agreed to make the following
        // recommendations to you. The Panel recommends that:" over a Word-numbered list of clauses.
        let letter = try review(Corpus.file("genres/greyhaven-housing-scrutiny-panel-letter-families-in-bed-and-breakfast.docx"))
        #expect(letter.document.kind == .scrutinyReport)
        #expect(letter.recommendations.map(\.number) == ["1", "2", "3", "4", "5", "6"])
        // "the Council sets a target …": the clause's subject is asked.
        #expect(letter.recommendations.first?.addressee == "Council")
        #expect(letter.recommendations.first?.verb == "SETS")
        #expect(letter.recommendations.last?.addressee == "Cabinet Member")
        // "every family placed in bed and breakfast is given …" names no body.
        let second = try #require(letter.recommendations.first { $0.number == "2" })
        #expect(second.addressee == nil)
    }

    @Test func readsRecommendationsOnSlidesContinuedOverTwoSlides() throws {
        // "Our recommendations (1 of 2)" and "(2 of 2)", each over a table of badge and sentence.
        let slides = try review(Corpus.file("genres/pennistock-hospital-discharge-task-and-finish-slides.pdf"))
        let labelled = slides.recommendations.filter { $0.number != nil }
        #expect(labelled.map(\.number) == ["R1", "R2", "R3", "R4", "R5", "R6", "R7"])
        #expect(labelled.allSatisfy { $0.theme == nil })
        // "The Committee is asked to endorse …", a paragraph of its own under "What we are asking
        // the Committee to do".
        let ask = try #require(slides.recommendations.first { $0.number == nil })
        #expect(ask.addressee == "Committee")
        #expect(ask.verb == "ENDORSE")
        // In the Word rendition each badge is a paragraph of its own before its sentence.
        let docx = try review(Corpus.file("genres/renditions/lo-docx/pennistock-hospital-discharge-task-and-finish-slides.docx"))
        #expect(docx.recommendations.filter { $0.number != nil }.map(\.number) == ["R1", "R2", "R3", "R4", "R5", "R6", "R7"])
        #expect(docx.recommendations.first { $0.number == "R5" }?.text.hasPrefix("Publish a monthly discharge dashboard") == true)
    }

    @Test func readsMinutesUnderAPacksAgendaItemLine() throws {
        // "Agenda item 3 – 24 March 2026" over the minutes of 27 January names the next meeting,
        // not the paper's kind or date.
        let minutes = try review(Corpus.file("genres/millbourne-audit-and-governance-committee-minutes-january-2026.pdf"))
        #expect(minutes.document.kind == .minutes)
        #expect(minutes.document.date == "2026-01-27")
        #expect(minutes.document.meeting == "Audit and Governance Committee")
        #expect(minutes.decisions.count == 14)
        #expect(minutes.decisions.filter { $0.number != nil }.map(\.number) == ["1", "2", "3", "1", "2", "1", "2", "3"])
    }

    @Test func readsMinutesSetOutAsOneTableWithADecisionColumn() throws {
        let minutes = try review(Corpus.file("genres/ravenholt-safeguarding-adults-board-minutes-february-2026.docx"))
        // "RAVENHOLT COUNTY COUNCIL · NHS … · RAVENHOLT POLICE" lists the partners: no title.
        #expect(minutes.document.title == "Ravenholt Safeguarding Adults Board")
        // "Minutes of the Board meeting …" under the Board's full name.
        #expect(minutes.document.meeting == "Ravenholt Safeguarding Adults Board")
        #expect(minutes.decisions.count == 7)
        #expect(minutes.decisions.map(\.item) == ["2", "3", "3", "4", "7", "7", "8"])
        #expect(minutes.decisions.allSatisfy { $0.decisionMaker == "Ravenholt Safeguarding Adults Board" })
        #expect(minutes.decisions.first?.text == "The minutes of the meeting on 25 November 2025 were approved as an accurate record.")
        #expect(minutes.actions.count == 9)
    }

    @Test func readsAProgressReportsTablesByTheirOwnKeyAndSkipsItsCounts() throws {
        let report = try review(Corpus.file("genres/westerleigh-integrated-care-partnership-progress-report-q1-2026-27.pdf"))
        // "RAG | Actions" with "Complete | 1" is a count, not nine actions called "1", "5" …
        #expect(report.actions.map(\.label) == ["SW1", "SW2", "SW3", "LW1", "LW2", "LW4", "AW1", "AW2", "AW3"])
        // "RAG key. Complete – … Green – … Amber – … Red – work has not yet started."
        #expect(report.actions.first { $0.label == "SW2" }?.status == .completed)
        #expect(report.actions.first { $0.label == "AW1" }?.status == .notStarted)
        #expect(report.actions.first { $0.label == "SW1" }?.status == .ongoing)
    }

    @Test func readsAStatusKeySetTwoEntriesToARow() throws {
        // "Complete | The action has been done. | On track | Work is under way …" ⏎ "Slipped | …
        // will miss its date. | Not started | …" ⏎ "Not yet due | Work has not begun …".
        let plan = try review(Corpus.file("genres/coldwater-community-safety-partnership-delivery-plan-2026-27.docx"))
        #expect(plan.actions.count == 9)
        #expect(plan.actions.first { $0.label == "1.4" }?.status == .notStarted)
        #expect(plan.actions.first { $0.label == "2.2" }?.status == .ongoing)
    }

    @Test func readsTownCouncilMinutesWhoseResolutionsCloseTheMotionsCourse() throws {
        let minutes = try review(Corpus.file("genres/hollowmead-town-council-minutes-february-2026.docx"))
        // "It was proposed by Cllr C.D., seconded by Cllr G.H. and RESOLVED to accept …".
        #expect(minutes.decisions.count == 11)
        #expect(minutes.decisions.first?.text == "to accept the reasons for absence given by Cllrs W.X. and Y.Z.")
        // "RESOLVED unanimously to reappoint …": the vote is not the resolution.
        #expect(minutes.decisions.contains { $0.text.hasPrefix("to reappoint Vale Audit Services") })
        // Bold "Clerk to …" lines are actions, dated in the meeting's year.
        #expect(minutes.actions.count == 6)
        let portal = try #require(minutes.actions.first { $0.text.hasPrefix("Clerk to submit the comments") })
        #expect(portal.owners == ["Clerk"])
        #expect(portal.due == "2026-02-17")
        #expect(minutes.actions.first { $0.text.hasPrefix("Clerk and Cllr Q.R.") }?.owners == ["Clerk", "Cllr Q.R."])
    }

    @Test func readsTheLabelledLinesUnderEachHeadedRecommendationAsItsFields() throws {
        // "Recommendation 2" ⏎ the words ⏎ "Position: Accepted in part" ⏎ "Response: …" ⏎
        // "Lead: Medical Director, … /" ⏎ "Chief Medical Officer, ICB" ⏎ "By when: Before go-live (September 2026)".
        let report = try review(Corpus.file("genres/crossfell-joint-health-scrutiny-stroke-services-nhs-response.pdf"))
        // Three asks of the Joint Committee and the six recommendations, each once.
        #expect(report.recommendations.count == 9)
        let headed = report.recommendations.filter { $0.response != nil }
        #expect(headed.map(\.number) == ["1", "2", "3", "4", "5", "6"])
        let second = try #require(headed.first { $0.number == "2" })
        #expect(second.responseDecision == .partiallyAccepted)
        #expect(second.due == "2026-09")
        #expect(second.response?.hasPrefix("The ambulance service has agreed a standard of 45 minutes") == true)
        // The Lead field ran on to the next line after its "/".
        #expect(second.owners.count == 4)
        #expect(headed.first { $0.number == "1" }?.status == .completed)
        let fourth = try #require(headed.first { $0.number == "4" })
        #expect(fourth.responseDecision == .rejected)
        #expect(fourth.owners.isEmpty)
        // The last field is not carried into "5. Options for the Joint Committee".
        #expect(headed.allSatisfy { !($0.response ?? "").contains("Options") })
    }
}

/// The ombudsman, complaints, schools and children's services papers of the eighteenth batch,
/// tune half (`Corpus/genres`, parts AE and AF).
struct OmbudsmanAndSchoolsTests {
    @Test func readsRecommendationsBoxedInOneCellTablesUnderTheirThemes() throws {
        // Each recommendation is a one-cell shaded table: "Recommendation 4" ⏎ its words ⏎
        // "Directed to: … / …", under theme headings between the boxes.
        let report = try review(Corpus.file("genres/oakhurst-cyp-scrutiny-elective-home-education-task-and-finish-report.docx"))
        let boxed = report.recommendations.filter { $0.number?.contains(".") == false }
        #expect(boxed.map(\.number) == ["1", "2", "3", "4", "5", "6", "7", "8"])
        #expect(boxed.first?.theme == "Knowing which children are educated at home")
        #expect(boxed.first { $0.number == "3" }?.theme == "Knowing which children are educated at home")
        #expect(boxed.first { $0.number == "4" }?.theme == "Support for families, including children with SEND")
        #expect(boxed.last?.theme == "Health and safeguarding")
        #expect(boxed.first { $0.number == "4" }?.owners == ["Cabinet Member for Children and Families", "Director of Education"])
        #expect(boxed.first { $0.number == "2" }?.addressee == "Elective Home Education Team")
        // The ask of the committee itself stays one more, numbered by its paragraph.
        #expect(report.recommendations.first?.number == "2.1")
    }

    @Test func keepsAReportOnAnotherBodysRecommendationsACommitteeReport() throws {
        // "That Cabinet: (a) notes … (b) notes the action the Council has taken, and proposes to
        // take …" over Table 1: the Ombudsman's seven recommendations | what the Council has done
        // or will do | Lead officer | Deadline | Status.
        let report = try review(Corpus.file("genres/fellbrook-cabinet-ombudsman-public-interest-report-homelessness-review.docx"))
        // Its title names no follow-up: a committee report, not a tracker.
        #expect(report.document.kind == .committeeReport)
        #expect(report.recommendations.map(\.number) == ["a", "b", "c", "d", "1", "2", "3", "4", "5", "6", "7"])
        // Row 7 ("… tell the Ombudsman what action it has taken or proposes to take") shares
        // words with ask (b) by chance: it stays a row of its own, and (b) takes none of its fields.
        let asked = try #require(report.recommendations.first { $0.number == "b" })
        #expect(asked.owners.isEmpty && asked.due == nil && asked.status == nil)
        let seventh = try #require(report.recommendations.first { $0.number == "7" })
        #expect(seventh.owners == ["Monitoring Officer"])
        // "What the Council has done or will do" is the response.
        #expect(report.recommendations.first { $0.number == "2" }?.response == "Paid on 11 February 2026.")
        // "Apologise in writing to Ms K …": the verb opens the sentence, not "writing".
        #expect(report.recommendations.first { $0.number == "1" }?.verb == "APOLOGISE")
    }

    @Test func readsAGoverningBoardsActionLinesAndItsNameOverTheMinutes() throws {
        let minutes = try review(Corpus.file("genres/hartsmere-park-primary-school-full-governing-board-minutes-february-2026.pdf"))
        #expect(minutes.decisions.count == 6)
        #expect(minutes.actions.count == 11)
        // "Headteacher and SENCo to present …": two posts of a word each, two owners.
        let findings = try #require(minutes.actions.first { $0.text.hasPrefix("Headteacher and SENCo") })
        #expect(findings.owners == ["Headteacher", "SENCo"])
        // "… before the end of March." at a meeting on 3 February 2026: March 2026.
        let training = try #require(minutes.actions.first { $0.text.hasPrefix("Clerk to book whole-board") })
        #expect(training.due == "2026-03")
        // The Word rendition without heading styles: "Full Governing Board" ⏎ "Minutes of the
        // meeting held on …" names the body that decided.
        let plain = try review(Corpus.file("genres/renditions/python-docx/hartsmere-park-primary-school-full-governing-board-minutes-february-2026.docx"))
        #expect(plain.decisions.count == 6)
        #expect(plain.decisions.allSatisfy { $0.decisionMaker == "Full Governing Board" })
    }

    @Test func readsACodeSelfAssessmentAndTheServiceImprovementsAgreed() throws {
        let tracker = try review(Corpus.file("genres/marshcombe-complaint-handling-code-and-ombudsman-actions-tracker.pdf"))
        // "None required." in the Action column (owner and date "–") is no action.
        #expect(!tracker.actions.contains { $0.text.hasPrefix("None") })
        #expect(tracker.actions.count == 11)
        // "Ombudsman ref | Service | Service improvement agreed | Owner | Deadline | Status".
        let letter = try #require(tracker.actions.first { $0.text.hasPrefix("Revise the financial assessment letter") })
        #expect(letter.label == "25 003 412")
        #expect(letter.owners == ["Head of Financial Assessments"])
        #expect(letter.due == "2026-04-14")
        #expect(letter.status == .completed)
    }

    @Test func takesNoMeetingAndItemLineAsTheTitle() throws {
        // "### Audit and Standards Committee – 8 July 2026 – Agenda item 7" over the paper's own
        // title line "Annual Complaints and Compliments Report 2025/26".
        let report = try review(Corpus.file("genres/fellbrook-annual-complaints-and-compliments-report-2025-26.pdf"))
        #expect(report.document.title == "Annual Complaints and Compliments Report 2025/26")
        #expect(report.actions.count == 6)
        #expect(report.actions.first?.owners == ["Customer Services Manager", "Digital Team"])
    }
}

/// The climate, flooding, budget and council tax papers of the nineteenth batch, tune half
/// (`Corpus/genres`, parts AG and AH).
struct ClimateAndFinanceTests {
    @Test func takesTheLetterheadUnderAnAgendaItemMarkerAsTheAuthority() throws {
        // "Agenda Item 8" ⏎ "HOBBLESTONE BOROUGH COUNCIL" over a resolution that names the county,
        // police and fire precepting bodies more often.
        let report = try review(Corpus.file("genres/hobblestone-council-tax-setting-report-2026-27.pdf"))
        #expect(report.document.authority == "Hobblestone Borough Council")
        #expect(report.recommendations.map(\.number) == ["a", "b", "c", "d", "e", "f", "g", "h"])
        // "(c) calculates that …", "(g) determines that …": the resolution's own verbs.
        #expect(report.recommendations.first { $0.number == "c" }?.verb == "CALCULATES")
        #expect(report.recommendations.first { $0.number == "g" }?.verb == "DETERMINES")
    }

    @Test func readsACabinetResponseTablesOwnersWithoutTheirArticle() throws {
        let response = try review(Corpus.file("genres/morrowdale-cabinet-response-surface-water-flooding-review.docx"))
        // "Flood Risk Manager, with the Environment Agency".
        #expect(response.recommendations.first { $0.number == "5" }?.owners == ["Flood Risk Manager", "Environment Agency"])
        #expect(response.recommendations.first { $0.number == "4" }?.verb == "EMPLOY")
        #expect(response.recommendations.first { $0.number == "4" }?.responseDecision == .rejected)
    }

    @Test func cutsANarrowCellsLineWhereItRunsIntoTheNextColumn() throws {
        // The borderless table through LibreOffice: "Secretary of State jointly with other" is
        // one fragment, "jointly with other" starting at the Response column, between that
        // cell's "raise the matter" and "lead local flood".
        let response = try review(Corpus.file("genres/renditions/lo-pdf/morrowdale-cabinet-response-surface-water-flooding-review.pdf"))
        let third = try #require(response.recommendations.first { $0.number == "3" })
        #expect(third.text.hasSuffix("should write to the Secretary of State asking for the Council’s duties as lead local flood authority to be matched by long-term funding."))
        #expect(third.response?.contains("will raise the matter jointly with other lead local flood authorities") == true)
        let second = try #require(response.recommendations.first { $0.number == "2" })
        #expect(second.text.hasSuffix("are cleaned at least twice a year."))
    }

    @Test func namesTheMeetingFromThePacksItemLine() throws {
        // "Climate and Environment Overview and Scrutiny Committee – 14 July 2026 – Agenda item 6"
        // over an action plan's progress report.
        let report = try review(Corpus.file("genres/kestlebury-climate-emergency-action-plan-progress-report-2025-26.pdf"))
        #expect(report.document.meeting == "Climate and Environment Overview and Scrutiny Committee")
        #expect(report.actions.count == 13)
        #expect(report.actions.first?.owners == ["Property Services"])
        #expect(report.actions.first?.status == .completed)
    }
}

/// The adult social care, public health, planning and transport papers of the twentieth batch,
/// tune half (`Corpus/genres`, parts AI and AJ).
struct CareAndPlacesTests {
    @Test func fillsNumberedRecommendationsFromATableOfAnswersByNumber() throws {
        // "Recommendation 1: NHS Tallowfield Place should publish …" in the report, and in its
        // appendix "No. | Cabinet Member's response | Decision | Lead officer | Target date",
        // the recommendations "not repeated here".
        let review = try review(Corpus.file("genres/tallowfield-health-scrutiny-panel-hospital-discharge-review.pdf"))
        // "TALLOWFIELD METROPOLITAN BOROUGH COUNCIL" over it is the council's name, not the title.
        #expect(review.document.title == "Getting Home Safely: Scrutiny Review of Hospital Discharge and Intermediate Care")
        let numbered = review.recommendations.filter { $0.number != nil }
        #expect(numbered.map(\.number) == ["1", "2", "3", "4", "5", "6", "7", "8"])
        let second = try #require(numbered.first { $0.number == "2" })
        #expect(second.text == "Extend the opening hours of the Transfer of Care Hub to include Saturdays and Sundays.")
        #expect(second.responseDecision == .partiallyAccepted)
        #expect(second.owners == ["Head of Hospital Social Work", "Transfer of Care Hub Manager"])
        #expect(second.due == "2026-12")
        #expect(numbered.first { $0.number == "4" }?.status == .completed)
        // No row of the answers' table is a recommendation of its own.
        #expect(review.recommendations.allSatisfy { !$0.text.isEmpty })
    }

    @Test func takesAKeyedRagLetterOverTheWordsAnUpdateOpensWith() throws {
        // "RAG key: … A = In progress, milestone at risk" and action 3.2's update "Completed
        // within 60 days: 58% in Q3 2025/26, 66% in Q4." beside "A".
        let plan = try review(Corpus.file("genres/wyndlow-adult-social-care-improvement-plan-progress-report-2026.pdf"))
        #expect(plan.actions.count == 12)
        #expect(plan.actions.first { $0.label == "3.2" }?.status == .ongoing)
        #expect(plan.actions.first { $0.label == "4.2" }?.status == .completed)
    }
}

/// The community safety, licensing, governance and workforce papers of the twenty-first batch,
/// tune half (`Corpus/genres`, parts AK and AL).
struct SafetyAndGovernanceTests {
    @Test func readsTheForwardPlanReferenceInsideTheKeyDecisionField() throws {
        // "Key decision: | Yes – Forward Plan ref. EX/2026/011".
        let report = try review(Corpus.file("genres/fawnmere-executive-city-centre-pspo-renewal-march-2026.pdf"))
        #expect(report.document.decisionNumber == "EX/2026/011")
        #expect(report.document.meeting == "Executive")
    }
}

/// The libraries, culture, waste and highways papers of the twenty-second batch, tune half
/// (`Corpus/genres`, parts AM and AN).
struct StreetsAndLibrariesTests {
    @Test func readsARecordOfACabinetMemberDecision() throws {
        // "Record of a Cabinet Member Decision" over "Decision reference: | CMD/HT/2026/07".
        let record = try review(Corpus.file("genres/pellington-cabinet-member-decision-part-night-street-lighting.docx"))
        #expect(record.document.kind == .decision)
        #expect(record.document.decisionNumber == "CMD/HT/2026/07")
        #expect(record.decisions.count == 3)
    }

    @Test func takesTheCouncilNamedInCapitalsBeforeADashAsItsLetterhead() throws {
        // "DUNSTOWE DISTRICT COUNCIL – Waste and Recycling" over a calendar that names the
        // county's recycling centres further down.
        let calendar = try review(Corpus.file("genres/dunstowe-bin-collection-calendar-2026-27.pdf"))
        #expect(calendar.document.authority == "Dunstowe District Council")
        #expect(calendar.recommendations.isEmpty && calendar.decisions.isEmpty && calendar.actions.isEmpty)
    }

    @Test func namesTheMeetingFromABodyAndDateLine() throws {
        // "Environment Overview and Scrutiny Panel – 3 March 2026" under the letterhead.
        let plan = try review(Corpus.file("genres/dunstowe-waste-and-recycling-strategy-action-plan-progress-march-2026.pdf"))
        #expect(plan.document.meeting == "Environment Overview and Scrutiny Panel")
        #expect(plan.actions.count == 10)
    }
}

/// Papers that say when the figures they report stand, or when a change they describe takes
/// effect, and when they were published: each is dated by its publication, and none asks or
/// decides anything.
struct PublicationDateTests {
    @Test(arguments: [
        // "Councillors’ Attendance at Meetings, 1 April 2025 to 31 March 2026" ⏎ "Published 10 April 2026".
        ("genres/ravenholt-county-council-councillors-attendance-2025-26.pdf", "2026-04-10"),
        // "Base date: 1 April 2026" ⏎ "Published July 2026" under the title.
        ("genres/eskerby-five-year-housing-land-supply-statement-2026.pdf", "2026-07"),
        // "1 October to 31 December 2025 · Published February 2026" under the title.
        ("genres/skelderby-crime-and-asb-data-profile-q3-2025-26.pdf", "2026-02"),
        // "… Opening Hours and Services from 1 July 2026" ⏎ "… – summer 2026 edition, published June 2026".
        ("genres/ottermead-libraries-opening-hours-and-services-guide-2026.pdf", "2026-06"),
    ])
    func datesAPaperByItsPublication(path: String, date: String) throws {
        let paper = try review(Corpus.file(path))
        #expect(paper.document.date == date)
        #expect(paper.recommendations.isEmpty && paper.decisions.isEmpty && paper.actions.isEmpty)
    }
}

/// The self-evaluation and plan papers of the twenty-fifth batch, tune half (`Corpus/genres`,
/// parts AS and AT).
struct SelfAssessmentTests {
    @Test func readsAStandardsTableWithItsEvidenceAndLabelledActions() throws {
        // "Std | Standard | Rating | Evidence | Improvement action": bullets of evidence, and
        // actions each followed by "Lead: …" and "By: …" lines; "None required." holds none.
        let paper = try review(Corpus.file("genres/briarwood-section-11-safeguarding-self-assessment-return-2026.pdf"))
        #expect(paper.document.kind == .selfEvaluation)
        #expect(paper.document.date == "2026-02-27")
        #expect(paper.evidence.count == 15)
        #expect(paper.actions.count == 6)
        let family = try #require(paper.actions.first { $0.text.hasPrefix("Add a ‘think family’ question") })
        #expect(family.owners == ["Principal Social Worker (Adults)", "Case Management System Lead"])
        #expect(family.due == "2026-09")
        #expect(paper.actions.first { $0.text.hasPrefix("Involve young carers") }?.owners
                == ["Carers Commissioning Manager", "Briarwood Young Carers Forum"])
    }

    @Test func readsTheSameStandardsTableWhereALeadRunsOnToAnotherLine() throws {
        // The Word rendition breaks "Lead: Principal Social Worker (Adults) /" before the second lead.
        let paper = try review(Corpus.file("genres/renditions/python-docx/briarwood-section-11-safeguarding-self-assessment-return-2026.docx"))
        #expect(paper.actions.count == 6)
        #expect(paper.actions.first { $0.text.hasPrefix("Add a ‘think family’ question") }?.owners
                == ["Principal Social Worker (Adults)", "Case Management System Lead"])
    }

    @Test func findsNothingInABlankTemplateAndItsGuidance() throws {
        let paper = try review(Corpus.file("genres/moorcastle-compact-self-assessment-guidance-and-template-2026.pdf"))
        #expect(paper.document.kind == .other)
        #expect(paper.evidence.isEmpty && paper.actions.isEmpty && paper.questions.isEmpty)
    }

    @Test func ratesQuestionsByTheScoresThePapersKeyGivesLevels() throws {
        // "Score | What it means | Level" (4 and 3 Green, 2 Amber, 1 Red); "Domain average: 2.3 (Amber)".
        let paper = try review(Corpus.file("genres/moorcastle-childrens-partnership-vcs-engagement-toolkit-2026.docx"))
        #expect(paper.questions.count == 13)
        #expect(paper.questions.first?.rating == Rating(raw: "3", level: .green))
        #expect(paper.questions.first { $0.label == "2.4" }?.rating?.level == .red)
        #expect(paper.domains.map { $0.rating?.level } == [.amber, .amber, .amber, .green])
    }
}

/// The plans of the twenty-fifth batch, tune half (`Corpus/genres`, part AT).
struct ImprovementPlanTests {
    @Test func readsTheRecommendationsRowsOverTheirActionsAndAKeysAlternativesAsNoStatus() throws {
        // "Peer team recommendation 1: Develop …" spans the table over actions 1.1 and 1.2; the
        // key defines Red as "not started, or started and then stopped".
        let plan = try review(Corpus.file("genres/culverdon-corporate-peer-challenge-improvement-action-plan-february-2026.pdf"))
        #expect(plan.recommendations.map(\.number) == ["1", "2", "3", "4", "5"])
        #expect(plan.recommendations.first?.text.hasPrefix("Develop a shared, long-term vision for Culverdon") == true)
        #expect(plan.actions.count == 11)
        #expect(plan.actions.first { $0.label == "2.3" }?.status == nil)
        #expect(plan.actions.first { $0.label == "1.1" }?.status == .completed)
        // "Version | 3 – updated 6 February 2026".
        #expect(plan.document.date == "2026-02-06")
    }

    @Test func datesActionsByThePlanYearsItsProseDefines() throws {
        // "Year 1 runs from April 2026 to March 2027 and Year 2 from April 2027 to March 2028."
        let plan = try review(Corpus.file("genres/oakenvale-health-and-wellbeing-partnership-delivery-plan-2026-2028.pdf"))
        #expect(plan.actions.first { $0.label == "2.1" }?.due == "2028-03")
        #expect(plan.actions.first { $0.label == "3.2" }?.due == "2028-03")
        #expect(plan.actions.first { $0.label == "1.3" }?.due == nil)
        // "Version: | 1.0 – agreed by the Partnership Board on 21 May 2026".
        #expect(plan.document.date == "2026-05-21")
    }
}

/// The scrutiny and committee papers of the twenty-sixth batch, tune half (`Corpus/genres`,
/// parts AU and AV).
struct ReviewResponseTests {
    @Test func readsALettersAnswersRecommendationByRecommendation() throws {
        // "Recommendation 1" ⏎ the words in a shaded box ⏎ the answer ⏎ "Lead officer: … Timescale: …".
        let letter = try review(Corpus.file("genres/halsworth-leader-letter-response-public-toilets-review.docx"))
        #expect(letter.document.kind == .executiveResponse)
        #expect(letter.recommendations.map(\.number) == ["1", "2", "3", "4", "5", "6"])
        let funds = try #require(letter.recommendations.first { $0.number == "2" })
        #expect(funds.owners == ["Head of Property and Assets", "Riverside Centre Manager"])
        #expect(funds.due == "2027-03")
        #expect(letter.recommendations.first { $0.number == "4" }?.owners.isEmpty == true)
    }

    @Test func takesTheTitleHeadingUnderABodyAndReviewLine() throws {
        // "Overview and Scrutiny Committee – Parks and Open Spaces Safety Review" over "# Feeling Safe in Our Parks: Call for Evidence".
        let call = try review(Corpus.file("genres/halsworth-parks-safety-review-call-for-evidence.docx"))
        #expect(call.document.title == "Feeling Safe in Our Parks: Call for Evidence")
        #expect(call.document.date == "2026-09-01")
        #expect(call.recommendations.isEmpty && call.decisions.isEmpty && call.actions.isEmpty)
    }

    @Test func takesNoProposalsSectionsParagraphsForTheReportsRecommendations() throws {
        // "1. Recommendations" lists four asks of Cabinet; "3. Proposals" explains them in numbered paragraphs.
        let report = try review(Corpus.file("genres/kelsmere-cabinet-fees-and-charges-2026-27.pdf"))
        #expect(report.recommendations.map(\.number) == ["1", "2", "3", "4"])
        #expect(report.recommendations.map(\.verb) == ["APPROVES", "APPROVES", "DELEGATES", "NOTES"])
        #expect(report.document.decisionNumber == "KCC/KD/2026/007")
    }
}

