import PipelineCore
@testable import Storage
import Testing

/// Store locations, stable ids, text linking, overdue dates and CSV export.
struct TrackerBasicsTests {
    @Test func readsStoreLocationsFromArgumentEnvironmentOrDefault() throws {
        #expect(try StoreLocation.resolve(nil, environment: [:]) == .sqlite(path: "Output/scrutineer.sqlite"))
        #expect(try StoreLocation.resolve(nil, environment: ["SCRUTINEER_STORE": "/tmp/shared.sqlite"]) == .sqlite(path: "/tmp/shared.sqlite"))
        #expect(try StoreLocation.resolve("other.sqlite", environment: ["SCRUTINEER_STORE": "/tmp/shared.sqlite"]) == .sqlite(path: "other.sqlite"))
        let postgres = try StoreLocation.parse("postgresql://scrutineer:s%40cret@127.0.0.1:5433/scrutineer_test?schema=panel_2009")
        guard case .postgres(let location) = postgres else {
            Issue.record("expected PostgreSQL")
            return
        }
        #expect(location.host == "127.0.0.1")
        #expect(location.port == 5433)
        #expect(location.username == "scrutineer")
        #expect(location.password == "s@cret")
        #expect(location.database == "scrutineer_test")
        #expect(location.schema == "panel_2009")
        #expect(postgres.description == "postgres://scrutineer@127.0.0.1:5433/scrutineer_test?schema=panel_2009")
        #expect(throws: PipelineError.self) { try StoreLocation.parse("postgres://127.0.0.1/db") }
        #expect(throws: PipelineError.self) { try StoreLocation.parse("postgres://u:p@host/db?schema=x;drop") }
    }

    @Test func givesTheSameRecommendationTheSameIdDespiteCaseAndSpelling() {
        let a = TrackedItemMatcher.stableId(kind: .recommendation, authority: "Barking and Dagenham", text: "The Children's Trust ensures that the strengths of the voluntary sector are fully utilised.")
        let b = TrackedItemMatcher.stableId(kind: .recommendation, authority: "barking and dagenham", text: "The Children’s Trust ensures that the strengths of the Voluntary Sector are fully utilized")
        let c = TrackedItemMatcher.stableId(kind: .recommendation, authority: "Thurrock", text: "The Children's Trust ensures that the strengths of the voluntary sector are fully utilised.")
        #expect(a == b)
        #expect(a != c)
        #expect(a.hasPrefix("R-") && a.count == 12)
    }

    @Test func linksRowsByTextOverlapNeverByLabel() {
        let existing = [
            TrackedItemMatcher.Candidate(id: "R-one", kind: .recommendation, text: "Officers report on a regular basis to the Scrutiny Management Board on the performance and progress of the Children and Young People's Plan"),
            TrackedItemMatcher.Candidate(id: "R-two", kind: .recommendation, text: "Scrutiny Management Board consider establishing ad hoc Scrutiny Panels to examine, in depth, any problem or underachieving areas"),
        ]
        let ids = TrackedItemMatcher(candidates: existing).assign([
            (.recommendation, "Scrutiny Management Board consider establishing ad hoc Scrutiny Panels to examine in depth any problem or under-achieving areas"),
            (.recommendation, "Officers report regularly to the Scrutiny Management Board on the performance and progress of the Children and Young People's Plan"),
            (.recommendation, "A vision statement for joint planning and commissioning is developed"),
            (.action, "Officers report on a regular basis to the Scrutiny Management Board on the performance and progress of the Children and Young People's Plan"),
        ], authority: "Barking and Dagenham")
        #expect(ids[0] == "R-two")
        #expect(ids[1] == "R-one")
        #expect(ids[2].hasPrefix("R-") && ids[2] != "R-one" && ids[2] != "R-two")
        #expect(ids[3].hasPrefix("A-"))
    }

    @Test(arguments: [
        ("2008-12", "2008-12-31", false), ("2008-12", "2009-01-01", true), ("2008", "2008-12-31", false),
        ("2008", "2009-01-01", true), ("2008-02", "2008-03-01", true), ("2008-02", "2008-02-29", false), ("2008-10-08", "2008-10-09", true),
    ])
    func countsADueMonthOrYearToItsLastDay(due: String, at date: String, overdue: Bool) {
        let item = TrackedItem(id: "R-x", kind: .recommendation, authority: nil, label: nil, theme: nil, text: "x", owners: [],
                               due: due, status: .ongoing, statusDate: nil, progress: nil, observationCount: 1)
        #expect(item.isOverdue(at: date) == overdue)
        var completed = item
        completed.status = .completed
        #expect(!completed.isOverdue(at: date))
    }

    @Test func writesCSVThatASpreadsheetOpensCleanly() {
        let item = TrackedItem(
            id: "R-3f2a", kind: .recommendation, authority: "Barking and Dagenham", label: "18", theme: "Every Child Matters",
            text: "The contribution of partners to each of the five outcomes be improved (e.g. between schools and the voluntary sector, for instance, in connection with ‘make a positive contribution’)",
            owners: ["Children’s Trust Partners", "Meena Kishinani"], due: "2009-03", status: .ongoing, statusDate: "2008-10-08",
            progress: "=HYPERLINK(\"x\") \"quoted\"", observationCount: 1)
        let csv = TrackerCSV.render([item], overdueAt: "2009-04-01")
        let lines = csv.components(separatedBy: "\r\n")
        #expect(csv.hasPrefix("\u{FEFF}\"id\",\"authority\",\"kind\""))
        #expect(lines.count == 3)
        #expect(lines[1] == "\"R-3f2a\",\"Barking and Dagenham\",\"recommendation\",\"18\",\"Every Child Matters\",\"The contribution of partners to each of the five outcomes be improved (e.g. between schools and the voluntary sector, for instance, in connection with ‘make a positive contribution’)\",\"Children’s Trust Partners; Meena Kishinani\",\"2009-03\",\"ongoing\",\"2008-10-08\",\"'=HYPERLINK(\"\"x\"\") \"\"quoted\"\"\",\"1\",\"yes\"")
        #expect(lines[2] == "")
    }
}
