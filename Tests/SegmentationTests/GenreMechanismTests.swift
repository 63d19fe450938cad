import PipelineCore
import Testing
@testable import Segmentation

/// Genre-reader mechanisms on small built papers, each asserting the values read.
struct GenreMechanismTests {
    /// Paragraph lines of a page, one per text.
    func lines(_ texts: [String]) -> [PaperLine] {
        texts.map { text in
            PaperLine(TextLine(text: text, label: nil, body: text, kind: .paragraph, headingLevel: nil, listLevel: nil, isBold: false,
                               isIndented: false, location: SourceLocation(page: 1, block: 0, start: 0, end: 0)), inTable: false, cell: nil)
        }
    }

    func segment(_ builder: DocumentBuilder) throws -> ReviewDocument {
        var diagnostics = Diagnostics()
        return try Segmenter(framework: FrameworkFixture.set, vocabulary: FrameworkFixture.vocabulary)
            .segment(builder.document(), diagnostics: &diagnostics)
    }

    /// An executive response printing each recommendation with a two-column table under it
    /// whose rows name the fields (no header row).
    var responseWithRecordTables: DocumentBuilder {
        var doc = DocumentBuilder()
        doc.heading("Cabinet Response to the Street Lighting Review")
        doc.heading("Responses to the recommendations", level: 2)
        doc.paragraph("Recommendation 1: Replace every sodium lantern with an LED lantern by 2027.")
        doc.table([
            ["Response", "Work has begun on the main roads. Residential roads follow in 2026."],
            ["Decision", "Accepted in part"],
            ["Lead officer", Cell(["Street Lighting Manager / Highways Contracts Team"])],
            ["Timescale", "From April 2026"],
        ])
        doc.paragraph("Recommendation 2: Dim lights on residential roads after midnight.")
        doc.table([
            ["Response", "Dimming is not supported by the police."],
            ["Decision", "Not accepted"],
            ["Lead officer", "Street Lighting Manager"],
            ["Timescale", ""],
        ])
        return doc
    }

    @Test func readsARecordTableIntoTheRecommendationBeforeIt() throws {
        let review = try segment(responseWithRecordTables)
        #expect(review.document.kind == .executiveResponse)
        #expect(review.recommendations.map(\.number) == ["1", "2"])
        let first = try #require(review.recommendations.first)
        #expect(first.response == "Work has begun on the main roads. Residential roads follow in 2026.")
        #expect(first.responseDecision == .partiallyAccepted)
        #expect(first.owners == ["Street Lighting Manager", "Highways Contracts Team"])
        #expect(first.timeframe == "From April 2026")
        #expect(first.due == "2026-04")
        let second = try #require(review.recommendations.last)
        #expect(second.responseDecision == .rejected)
        #expect(second.owners == ["Street Lighting Manager"])
        // An empty Timescale cell stays null.
        #expect(second.timeframe == nil)
        #expect(second.due == nil)
    }

    @Test func aFieldTableAfterNoRecommendationGivesNothing() throws {
        var doc = DocumentBuilder()
        doc.heading("Cabinet Response to the Scrutiny Review of Street Lighting")
        doc.paragraph("The review was carried out over the winter.")
        doc.table([
            ["Response", "Work has begun on the main roads."],
            ["Lead officer", "Street Lighting Manager"],
        ])
        let review = try segment(doc)
        #expect(review.recommendations.isEmpty)
        #expect(review.actions.isEmpty)
    }

    @Test func readsTheRowsOfARecordTable() throws {
        let reader = ItemTableReader(book: PhraseBook(FrameworkFixture.vocabulary), framework: FrameworkFixture.set)
        var doc = DocumentBuilder()
        doc.paragraph("Recommendation 1: Replace every sodium lantern.")
        doc.table([["Decision", "Accepted"], ["Lead officer", "Street Lighting Manager"]])
        // A table whose first column is not field names is no record.
        doc.table([["Lanterns", "4,210"], ["Columns", "3,900"]])
        let result = reader.read(DocumentView(doc.document()).entries)
        #expect(result.records.count == 1)
        #expect(result.records.first?.after == 0)
        #expect(result.records.first?.fields.responseDecision == .accepted)
        #expect(result.records.first?.fields.owners == ["Street Lighting Manager"])
        #expect(result.hasResponses)
    }

    let book = PhraseBook(FrameworkFixture.vocabulary)

    @Test(arguments: [
        ("notes the responses to the consultation;", "NOTES"),
        ("approves the revised Statement of Policy.", "APPROVES"),
        ("re-affirming its commitment to the Armed Forces Covenant.", "RE-AFFIRMING"),
        ("County Council endorses the attached Pay Policy Statement.", "ENDORSES"),
        ("The Council should retender taxi contracts in smaller lots.", "RETENDER"),
        ("The Select Committee should receive a progress report in March 2026.", "RECEIVE"),
        ("Create a community flood warden scheme.", "CREATE"),
        ("To APPROVE the budget.", "APPROVE"),
    ])
    func readsTheVerbAsWritten(text: String, verb: String) {
        #expect(book.verb(of: text) == verb)
    }

    @Test(arguments: [
        "Parents and carers should be told the name of the driver.",
        "The net revenue budget requirement of £1,530.9m for 2025-26.",
        "The Capital Strategy as set out in section 4.",
        "Fees and charges to continue to rise with inflation.",
    ])
    func givesNoVerbWhereASentenceNamesNone(text: String) {
        #expect(book.verb(of: text) == nil)
    }

    @Test func readsTheBodyAnObligationNames() {
        #expect(book.obligedBody(of: "The Council should publish a plain English guide.") == "Council")
        #expect(book.obligedBody(of: "The Select Committee should receive a progress report.") == "Select Committee")
        #expect(book.obligedBody(of: "Parents and carers should be told the name of the driver.") == nil)
        #expect(book.obligedBody(of: "Publish a plain English guide.") == nil)
    }

    @Test func readsAHeadingCarriedOnAsItsSection() {
        #expect(book.isSection("recommendations", heading: "Our recommendations (1 of 2)"))
        #expect(book.withoutContinuation("our recommendations 2 of 2") == "our recommendations")
        #expect(book.withoutContinuation("actions continued") == "actions")
        #expect(book.withoutContinuation("recommendations for 2025 26") == "recommendations for 2025 26")
    }

