import PipelineCore
@testable import Storage
import Testing

/// The search language: parsing, glossary expansion, spelling folding and rendering to each dialect.
struct QueryLanguageTests {
    private let parser = QueryParser()

    @Test func parsesWordsPhrasesPrefixesAndOperatorsWithPrecedence() throws {
        #expect(try parser.parse("safeguarding") == .term("safeguarding"))
        #expect(try parser.parse("\"child protection\" commission*") == .and([.phrase(["child", "protection"]), .prefix("commission")], excluded: []))
        #expect(try parser.parse("CAF OR LSCB training") == .or([.term("CAF"), .and([.term("LSCB"), .term("training")], excluded: [])]))
        #expect(try parser.parse("(CAF OR LSCB) AND training NOT board") == .and([.or([.term("CAF"), .term("LSCB")]), .term("training")], excluded: [.term("board")]))
        #expect(try parser.parse("voluntary and community sector") == .and([.term("voluntary"), .term("community"), .term("sector")], excluded: []))
        #expect(try parser.parse("multi-agency") == .phrase(["multi", "agency"]))
        #expect(try parser.parse("Children's Trust") == .and([.term("Children"), .term("Trust")], excluded: []))
    }

    @Test(arguments: [
        ("\"open", "a quoted phrase is not closed"),
        ("(CAF", "a parenthesis is not closed"),
        ("CAF)", "a closing parenthesis has no opening one"),
        ("OR CAF", "OR needs something to search for on both sides"),
        ("CAF OR", "OR needs something to search for on both sides"),
        ("CAF AND AND LSCB", "AND needs something to search for on both sides"),
        ("NOT CAF", "NOT must follow something to search for"),
        ("CAF NOT", "NOT needs a word, phrase or group after it"),
        ("()", "a pair of parentheses is empty"),
        ("\"\"", "a quoted phrase is empty"),
        ("multi-agency*", "a prefix* must be a single word"),
        ("  ", "the query has no words to search for"),
    ])
    func rejectsMalformedQueriesWithTheProblem(text: String, problem: String) {
        do {
            _ = try parser.parse(text)
            Issue.record("'\(text)' should not parse")
        } catch let error as PipelineError {
            #expect(error.reason == .invalidQuery)
            #expect(error.message.contains(problem), "\(error.message)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func expandsAcronymsAndExpansionsThroughTheGlossary() throws {
        let expander = GlossaryExpander(glossary: StoreFixtures.glossary)
        #expect(expander.expand(.term("CAF")) == .or([.term("CAF"), .phrase(["Common", "Assessment", "Framework"])]))
        #expect(expander.expand(.term("caf")) == .term("caf"))
        #expect(expander.expand(.term("set")) == .term("set"))
        #expect(expander.expand(.term("CYYP")) == .or([.term("CYYP"), .phrase(["Children", "and", "Young", "People", "Plan"]),
                                                        .phrase(["Children", "and", "Young", "Peoples", "Plan"])]))
        #expect(expander.expand(.phrase(["voluntary", "sector"])) == .or([.phrase(["voluntary", "sector"]), .term("VCS")]))
        #expect(expander.expand(try parser.parse("voluntary and community sector"))
            == .or([.and([.term("voluntary"), .term("community"), .term("sector")], excluded: []), .term("VCS")]))
        #expect(expander.expand(.phrase(["non", "governmental", "organization"])) == .or([.phrase(["non", "governmental", "organization"]), .term("NGO")]))
    }

    @Test(arguments: [
        ("organisation", "organization"), ("organisations", "organizations"), ("prioritised", "prioritized"),
        ("recognising", "recognizing"), ("colour", "color"), ("behaviours", "behaviors"), ("centre", "center"),
        ("programme", "program"), ("four", "four"), ("hour", "hour"), ("rise", "rise"), ("commissioning", "commissioning"),
    ])
    func foldsBritishSpellingOntoAmerican(british: String, folded: String) {
        #expect(SpellingNormalizer.fold(british) == folded)
    }

    @Test func rendersFTS5WithEveryWordQuoted() throws {
        let node = try parser.parse("(CAF OR \"child protection\") AND commission* NOT board")
        #expect(FTS5Renderer.render(node) == "(((\"CAF\" OR \"child protection\") AND \"commission\" *) NOT (\"board\"))")
    }

    @Test func rendersTSQueryWithBoundParameters() throws {
        let node = try parser.parse("(CAF OR \"child protection\") AND commission* NOT board")
        let (sql, binds) = PostgresDialect().render(TSQueryRenderer.render(node))
        #expect(sql == "((plainto_tsquery('english', $1) || phraseto_tsquery('english', $2)) && to_tsquery('english', $3) && !!plainto_tsquery('english', $4))")
        #expect(binds == [.text("CAF"), .text("child protection"), .text("commission:*"), .text("board")])
    }

    @Test func highlightsStemsAndFoldedSpellingsInTheOriginalText() {
        let text = "The Children's Trust ensures that the strengths of the voluntary sector are fully utilised, particularly in analysing need and commissioning services."
        let snippet = SnippetBuilder.snippet(of: text, highlighting: [.word("commissioned"), .word("utilized"), .prefix("particular")])
        #expect(snippet == "The Children's Trust ensures that the strengths of the voluntary sector are fully **utilised**, **particularly** in analysing need and **commissioning** services.")
    }

    @Test func cutsLongTextToAWindowAroundTheMatches() {
        let words = (1...80).map { "word\($0)" }
        let text = (words[0..<50] + ["safeguarding"] + words[50...]).joined(separator: " ")
        let snippet = SnippetBuilder.snippet(of: text, highlighting: [.word("safeguarding")])
        #expect(snippet.hasPrefix("…word47 word48 word49 word50 **safeguarding** word51"))
        #expect(snippet.hasSuffix("…"))
    }
}
