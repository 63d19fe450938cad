import PipelineCore
import Testing
@testable import Segmentation

/// Timeframes, owners, statuses and progress notes read from single cells.
struct ValueReadingTests {
    @Test(arguments: [
        ("Dec 08 – Mar 09", "2009-03"),
        ("Dec 08 – \nMar 09", "2009-03"),
        ("Sept 08", "2008-09"),
        ("Jan 09 –ongoing", "2009-01"),
        ("Mar 09 – ongoing", "2009-03"),
        ("Jan -Mar 09", "2009-03"),
        ("April 09", "2009-04"),
        ("Nov 09", "2009-11"),
        ("September 2008", "2008-09"),
        ("March 2009 (Multi-agency Teams in Localities)", "2009-03"),
        ("14 October 2009", "2009-10-14"),
    ])
    func normalisesTimeframeToDue(timeframe: String, due: String) {
        #expect(DueDateParser.due(timeframe) == due)
    }

    @Test(arguments: ["Ongoing", "", "To be agreed"])
    func leavesDueEmptyWhenTimeframeStatesNoDate(timeframe: String) {
        #expect(DueDateParser.due(timeframe) == nil)
    }

    @Test(arguments: [
        ("Mark Mitchell / Kevin Garrod \n\n Ann Jansz  Ian Richardson ", ["Mark Mitchell", "Kevin Garrod", "Ann Jansz", "Ian Richardson"]),
        ("Justin Varney (PCT)", ["Justin Varney (PCT)"]),
        ("Meena Kishinani / Justin Varney (PCT)", ["Meena Kishinani", "Justin Varney (PCT)"]),
        ("TCVS, , CME, Trust board,", ["TCVS", "CME", "Trust board"]),
        ("Subject to new appointments  ", []),
        ("NGO Group / partnership manager /subject to guidance  ", ["NGO Group", "partnership manager"]),
        ("Via  Executive  group ", ["Executive group"]),
        ("CYPP lead , sector reps \n\nTo be reviewed subject to emerging guidance  Autumn 08 ", ["CYPP lead", "sector reps"]),
        ("Frances\nCoupe", ["Frances Coupe"]),
        ("Workforce Development capacity   ", []),
        ("TCVS, CME, Trust board, Children’s Trust, Communication, Participation and Engagement Group",
         ["TCVS", "CME", "Trust board", "Children’s Trust", "Communication, Participation and Engagement Group"]),
        ("Andrew Wellington /Teresa DeVito,/  Mark Mitchell  Cherry Le Roy ", ["Andrew Wellington", "Teresa DeVito", "Mark Mitchell", "Cherry Le Roy"]),
    ])
    func splitsOwnersIntoPeopleAndBodies(cell: String, owners: [String]) {
        #expect(OwnerSplitter(FrameworkFixture.vocabulary).owners(cell) == owners)
    }

    @Test func readsStatusWordAndProgressNote() throws {
        let scales = ScaleReader(framework: FrameworkFixture.set)
        let found = try #require(scales.status(in: "Completed (Under new arrangements the Trust's sub-groups have been established.)"))
        #expect(found.status == .completed)
        #expect(ProgressNote.clean(found.rest) == "Under new arrangements the Trust's sub-groups have been established.")
        #expect(scales.status(in: "Ongoing")?.status == .ongoing)
        #expect(scales.status(in: "(Joint training under way)") == nil)
    }

    @Test(arguments: [("B", Rating.Level.amber), ("A", .green), ("C", .red), ("Amber", .amber), ("Needs significant improvement", .red)])
    func mapsWrittenRatingsThroughScales(raw: String, level: Rating.Level) {
        let rating = ScaleReader(framework: FrameworkFixture.set).rating(exactly: raw)
        #expect(rating == Rating(raw: raw, level: level))
    }

    @Test func matchesThurrockWordingToFrameworkQuestion() {
        let matcher = QuestionMatcher(framework: FrameworkFixture.set)
        let found = matcher.match("How have NGO’s been involved in shaping the commissioning strategy?")
        #expect(found.id == "STR-1")
        #expect(found.score > 0.9)
        #expect(matcher.match("What is your role in the Children's Trust?").id == nil)
    }

    @Test func takesAScoreKeysLevelsOnlyWhenTheyRunOneWay() {
        let scales = ScaleReader(framework: FrameworkFixture.set)
        let key = [["4", "Best practice", "Green"], ["3", "Good practice", "Green"], ["2", "Meets minimum standards", "Amber"], ["1", "Needs significant improvement", "Red"]]
        let forms = scales.paperForms(in: key)
        #expect(forms == ["4": .green, "3": .green, "2": .amber, "1": .red])
        #expect(scales.adding(paperForms: forms).rating(exactly: "3") == Rating(raw: "3", level: .green))
        // A register of numbered risks with their RAG is no key.
        #expect(scales.paperForms(in: [["1", "Funding", "Red"], ["2", "Staffing", "Green"], ["3", "Premises", "Red"]]).isEmpty)
        // A header row kept among the rows is passed over.
        #expect(scales.paperForms(in: [["Score", "What it means", "Level"]] + key) == forms)
        // Two rows make no key.
        #expect(scales.paperForms(in: [["2", "Good", "Green"], ["1", "Poor", "Red"]]).isEmpty)
        // A score before the form it gives.
        #expect(scales.rating(written: "2.3 (Amber)")?.level == .amber)
        let labelled = ScaleReader(framework: FrameworkFixture.set, ratingLabelWords: (FrameworkFixture.vocabulary.columns["grade"] ?? [])
                                   + (FrameworkFixture.vocabulary.sections["ratingLabels"] ?? []))
        #expect(labelled.rating(statement: "Domain average: 3.0 (Green)")?.level == .green)
        #expect(scales.rating(written: "2.3") == nil)
    }
}