    @Test func tellsAnAskOpeningItsSentenceFromOneReportedLaterOn() {
        #expect(AskedRecommendationReader.asksInOwnSentence("The Committee"))
        #expect(AskedRecommendationReader.asksInOwnSentence("At its meeting on 10 February the Panel agreed to make the following recommendations to you. The Panel"))
        #expect(!AskedRecommendationReader.asksInOwnSentence(
            "Smaller groups did not know how this was done. The Panel heard that in a neighbouring borough the children’s trust"))
    }

    @Test func readsAParagraphThatAsksABodyAloneAsOneAsk() throws {
        var doc = DocumentBuilder()
        doc.heading("Home First: findings of the Task and Finish Group")
        doc.heading("What we are asking the Committee to do", level: 2)
        doc.paragraph("The Committee is asked to endorse the seven recommendations and to refer them to the Cabinet.")
        doc.paragraph("Members are asked to refer to the final report and not to earlier drafts.")
        let asks = try segment(doc).recommendations
        #expect(asks.map(\.text) == ["The Committee is asked to endorse the seven recommendations and to refer them to the Cabinet."])
        #expect(asks.first?.addressee == "Committee")
        #expect(asks.first?.verb == "ENDORSE")
    }

    @Test func readsNoActionFromASentenceThatNamesNoOwnerOrRecordsAResolution() throws {
        var doc = DocumentBuilder()
        doc.heading("Minutes of the meeting of the Parish Council held on 3 February 2026")
        doc.heading("24/101 Play area", level: 2)
        doc.paragraph("Changes to the play area inspection regime were noted.")
        doc.paragraph("RESOLVED to approve the quotation for the new surface.")
        doc.paragraph("Clerk to place the order by 20 February.")
        let minutes = try segment(doc)
        #expect(minutes.actions.map(\.text) == ["Clerk to place the order by 20 February."])
        #expect(minutes.actions.first?.owners == ["Clerk"])
        #expect(minutes.actions.first?.due == "2026-02-20")
        #expect(minutes.decisions.map(\.text) == ["to approve the quotation for the new surface."])
    }

    @Test func readsAKeyWhoseLabelIsASentenceOfItsOwn() throws {
        let key = try #require(ItemTableReader.letterKey(
            "RAG key. Complete – the action has been delivered. Green – work is under way and on track. Amber – work is behind plan. Red – work has not yet started."))
        #expect(key["Complete"] == "the action has been delivered")
        #expect(key["Red"] == "work has not yet started")
    }

    @Test func leavesTheAskersSentenceBeforeItsAddressee() {
        #expect(AskedRecommendationReader.ownSentence("Thank you. The Committee") == "The Committee")
        #expect(AskedRecommendationReader.asksInOwnSentence("It agreed its findings. The Adult Social Care and Health Scrutiny Committee"))
    }

    @Test func readsWhoARecommendationsHeadingNames() {
        #expect(book.sectionRest("ownedRecommendations", heading: "Recommendations for schools and colleges") == "schools and colleges")
        #expect(book.sectionRest("ownedRecommendations", heading: "4. Recommendations for DfE:") == "DfE")
        #expect(book.sectionRest("ownedRecommendations", heading: "Recommendations") == nil)
        #expect(book.sectionRest("ownedRecommendations", heading: "Recommendations to Cabinet") == nil)
    }

    @Test func readsARecommendationsForSectionAsThemeAndOwners() throws {
        var doc = DocumentBuilder()
        doc.heading("Carers Needs Assessment")
        doc.heading("Recommendations for schools", level: 2)
        doc.item("1.", "Name a carers’ lead in every school.")
        doc.heading("Recommendations for the NHS", level: 2)
        doc.item("2.", "Offer every carer a health check.")
        let review = try segment(doc)
        #expect(review.document.kind == .needsAssessment)
        #expect(review.recommendations.map(\.theme) == ["Recommendations for schools", "Recommendations for the NHS"])
        #expect(review.recommendations.map(\.owners) == [["schools"], ["the NHS"]])
        #expect(review.recommendations.map(\.addressee) == [nil, nil])
        #expect(review.recommendations.map(\.verb) == ["NAME", "OFFER"])
    }

    @Test(arguments: [
        ("31/03/2025", "2025-03-31"),
        ("30.06.25", "2025-06-30"),
        ("31/12/2025 (revised from 30/06/2025)", "2025-12-31"),
        ("Short term (by March 2025)", "2025-03"),
        ("Q3 2024/25", "2024-12"),
        ("2025–2026", "2026"),
        // A season ends with its last month; winter runs into the next year.
        ("Summer 2026", "2026-08"),
        ("Spring 2026", "2026-05"),
        ("Winter 2025/26", "2026-02"),
        ("2025 to 2027", "2027"),
    ])
    func readsDatesInFiguresAndSkipsAsides(timeframe: String, due: String) {
        #expect(DueDateParser.due(timeframe) == due)
    }

    @Test func leavesFiguresThatAreNoDate() {
        #expect(DueDateParser.due("45/13/2025") == nil)
        // Years that run backwards, or over a decade apart, are no span a plan sets.
        #expect(DueDateParser.due("2026–2025") == nil)
        #expect(DueDateParser.due("2020–2040") == nil)
        #expect(DueDateParser.firstDate("Decision 24/00109") == nil)
    }

    @Test func tellsALetterheadFromAMeetingBody() {
        let letterheads = ["Harbourside Integrated Care Board", "NORTHBRIDGE BOROUGH COUNCIL", "Harbourside Place Partnership Board", "County Council"]
        #expect(letterheads.map { DocumentClassifier.namesAuthority($0, book: book) } == [true, true, false, false])
    }

    @Test func readsTheDateALineOpensWith() {
        #expect(DocumentClassifier.openingDate("Thursday, 30th January, 2025, at 10.00 am Ask for: the clerk") == "2025-01-30")
        #expect(DocumentClassifier.openingDate("13 March 2025 at 3.00 pm") == "2025-03-13")
        #expect(DocumentClassifier.openingDate("Since November 2007 there has been ongoing activity.") == nil)
    }

    @Test func readsAMeetingPaperPrintedOverItsBody() {
        func line(_ text: String) -> TextLine {
            TextLine(text: text, label: nil, body: text, kind: .heading, headingLevel: 1, listLevel: nil, isBold: true,
                     isIndented: false, location: SourceLocation(block: 0, start: 0, end: text.count))
        }
        let agenda = DocumentClassifier.meetingPaper(in: [line("AGENDA"), line("CABINET"), line("Thursday, 30th January, 2025")], book: book)
        #expect(agenda?.title == "AGENDA CABINET")
        #expect(agenda?.body == "Cabinet")
        // An agenda over a line that is no body's name gives nothing.
        #expect(DocumentClassifier.meetingPaper(in: [line("Agenda"), line("Thursday, 30th January, 2025")], book: book) == nil)
    }

    @Test func splitsOwnersByTheVocabularysOwnerCellWords() {
        #expect(FrameworkFixture.vocabulary.ownerCells["conditions"]?.contains("subject to") == true)
        let shipped = OwnerSplitter(FrameworkFixture.vocabulary)
        #expect(shipped.owners("Via Executive group / TBC") == ["Executive group"])
        #expect(shipped.owners("Workforce Development capacity") == [])
        // Without the words, nothing is dropped: the words are the vocabulary's, not the code's.
        let bare = OwnerSplitter(Vocabulary())
        #expect(bare.owners("Via Executive group / TBC") == ["Via Executive group", "TBC"])
        #expect(bare.owners("Workforce Development capacity") == ["Workforce Development capacity"])
    }

    @Test func readsTheMeetingByTheVocabularysPaperWords() {
        func line(_ text: String) -> TextLine {
            TextLine(text: text, label: nil, body: text, kind: .paragraph, headingLevel: nil, listLevel: nil, isBold: false,
                     isIndented: false, location: SourceLocation(block: 0, start: 0, end: text.count))
        }
        let report = [line("Report of the Audit Committee – June 2025")]
        #expect(DocumentClassifier.meetingBody(in: report, book: book) == "Audit Committee")
        var vocabulary = FrameworkFixture.vocabulary
        vocabulary.paperWords = []
        #expect(DocumentClassifier.meetingBody(in: report, book: PhraseBook(vocabulary)) == "Report of the Audit Committee")
    }

    /// A heading that closes on "and recommendations" opens the list; a numbered heading that
    /// starts the count again ends it; the closing section's shorter wording of the same
    /// numbered items is the same list, not three more.
    @Test func readsASummaryAndRecommendationsBoxAndFoldsItsShorterRestatement() throws {
        var doc = DocumentBuilder()
        doc.heading("Refreshing the Carers Strategy")
        doc.heading("Conclusions and recommendations", level: 2)
        doc.paragraph("The Board is recommended to:")
        doc.paragraph("1. endorse the refreshed carers strategy for 2026 to 2029;")
        doc.paragraph("2. agree that the partnership funds the carers outreach service from its reserve rather than from the core grant; and")
        doc.paragraph("3. ask officers to report progress to the Board in six months.")
        doc.heading("1. Introduction", level: 2)
        doc.paragraph("1.1 The strategy was last refreshed in 2021.")
        doc.heading("5. Recommendations", level: 2)
        doc.paragraph("The Board is recommended to:")
        doc.paragraph("1. endorse the refreshed strategy;")
        doc.paragraph("2. agree that the partnership funds the outreach service; and")
        doc.paragraph("3. ask officers to report progress to the Board in six months.")
        let recommendations = try segment(doc).recommendations
        #expect(recommendations.map(\.number) == ["1", "2", "3"])
        #expect(recommendations.map(\.verb) == ["ENDORSE", "AGREE", "ASK"])
        #expect(recommendations[1].text == "agree that the partnership funds the carers outreach service from its reserve rather than from the core grant; and")
        #expect(recommendations.allSatisfy { $0.alsoAt?.count == 1 })
        #expect(!recommendations.contains { $0.text.hasPrefix("Introduction") })
    }

    @Test func readsTheDecisionAResponseOpensWith() {
        let book = PhraseBook(FrameworkFixture.vocabulary)
        #expect(book.responseDecision(statement: "The ICB accepts this recommendation. A report was presented …") == .accepted)
        #expect(book.responseDecision(statement: "The Trust accepts this recommendation in part. Nurse staffing …") == .partiallyAccepted)
        #expect(book.responseDecision(statement: "The ICB does not accept this recommendation. National funding …") == .rejected)
        #expect(book.responseDecision(statement: "The ICB agrees. No change is proposed.") == .accepted)
        // A longer opening sentence reports work, not a decision.
        #expect(book.responseDecision(statement: "A recovery plan was agreed by the ICB’s Quality and Performance Committee in October 2025.") == nil)
        #expect(book.responseDecision(statement: "Figures were circulated to Members on 8 August.") == nil)
    }

    @Test func readsTheStatusAKeysMeaningStates() {
        let book = PhraseBook(FrameworkFixture.vocabulary)
        #expect(book.status(meaning: "No longer monitored because it has been overtaken by other work.") == .superseded)
        #expect(book.status(meaning: "Part of the recommendation has been carried out and work on the rest is under way.") == .ongoing)
        #expect(book.status(meaning: "The recommendation has been carried out in full.") == .completed)
        #expect(book.status(meaning: "no agreed action has been taken yet") == .notStarted)
        #expect(book.status(meaning: "The Trust or the ICB has decided not to carry out the recommendation.") == nil)
        #expect(book.status(meaning: "the target date has not been reached") == nil)
        // A phrase after "not" does not count.
        #expect(book.status(meaning: "not fully in place") == nil)
    }

    @Test func readsTheBodyARecommendationPutsToSomeone() {
        let book = PhraseBook(FrameworkFixture.vocabulary)
        #expect(book.actingBody(of: "That the ICB reports back to the Committee within six months.") == "ICB")
        #expect(book.actingBody(of: "The Trust to report ambulance handover delays to each meeting.") == "Trust")
        #expect(book.verb(of: "The ICB to set out a plan to reduce the wait.") == "SET")
        #expect(book.actingBody(of: "Review the NHS 111 call-back times for people aged over 75.") == nil)
        #expect(book.actingBody(of: "The plan to reduce waits is welcome.") == nil)
    }

    @Test func splitsTwoBodiesOnlyWhereTheSecondNamesAgainAWordOfTheFirst() {
        #expect(OwnerSplitter.splitRepeatedBodies("Brackenford PCNs & Brackenford CVS") == ["Brackenford PCNs", "Brackenford CVS"])
        #expect(OwnerSplitter.splitRepeatedBodies("Age Friendly Brackenford and Brackenford Libraries")
            == ["Age Friendly Brackenford", "Brackenford Libraries"])
        // Names that join words stay whole.
        #expect(OwnerSplitter.splitRepeatedBodies("Brackenford Borough Council Parks and Open Spaces")
            == ["Brackenford Borough Council Parks and Open Spaces"])
        #expect(OwnerSplitter.splitRepeatedBodies("ICB Communications & Engagement") == ["ICB Communications & Engagement"])
        #expect(OwnerSplitter.splitRepeatedBodies("Barking and Dagenham Council") == ["Barking and Dagenham Council"])
        #expect(OwnerSplitter.splitRepeatedBodies("District and borough housing teams") == ["District and borough housing teams"])
    }

    @Test func splitsTwoShortPostsButNotABodyNamedByThem() {
        let splitter = OwnerSplitter(FrameworkFixture.vocabulary)
        #expect(splitter.owners("Headteacher and SENCo") == ["Headteacher", "SENCo"])
        #expect(splitter.owners("Chair and Vice Chair") == ["Chair", "Vice Chair"])
        #expect(splitter.owners("Member and Officer Working Group") == ["Member and Officer Working Group"])
        // A comma inside brackets is the post's own.
        #expect(splitter.owners("Curriculum Manager (English, Maths and ESOL); Ottermead Libraries")
            == ["Curriculum Manager (English, Maths and ESOL)", "Ottermead Libraries"])
        // The article before a name is no part of it.
        #expect(splitter.owners("Flood Risk Manager, with the Environment Agency") == ["Flood Risk Manager", "Environment Agency"])
    }

    @Test func datesAMonthOnlyDeadlineAndNothingElse() {
        // "… before the end of March." at a meeting on 3 February 2026, and on 9 December 2025.
        #expect(DecisionReader.dueInMeetingYear("the end of March", meetingDate: "2026-02-03") == "2026-03")
        #expect(DecisionReader.dueInMeetingYear("the end of March", meetingDate: "2025-12-09") == "2026-03")
        // "… the results published by the DfE in March." states no deadline.
        #expect(DecisionReader.dueInMeetingYear("the DfE in March", meetingDate: "2026-02-03") == nil)
        #expect(DecisionReader.dueInMeetingYear("16 January", meetingDate: "2026-01-13") == "2026-01-16")
    }

    @Test func takesOnlyABodysNameOverTheMinutesAsTheirBody() {
        let reader = DecisionReader(book: book)
        #expect(reader.minutesMeeting(lines(["Full Governing Board", "Minutes of the meeting held on 3 February 2026"])).body == "Full Governing Board")
        #expect(reader.minutesMeeting(lines(["Public Document Pack", "Minutes of the meeting held on 3 March 2026"])).body == nil)
        #expect(reader.minutesMeeting(lines(["DRAFT", "Minutes of the meeting held on 3 March 2026"])).body == nil)
    }

    @Test func tellsAPacksItemLineFromATitleNamingTheItem() {
        #expect(book.namesAgendaItem("Audit and Standards Committee – 8 July 2026 – Agenda item 7"))
        #expect(book.namesAgendaItem("Finance and General Purposes Committee – Tuesday 3 March 2026 – Agenda item 7(a)"))
        #expect(book.namesAgendaItem("Agenda item 3 – 24 March 2026"))
        #expect(!book.namesAgendaItem("Agenda Item 6: Treasury Management Outturn 2025/26"))
        #expect(!book.namesAgendaItem("Item 5: Annual Report of the Standards Committee"))
    }

    @Test func stopsHeadedRecommendationsWhereTheirNumbersStartAgain() throws {
        var doc = DocumentBuilder()
        doc.heading("Task Group Report: Library Opening Hours")
        doc.heading("Our recommendations", level: 2)
        doc.heading("Recommendation 1", level: 3)
        doc.paragraph("The Council should keep every library open on Saturdays.")
        doc.heading("Recommendation 2", level: 3)
        doc.paragraph("The Council should publish opening hours on one page of its website.")
        doc.heading("Annex A – the Task Group's recommendations", level: 2)
        doc.heading("Recommendation 1", level: 3)
        doc.paragraph("The Council should keep every library open on Saturdays.")
        let headed = HeadedRecommendationReader(book: book).read(PaperLine.lines(DocumentView(doc.document()).entries))
        #expect(headed.map(\.number) == ["1", "2"])
        // One heading over both names no theme.
        #expect(headed.allSatisfy { $0.theme == nil })
    }

    @Test func keepsABoxOfOneLineATable() {
        var doc = DocumentBuilder()
        doc.table([["OFFICIAL – SENSITIVE"]])
        doc.table([[Cell(["Recommendation 1", "The Council should keep every library open on Saturdays."])]])
        let entries = DocumentView(doc.document()).entries
        #expect(entries.count == 3)
        if case .row = entries[0] {} else { Issue.record("a one-line box stays a row") }
        if case .line(let line) = entries[2] { #expect(line.text.hasPrefix("The Council should")) } else { Issue.record("a box's lines are lines") }
    }

    @Test func takesNoWordInIngAsABodysVerbUnlessItIsOne() {
        // "Acknowledge in writing …": not a listed verb, and "writing" is no body's verb.
        #expect(book.verb(of: "Acknowledge in writing every complaint within five working days.") == nil)
        // "bring" is one, though it ends in "ing".
        #expect(book.verb(of: "The Council and Partners bring forward a joint plan by March.") == "BRING")
    }

    @Test func opensAResolutionsPartsAfterAMarkerAndThatAlone() throws {
        var doc = DocumentBuilder()
        doc.heading("Minutes of the meeting of the Regulatory Services Committee held on 10 March 2026")
        doc.heading("5. Animal Activity Licence Fees", level: 2)
        doc.paragraph("RESOLVED: That")
        doc.item("(a)", "the fees for animal activity licences set out in Appendix 2 be approved with effect from 1 April 2026; and")
        doc.item("(b)", "the fee for a new home boarding licence be held at £285 for 2026/27 and reviewed next year.")
        let review = try segment(doc)
        #expect(review.document.kind == .minutes)
        #expect(review.decisions.map(\.number) == ["a", "b"])
        #expect(review.decisions.first?.text == "the fees for animal activity licences set out in Appendix 2 be approved with effect from 1 April 2026; and")
        #expect(review.decisions.allSatisfy { $0.item == "5" })
    }

    @Test func readsEachOfTwoLongPostsAnActionSharesOut() throws {
        let owners = book.ownerSplitter.ownersOpening(
            "Head of Regulatory Services / Emergency Planning and Business Continuity Officer to arrange an emergency planning briefing for all councillors by 30 April.")
        #expect(owners == ["Head of Regulatory Services", "Emergency Planning and Business Continuity Officer"])
        // One name of more than seven words before "to" is a sentence, not a post.
        #expect(book.ownerSplitter.ownersOpening(
            "The review of the arrangements agreed with the county and the districts last year to be completed in June.") == nil)
    }

    @Test func readsAnAuthorityWhoseTypeJoinsWordsInCapitals() {
        #expect(DocumentClassifier.statedAuthority(in: ["TIDEWELL FIRE AND RESCUE AUTHORITY", "Audit and Scrutiny Committee – 18 March 2026"], book: book)
            == "Tidewell Fire and Rescue Authority")
        // A council named in passing further down does not outrank the letterhead.
        #expect(DocumentClassifier.statedAuthority(
            in: ["TIDEWELL FIRE AND RESCUE AUTHORITY", "Data sharing agreement with Barrowcombe Borough Council signed in December."], book: book)
            == "Tidewell Fire and Rescue Authority")
    }

    @Test func takesNoKindFromAPacksLineNamingTheMeetingAndItem() throws {
        var doc = DocumentBuilder()
        doc.paragraph("GRIMSHOLT CITY COUNCIL")
        doc.paragraph("Housing Scrutiny Panel – 24 February 2026 – Agenda item 6")
        doc.heading("Repairs Service: Progress at 31 January 2026")
        doc.heading("Recommendation", level: 2)
        doc.paragraph("That the Panel notes the progress made and agrees to receive the next update in June 2026.")
        let review = try segment(doc)
        #expect(review.document.kind != .scrutinyReport)
        #expect(review.document.title == "Repairs Service: Progress at 31 January 2026")
    }

    @Test func tellsMinutesAndARecordOfDecisionByTheirAnatomy() {
        #expect(DocumentClassifier.kindByAnatomy(lines([
            "Town Hall, 3 March 2026", "Present: Councillors A.B. (Chair), C.D. and E.F.", "Apologies: Councillor G.H.",
            "RESOLVED: That the accounts be approved.",
        ]), book: book) == .minutes)
        #expect(DocumentClassifier.kindByAnatomy(lines([
            "Decision reference: PHD/ENV/26/02", "Decision", "to adopt the Tree Strategy.", "Reasons for the decision", "The strategy …",
        ]), book: book) == .decision)
        // Who attended, without any resolution, is no minutes; a decision without reasons or options is no record.
        #expect(DocumentClassifier.kindByAnatomy(lines(["Present: Councillors A.B. and C.D.", "The Board discussed the report."]), book: book) == nil)
        #expect(DocumentClassifier.kindByAnatomy(lines(["Decision", "Cabinet is asked to agree the plan."]), book: book) == nil)
    }

    @Test func readsARecordOfDecisionsBlockByBlock() throws {
        var doc = DocumentBuilder()
        doc.paragraph("LINDENMOOR BOROUGH COUNCIL")
        doc.heading("Notice of Cabinet Decisions")
        doc.paragraph("Meeting: Cabinet")
        doc.paragraph("Date of meeting: Tuesday, 10 March 2026")
        doc.heading("Item 6 – Off-Street Car Parking Charges 2026/27", level: 2)
        doc.paragraph("Decision reference: LBC/CAB/26/021")
        doc.heading("Decision", level: 3)
        doc.paragraph("Cabinet RESOLVED to:")
        doc.item("(a)", "approve the off-street car park tariffs for 2026/27; and")
        doc.item("(b)", "approve free parking after 3.00 pm on Saturdays in December 2026.")
        doc.heading("Reasons for the decision", level: 3)
        doc.paragraph("The tariffs have not changed since April 2023.")
        doc.heading("Item 7 – Private Sector Housing Enforcement Policy 2026", level: 2)
        doc.paragraph("Decision reference: LBC/CAB/26/022")
        doc.heading("Decision", level: 3)
        doc.paragraph("Cabinet approved the Private Sector Housing Enforcement Policy 2026 set out at Appendix 1 to the report.")
        let review = try segment(doc)
        #expect(review.document.kind == .decision)
        #expect(review.decisions.map(\.item) == ["6", "6", "7"])
        #expect(review.decisions.map(\.number) == ["LBC/CAB/26/021", "LBC/CAB/26/021", "LBC/CAB/26/022"])
        #expect(review.decisions.allSatisfy { $0.kind == .decision && $0.decisionMaker == "Cabinet" })
        #expect(review.decisions.last?.text == "Cabinet approved the Private Sector Housing Enforcement Policy 2026 set out at Appendix 1 to the report.")
    }

    @Test func keepsJoiningWordsOfANameInCapitalsInLowerCase() {
        #expect(DocumentClassifier.titleCased("CRAGSBY AND LINDENMOOR JOINT WASTE COMMITTEE", keepingJoiners: true)
            == "Cragsby and Lindenmoor Joint Waste Committee")
        // After a dash a word opens a part of the name.
        #expect(DocumentClassifier.titleCased("NOTICE OF DECISION – THE SALT HOUSE", keepingJoiners: true) == "Notice of Decision – The Salt House")
        #expect(DocumentClassifier.titleCased("Already Mixed Case and Left", keepingJoiners: true) == "Already Mixed Case and Left")
    }

    @Test func readsADecisionsReferenceAmongRunTogetherLabels() {
        #expect(DecisionReader.reference(in: "Key decision: No Call-in: Does not apply LBC/CAB/26/023 (recommendation to Council)") == "LBC/CAB/26/023")
        #expect(DecisionReader.reference(in: "LBC/CAB/26/021 KD/2026/04") == "LBC/CAB/26/021")
        // A year range or a date is no reference.
        #expect(DecisionReader.reference(in: "Key decision: Yes – budget 2026/27 from 1/4/2026") == nil)
    }

    @Test func readsABodysVerbInCapitalsAsWhatItDid() {
        #expect(book.reportsBodyAct("Cabinet RECOMMENDS to Council that the revised Statement of Community Involvement be adopted."))
        #expect(book.reportsBodyAct("The Committee approved the minute as a correct record."))
        #expect(!book.reportsBodyAct("Officers REPORTED that the figures had improved."))
    }

    @Test func joinsAPostsLastWordBrokenOntoTheNextOwnersLine() {
        #expect(book.ownerSplitter.owners("Head of Private Sector\nHousing; Head of Revenues and Benefits")
            == ["Head of Private Sector Housing", "Head of Revenues and Benefits"])
        // A line that closes on a post's word is a whole owner.
        #expect(book.ownerSplitter.owners("Planning Officer\nHousing; Head of Revenues") == ["Planning Officer", "Housing", "Head of Revenues"])
    }

    @Test func givesARecordsDecisionsTheMeetingItsHeadingNames() throws {
        var doc = DocumentBuilder()
        doc.paragraph("CRAGSBY AND LINDENMOOR JOINT WASTE COMMITTEE")
        doc.heading("Decision Sheet")
        doc.paragraph("Meeting held on Thursday, 22 January 2026 at 2.00 pm, Council Chamber, County Hall, Cragsby")
        doc.heading("5. Joint Municipal Waste Strategy", level: 2)
        doc.paragraph("Decision: The Committee agreed the draft strategy for consultation.")
        doc.heading("7. Garden waste charges 2026/27", level: 2)
        doc.paragraph("Decision: The Committee agreed to keep the garden waste charge at £52 a year.")
        let review = try segment(doc)
        #expect(review.document.kind == .decision)
        #expect(review.document.meeting == "Cragsby and Lindenmoor Joint Waste Committee")
        #expect(review.decisions.map(\.item) == ["5", "7"])
        #expect(review.decisions.allSatisfy { $0.decisionMaker == "Cragsby and Lindenmoor Joint Waste Committee" })
    }

    @Test func datesAReportByItsPublicationNotTheMonthsItCovers() {
        #expect(DocumentClassifier.namesMonthSpan("Community conversations on the cost of living, November 2025 – January 2026"))
        #expect(DocumentClassifier.namesMonthSpan("Progress report, April to September 2025"))
        #expect(!DocumentClassifier.namesMonthSpan("Annual Report 2025 – 26"))
        #expect(!DocumentClassifier.namesMonthSpan("Cabinet – 10 March 2026"))
    }

    @Test func readsAnAskTableOfAVoluntarySectorReport() throws {
        var doc = DocumentBuilder()
        doc.heading("Making Ends Meet: What Our Communities Told Us")
        doc.paragraph("Community conversations on the cost of living, November 2025 – January 2026")
        doc.paragraph("Published March 2026")
        doc.heading("What we are asking partners to do", level: 2)
        doc.table([
            ["No.", "What we are asking for", "Who we are asking"],
            ["1", "Place a benefits adviser in the food banks for one day a week.", "Citizens Advice / District Council"],
            ["2", "Funders should allow grants to be spent on staff and running costs.", "Funders’ Network"],
        ], headerRows: 1)
        let review = try segment(doc)
        #expect(review.document.date == "2026-03")
        #expect(review.document.kind == .surveyReport)
        #expect(review.recommendations.map(\.number) == ["1", "2"])
        #expect(review.recommendations.first?.owners == ["Citizens Advice", "District Council"])
    }

    @Test func readsTheRecommendationListOfAReportWhoseTitleNamesNoKind() throws {
        var doc = DocumentBuilder()
        doc.heading("Getting to School: Home to School Transport for Children with SEND")
        doc.heading("Summary of recommendations", level: 2)
        doc.item("(1)", "The Council should publish a plain English guide to home to school transport by September 2025.")
        doc.item("(2)", "Parents and carers should be told the name of their child’s driver before the start of each term.")
        doc.heading("Background", level: 2)
        doc.paragraph("Home to school transport matters to the families who rely on it.")
        let review = try segment(doc)
        #expect(review.document.kind == .scrutinyReport)
        #expect(review.recommendations.map(\.number) == ["1", "2"])
        #expect(review.recommendations.first?.text.hasPrefix("The Council should publish a plain English guide") == true)
    }

    @Test func themesRecommendationsByTheFindingsHeadingsTheyFirstStandUnder() throws {
        var doc = DocumentBuilder()
        doc.heading("Warm, Safe and Dry? Damp and Mould in Privately Rented Homes")
        doc.heading("What we found", level: 2)
        doc.heading("Knowing where the problems are", level: 3)
        doc.paragraph("The Council does not know which privately rented homes are in the worst condition.")
        doc.table([["R1", "The Council should build a register of privately rented homes in the five wards."]])
        doc.heading("Enforcement that landlords take seriously", level: 3)
        doc.table([["R2", "Cabinet should fund two additional environmental health officer posts for three years."]])
        doc.heading("Summary of recommendations", level: 2)
        doc.table([
            ["No.", "Recommendation", "Suggested lead"],
            ["R1", "The Council should build a register of privately rented homes in the five wards.", "Head of Private Sector Housing"],
            ["R2", "Cabinet should fund two additional environmental health officer posts for three years.", "Director of Finance"],
        ], headerRows: 1)
        let review = try segment(doc)
        #expect(review.recommendations.map(\.number) == ["R1", "R2"])
        #expect(review.recommendations.map(\.theme) == ["Knowing where the problems are", "Enforcement that landlords take seriously"])
        // A lead-in set as a heading gives no theme.
        let lines = PaperLine.lines(DocumentView(doc.document()).entries)
        let asked = [
            Recommendation(id: "", number: "1", theme: nil, text: "approve a Discretionary Hardship Fund of £120,000 for 2026/27.", location: SourceLocation(block: 0, start: 0, end: 1)),
        ]
        #expect(Segmenter.withSectionThemes(asked, lines: lines, title: nil, book: book).first?.theme == nil)
    }

    @Test func keepsAFrontSheetedReportWithMinutesAppendedACommitteeReport() throws {
        var doc = DocumentBuilder()
        doc.heading("Local Plan Review: Regulation 19 Consultation")
        doc.table([["Report to", "Cabinet"], ["Report from", "Director of Place"], ["Key decision", "Yes"]])
        doc.heading("Recommendations", level: 2)
        doc.paragraph("Cabinet is asked to approve the draft plan for consultation.")
        doc.heading("Appendix B – Extract from the minutes of the Place Scrutiny Committee", level: 2)
        doc.paragraph("Present: Councillors A.B. (Chair), C.D. and E.F.")
        doc.paragraph("RESOLVED: That the Committee supports the draft plan.")
        let review = try segment(doc)
        #expect(review.document.kind == .committeeReport)
    }

    @Test func keepsMinutesPartLabelsBesideAForwardPlanReference() {
        let minutes = DecisionReader(book: book).minutes(lines([
            "Forward Plan reference: FP/26/014",
            "RESOLVED: That",
        ]) + [
            PaperLine(TextLine(text: "(a) the plan be approved; and", label: "(a)", body: "the plan be approved; and", kind: .listItem,
                               headingLevel: nil, listLevel: 0, isBold: false, isIndented: false,
                               location: SourceLocation(page: 1, block: 2, start: 0, end: 0)), inTable: false, cell: nil),
        ], decisionMaker: "Cabinet", date: nil)
        #expect(minutes.decisions.map(\.number) == ["a"])
    }

    @Test func takesNoSentenceOrCommonTokenForADecisionsReference() {
        #expect(DecisionReader.reference(in: "Covid-19 recovery") == nil)
        #expect(DecisionReader.reference(in: "S106/CIL spending protocol") == nil)
        #expect(DecisionReader.reference(in: "12-Mar-2026") == nil)
        #expect(DecisionReader.reference(opening: "RESOLVED: That the S106/CIL spending protocol be approved.") == nil)
        #expect(DecisionReader.reference(opening: "LBC/CAB/26/021 KD/2026/04") == "LBC/CAB/26/021")
        #expect(DecisionReader(book: book).itemHeading("Item 6 Off-Street Parking Charges")?.title == "Off-Street Parking Charges")
        #expect(DecisionReader(book: book).itemHeading("Item 6 – Off-Street Parking Charges")?.title == "Off-Street Parking Charges")
    }

    @Test func keepsOwnersApartWhereNoPostWasCut() {
        #expect(book.ownerSplitter.owners("Public Health\nNHS; Police") == ["Public Health", "NHS", "Police"])
        #expect(book.ownerSplitter.owners("Head of Housing\nFinance / Legal") == ["Head of Housing", "Finance", "Legal"])
        #expect(book.ownerSplitter.ownersOpening("Review of the A38/A30 junction signage and Highways to report back.") == nil)
        #expect(book.verb(of: "Place Scrutiny Committee to receive a progress report in six months.") != "PLACE")
    }

    @Test func readsAPaperThatAsksTheFrameworksQuestionsUnderItsDomainsAsASelfEvaluation() throws {
        // The title names no kind; the headings name two domains and the paper asks their questions.
        var doc = DocumentBuilder()
        doc.heading("Working with the Voluntary and Community Sector 2026")
        doc.heading("Inter-agency governance", level: 2)
        doc.paragraph("To what extent does the Partnership ensure sustained and meaningful engagement of the voluntary and community sector?", bold: true)
        doc.paragraph("Evidence", bold: true)
        doc.item("•", "Two sector members sit on the Partnership Board.")
        doc.heading("Integrated strategy", level: 2)
        doc.paragraph("How has the sector been involved in shaping the commissioning strategy?", bold: true)
        doc.paragraph("Evidence", bold: true)
        doc.item("•", "The sector took part in the market engagement day in June 2025.")
        let review = try segment(doc)
        #expect(review.document.kind == .selfEvaluation)
        #expect(review.questions.compactMap(\.setQuestion) == ["GOV-1", "STR-1"])
        #expect(review.evidence.count == 2)
        // One domain named is not enough.
        var single = DocumentBuilder()
        single.heading("Working with the Voluntary and Community Sector 2026")
        single.heading("Integrated strategy", level: 2)
        single.paragraph("How has the sector been involved in shaping the commissioning strategy?", bold: true)
        #expect(try segment(single).document.kind != .selfEvaluation)
    }

    @Test func endsAFormsEvidenceAtALabelLeftBlank() throws {
        var doc = DocumentBuilder()
        doc.heading("Compact Self-Assessment 2026")
        doc.table([
            ["Commitment 1: Involvement in policy", ""],
            ["Your rating", "Met / Partly met / Not met"],
            ["Evidence for your rating", "Sector members sat on the three policy panels in 2025."],
            ["What you will do", ""],
            ["Commitment 2: Fair and open funding", ""],
            ["Evidence for your rating", ""],
            ["What you will do", ""],
        ])
        let review = try segment(doc)
        // The evidence given is kept; the labels left blank and the next commitment's title are none.
        #expect(review.evidence.map(\.text) == ["Sector members sat on the three policy panels in 2025."])
    }

    @Test func readsARecommendationStatedOverItsActions() {
        #expect(ItemTableReader.headedRecommendation("Peer team recommendation 1: Develop a shared vision with partners.")?.number == "1")
        #expect(ItemTableReader.headedRecommendation("Recommendation 2 – Put in place a medium-term financial strategy.")?.text
                == "Put in place a medium-term financial strategy.")
        // A theme's name, a sentence that only mentions a recommendation, a long opening: none.
        #expect(ItemTableReader.headedRecommendation("Recommendation 3: Workforce") == nil)
        #expect(ItemTableReader.headedRecommendation("The panel made its recommendation 4: fund the service in full now.") == nil)
        #expect(ItemTableReader.headedRecommendation("Priority 1: Warm, safe and healthy homes for everyone") == nil)
    }

    @Test func takesNoStatusFromAMeaningThatOffersTwo() {
        #expect(book.status(meaning: "not started, or on hold until the budget is set") == nil)
        #expect(book.status(meaning: "in progress and on track to meet the target date") == .ongoing)
        #expect(book.status(meaning: "fully delivered and complete") == .completed)
    }

    @Test func readsAProgrammesSchemesAsActionsOnlyBesideALeadAndATargetDate() throws {
        var doc = DocumentBuilder()
        doc.heading("Transport Delivery Programme 2025/26: Year-End Progress Report")
        doc.heading("Appendix 1: Scheme progress", level: 2)
        doc.table([
            ["Ref", "Scheme", "Lead", "Target date", "Status"],
            ["HM1", "A638 Hambury Road resurfacing", "Highways Delivery", "September 2025", "Complete"],
            ["HM2", "Strengthening of Ashworth Beck Bridge", "Bridges and Structures", "December 2026", "On track"],
        ], headerRows: 1)
        doc.heading("Savings schemes", level: 2)
        doc.table([
            ["Scheme", "Plan £m", "Delivered £m", "RAG"],
            ["Medicines optimisation", "6.8", "4.1", "A"],
        ], headerRows: 1)
        let review = try segment(doc)
        #expect(review.actions.map(\.label) == ["HM1", "HM2"])
        #expect(review.actions.first?.owners == ["Highways Delivery"])
        #expect(review.actions.last?.due == "2026-12")
    }

    @Test func readsTheListAResponseSetsOutUnderItsRecommendationsHeading() throws {
        var doc = DocumentBuilder()
        doc.heading("Cabinet Response: Review of Youth Services")
        doc.heading("1. The review's recommendations", level: 2)
        doc.item("1.", "The Council should keep every youth club open until the new youth strategy is agreed.")
        doc.item("2.", "The Council should publish a youth strategy by March 2027 written with young people.")
        doc.heading("2. Our response", level: 2)
        doc.table([
            ["Recommendation", "Response", "Lead", "Target date"],
            ["R1: Youth clubs", "Accepted. No club will close before the strategy is agreed.", "Head of Youth Services", "March 2027"],
            ["R2: Youth strategy", "Accepted in part. The strategy will follow in June 2027.", "Head of Youth Services", "June 2027"],
        ], headerRows: 1)
        let review = try segment(doc)
        #expect(review.document.kind == .executiveResponse)
        #expect(review.recommendations.map(\.number) == ["1", "2"])
        #expect(review.recommendations.first?.text == "The Council should keep every youth club open until the new youth strategy is agreed.")
    }

    @Test func readsATitleAnsweringAReviewAsAResponse() {
        #expect(DocumentClassifier.kind(named: "Response to the Communities Scrutiny Panel’s review of public toilets", book: book) == .executiveResponse)
        #expect(DocumentClassifier.kind(named: "Communities Scrutiny Panel review of public toilets", book: book) == .scrutinyReport)
    }

    @Test func readsEachFieldOfALineThatHoldsTwo() {
        let reader = HeadedRecommendationReader(book: book, tableReader: ItemTableReader(book: book, framework: FrameworkFixture.set))
        let fields = reader.fields("Lead officer: Head of Property and Assets Timescale: March 2027")
        #expect(fields?.map(\.role) == ["owner", "due"])
        #expect(fields?.map(\.value) == ["Head of Property and Assets", "March 2027"])
        #expect(reader.fields("Lead officer: Head of Property and Assets")?.map(\.value) == ["Head of Property and Assets"])
        #expect(reader.fields("Thank you for the Panel’s report: it was thorough.") == nil)
        // A field word in the value's sentence opens no field.
        #expect(reader.fields("Response: progress will be reported to: Cabinet")?.map(\.role) == ["response"])
    }

    @Test func readsABoxRoundOneSentenceAsTheTextItHolds() throws {
        var doc = DocumentBuilder()
        doc.heading("Response to the review")
        doc.paragraph("Recommendation 1", bold: true)
        doc.table([["Keep the public toilets at Bridge Street open until at least 2030."]])
        doc.table([["OFFICIAL"]])
        let entries = DocumentView(doc.document()).entries
        let lines = entries.compactMap { entry -> String? in if case .line(let line) = entry { return line.text } else { return nil } }
        #expect(lines.contains("Keep the public toilets at Bridge Street open until at least 2030."))
        #expect(!lines.contains("OFFICIAL"))
    }

    @Test func readsAPaperRatingItselfStandardByStandardAsASelfEvaluation() throws {
        var doc = DocumentBuilder()
        doc.heading("Safeguarding Return 2026")
        doc.table([
            ["Std", "Standard", "Rating", "Evidence", "Improvement action"],
            ["1", "Senior management commitment", "Fully met", "The director is the named lead.", "None required."],
            ["2", "Training for staff", "Partially met", "87% of staff are trained.", "Send managers a monthly list.\nLead: Head of Workforce\nBy: April 2026"],
        ], headerRows: 1)
        let review = try segment(doc)
        #expect(review.document.kind == .selfEvaluation)
        #expect(review.evidence.map(\.text) == ["The director is the named lead.", "87% of staff are trained."])
        #expect(review.actions.first?.owners == ["Head of Workforce"])
        #expect(review.actions.first?.due == "2026-04")
    }

    @Test func splitsTwoBodiesOrPostsJoinedByAndWhereEachIsNamedInFull() {
        #expect(book.ownerSplitter.owners("Wealdmoor County Council (Highways) and Oakenvale District Council (Planning Policy)")
                == ["Wealdmoor County Council (Highways)", "Oakenvale District Council (Planning Policy)"])
        #expect(book.ownerSplitter.owners("Director of Children’s Services and the Head of Finance (Children’s Services)")
                == ["Director of Children’s Services", "Head of Finance (Children’s Services)"])
        // A body whose name joins words stays whole.
        #expect(book.ownerSplitter.owners("Parks and Open Spaces Team") == ["Parks and Open Spaces Team"])
    }

    @Test func takesNoRecommendationFromAConsultationsIssuesAndTheOfficersAnswers() throws {
        var doc = DocumentBuilder()
        doc.heading("Affordable Housing Supplementary Planning Document")
        doc.table([["Report to", "Planning Policy Working Group"], ["Report of", "Head of Planning"], ["Key decision", "No"]])
        doc.table([
            ["Issue", "Raised by", "Officer response", "Change proposed"],
            ["Site size threshold (10 or more homes)", "17", "The threshold is set by Local Plan Policy H5.", "No change"],
            ["Off-site contributions: the formula", "9", "The worked example contained an error, now corrected.", "Paragraph 6.4"],
        ], headerRows: 1)
        doc.heading("Our response to the review", level: 2)
        doc.table([
            ["Issue raised", "Response"],
            ["The Council should publish its viability assessments in full.", "Accepted."],
            ["The Council should set a lower threshold for rural sites.", "Not accepted."],
        ], headerRows: 1)
        let review = try segment(doc)
        #expect(review.recommendations.map(\.text) == [
            "The Council should publish its viability assessments in full.", "The Council should set a lower threshold for rural sites.",
        ])
    }

    @Test func takesNoAverageColumnForAGrade() {
        #expect(book.columnRole("Average cost (£)") != "grade")
        #expect(book.columnRole("Average score") == "grade")
    }
}

