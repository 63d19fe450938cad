import PipelineCore
import Testing
import TextExtraction

/// Seeds 003 and 004: Markdown with HTML blocks and tab-separated tables, converted from PDF.
struct MarkdownExtractionTests {
    @Test func mergesTheActionPlanIntoOneTable() throws {
        let (document, _) = try SeedText.extract("barking-dagenham-scrutiny")
        #expect(document.format == .markdown)
        let plans = document.tables.filter { $0.rows.first?.cells.first?.text == "Recommendation" }
        #expect(plans.count == 1)
        let plan = try #require(plans.first)
        #expect(plan.columnCount == 4)
        #expect(plan.rows[0].isHeader)
        let entries = plan.rows.filter { $0.cells.count == 4 && $0.cells[0].text.hasPrefix("(") }
        #expect(entries.count == 20)
        let numbers = entries.map { String($0.cells[0].text.prefix { $0 != " " }) }
        #expect(numbers.first == "(21)")
        #expect(numbers.suffix(3) == ["(38)", "(19)", "(20)"])
        let themes = plan.rows.filter { $0.cells.count == 1 }
        #expect(themes.map { $0.cells[0].text } == [
            "Children's Trust meetings", "Role of the Voluntary Sector", "Integrated Joint Planning and Commissioning",
            "Children and young people with learning difficulties and disabilities", "Every Child Matters",
            "Role of Councillors",
        ])
        #expect(themes.allSatisfy { $0.cells[0].columnSpan == 4 })
        #expect(plan.rows.count == 27)
    }

    @Test func keepsOfficerDateAndProgressInTheirOwnCells() throws {
        let (document, _) = try SeedText.extract("barking-dagenham-scrutiny")
        let plan = try #require(document.tables.first { $0.rows.first?.cells.first?.text == "Recommendation" })
        let row21 = try #require(plan.rows.first { $0.cells[0].text.hasPrefix("(21) ") })
        #expect(row21.cells[1].text == "Caroline Martindale / Alan Dawson")
        #expect(row21.cells[2].text == "September 2008")
        #expect(row21.cells[3].text.hasPrefix("Completed (Under new arrangements"))
        #expect(row21.cells[1].spans == [Span(start: 0, end: 33, bold: true)])
        let row23 = try #require(plan.rows.first { $0.cells[0].text.hasPrefix("(23) ") })
        #expect(row23.cells[2].text == "")
        let row38 = try #require(plan.rows.first { $0.cells[0].text.hasPrefix("(38) ") })
        #expect(row38.cells[1].text == "Children’s Trust Partners")
        #expect(row38.cells[2].text == "March 2009 (Multi-agency Teams in Localities)")
    }

    @Test func joinsARowSplitByAPageBreak() throws {
        let (document, _) = try SeedText.extract("barking-dagenham-scrutiny")
        let plan = try #require(document.tables.first { $0.rows.first?.cells.first?.text == "Recommendation" })
        let row33 = try #require(plan.rows.first { $0.cells[0].text.hasPrefix("(33) ") })
        #expect(row33.cells[1].text == "Tolis Vouyioukas / Jan McColm")
        #expect(row33.cells[3].text.hasPrefix("Ongoing (Common Assessment Framework"))
        #expect(row33.cells[3].text.hasSuffix("Contact Point deployment March 2009 with 18 months to fully implement.)"))
        #expect(!plan.rows.contains { $0.cells.first?.text == "" })
    }

    @Test func readsRecommendationsFromHTMLAndMarkdownLists() throws {
        let (document, _) = try SeedText.extract("barking-dagenham-scrutiny")
        let items = document.blocks.filter { $0.kind == .listItem }
        let first = try #require(items.first { $0.label == "(1)" })
        #expect(first.text.hasPrefix("The Children's Trust institute a Forward Plan"))
        let second = try #require(items.first { $0.label == "(2)" })
        #expect(second.text.hasSuffix("compared to local and national targets"))
        let third = try #require(items.first { $0.label == "(3)" })
        #expect(third.text.hasPrefix("The Children's Trust look to reduce the size of the agenda"))
        #expect(items.contains { $0.label == "(16)" && $0.text.hasPrefix("A programme of work-force development") })
        let summary = try #require(document.blocks.first { $0.text == "Summary" })
        #expect(summary.kind == .paragraph)
        #expect(summary.font?.bold == true)
    }

    @Test func nestsIndentedListItems() throws {
        let (document, _) = try SeedText.extract("barking-dagenham-scrutiny")
        let operational = try #require(document.blocks.first { $0.text.hasPrefix("operational – ") })
        #expect(operational.kind == .listItem)
        #expect(operational.level == 1)
        let strategic = try #require(document.blocks.first { $0.text.hasPrefix("strategic – ") })
        #expect(strategic.level == 0)
        #expect(strategic.label == "•")
    }

    @Test func readsHeadingLevelsWithoutEmphasisMarkers() throws {
        let (document, _) = try SeedText.extract("london-vcs-representation")
        let first = try #require(document.blocks.first)
        #expect(first.kind == .heading)
        #expect(first.level == 1)
        #expect(first.text == "VCS Strategic Representation and Engagement on London Children's Trusts April 2009")
        #expect(first.font?.bold == true)
        #expect(document.metadata.title == first.text)
        let picture = try #require(document.blocks.first { $0.text == "The London Picture, September 2006" })
        #expect(picture.level == 3)
        #expect(document.blocks.contains { $0.kind == .heading && $0.level == 4 && $0.text.hasPrefix("a) Is your Children") })
    }

    @Test func readsCountTables() throws {
        let (document, _) = try SeedText.extract("london-vcs-representation")
        let partnerships = try #require(document.tables.first { $0.rows.first?.cells.first?.text == "CYP Partnership" })
        #expect(partnerships.rows.map { $0.cells.map(\.text) } == [
            ["CYP Partnership", "28", "100%"], ["LSCB", "22", "78%"], ["LSCB Training Group", "23", "82%"],
            ["Workforce Development", "20", "71%"],
        ])
        #expect(partnerships.rows[0].cells[1].spans == [Span(start: 0, end: 2, bold: true)])
        let evaluating = try #require(document.tables.first { $0.rows.first?.cells.map(\.text) == ["Yes", "2 (7%)"] })
        #expect(evaluating.rows.count == 2)
        #expect(evaluating.rows[1].cells.map(\.text) == ["No", "23 (82%)"])
    }

    @Test func reducesLettersAndLinksInRecommendations() throws {
        let (document, _) = try SeedText.extract("london-vcs-representation")
        let lettered = document.blocks.filter { $0.kind == .listItem && ["a)", "b)", "c)", "d)"].contains($0.label ?? "") }
        #expect(lettered.count == 4)
        #expect(lettered[0].text.hasPrefix("Following the findings of this report"))
        #expect(lettered[0].text.contains("taken up by ***** with"))
        let contact = try #require(document.blocks.first { $0.text == "Fiona@havs.org.uk" })
        #expect(contact.spans == [Span(start: 0, end: 17, link: "mailto:Fiona@havs.org.uk")])
        let quote = try #require(document.blocks.first { $0.text.hasPrefix("The Audit Commission Report also stated") })
        #expect(quote.text.hasSuffix("contribution to children's services.'*"))
        #expect(quote.spans?.contains { $0.italic == true } == true)
    }
}
