import Foundation
import PipelineCore
import Storage
import Testing

/// A hit as `<document file name>/<item id>`, e.g. `thurrock-self-evaluation/q2`.
func key(_ hit: SearchHit) -> String {
    URL(fileURLWithPath: hit.source).deletingPathExtension().lastPathComponent + "/" + hit.itemId
}

/// The keys of all hits.
func keys(_ results: SearchResults) -> Set<String> { Set(results.hits.map(key)) }

private let thurrock = "thurrock-self-evaluation/"
private let herts = "hertfordshire-self-evaluation/"
private let barking = "barking-dagenham-scrutiny/"
private let progress = "barking-dagenham-progress-2009/"
private let sutton = "london-vcs-representation/"

/// Keyword search over the fixture corpus, run on every available store.
struct StoreSearchTests {
    private func loaded<T: Sendable>(_ kind: StoreKind, _ body: (any ReviewStore) async throws -> T) async throws -> T {
        try await kind.withStore { store in
            for name in StoreFixtures.all { _ = try await store.ingest(try StoreFixtures.review(name)) }
            return try await body(store)
        }
    }

    @Test(arguments: StoreKind.available)
    func findsSafeguardingWithTheShortestMentionFirst(kind: StoreKind) async throws {
        let results = try await loaded(kind) { try await $0.search(SearchQuery(text: "safeguarding")) }
        let top = try #require(results.hits.first)
        #expect(top.authority == "Thurrock")
        #expect(top.kind == .question)
        #expect(top.text == "How the sector is engaged in local safeguarding children developments?")
        #expect(top.snippet == "How the sector is engaged in local **safeguarding** children developments?")
        #expect(top.setQuestions == ["STR-3"])
        #expect(top.location.block == 54)
        #expect(results.total == 6)
        #expect(keys(results) == [thurrock + "q2", thurrock + "a1", herts + "e1", herts + "e2", herts + "a1", barking + "e2"])
        #expect(results.hits.allSatisfy { $0.snippet.lowercased().contains("**safeguarding**") })
    }

    @Test(arguments: StoreKind.available)
    func expandsCAFToCommonAssessmentFrameworkAndBack(kind: StoreKind) async throws {
        let (acronym, expansion) = try await loaded(kind) { store in
            (try await store.search(SearchQuery(text: "CAF")), try await store.search(SearchQuery(text: "\"Common Assessment Framework\"")))
        }
        let top = try #require(acronym.hits.first)
        #expect(top.itemId == "q3")
        #expect(top.snippet.contains("**Common** **Assessment** **Framework** (**CAF**)"))
        #expect(keys(acronym) == [thurrock + "q3", thurrock + "e3", thurrock + "e5", thurrock + "e6", barking + "e1", barking + "r13", progress + "r15"])
        #expect(keys(expansion) == keys(acronym))
        let recommendation = try #require(acronym.hits.first { key($0) == barking + "r13" })
        #expect(recommendation.trackedId?.hasPrefix("R-") == true)
        #expect(recommendation.documentDate == "2008-10-08")
    }

    @Test(arguments: StoreKind.available)
    func findsVoluntarySectorAsPhraseAndThroughVCS(kind: StoreKind) async throws {
        let (phrase, words) = try await loaded(kind) { store in
            (try await store.search(SearchQuery(text: "\"voluntary sector\"", limit: 50)),
             try await store.search(SearchQuery(text: "voluntary sector", limit: 50)))
        }
        // The two items that name both the acronym and the phrase come first, in either order:
        // bm25 and ts_rank weigh Sutton's two mentions of VCS against Hertfordshire's shorter text differently.
        #expect(Set(phrase.hits.prefix(2).map(key)) == [herts + "e1", sutton + "e1"])
        let hertfordshire = try #require(phrase.hits.first { key($0) == herts + "e1" })
        #expect(hertfordshire.snippet.contains("**VCS** involvement"))
        #expect(hertfordshire.snippet.contains("The **voluntary** **sector** access"))
        #expect(keys(phrase).isSuperset(of: [barking + "r5", barking + "r6", barking + "r18", herts + "e4", herts + "a3", sutton + "e1"]))
        #expect(!keys(phrase).contains(thurrock + "e1"))
        #expect(!keys(phrase).contains(barking + "r16"))
        #expect(keys(words).isSuperset(of: keys(phrase).union([barking + "r16"])))
    }

    @Test(arguments: StoreKind.available)
    func stemsCommissionedToFindCommissioning(kind: StoreKind) async throws {
        let results = try await loaded(kind) { try await $0.search(SearchQuery(text: "commissioned", limit: 50)) }
        #expect(keys(results).isSuperset(of: [barking + "r7", barking + "r12", thurrock + "e2", herts + "e3"]))
        let thurrock = try #require(results.hits.first { $0.authority == "Thurrock" && $0.itemId == "e2" })
        #expect(thurrock.snippet.contains("broader **commissioning** strategy"))
    }

    @Test(arguments: StoreKind.available)
    func matchesBritishAndAmericanSpellings(kind: StoreKind) async throws {
        let (american, british) = try await loaded(kind) { store in
            (try await store.search(SearchQuery(text: "organizations", limit: 50)), try await store.search(SearchQuery(text: "organisations", limit: 50)))
        }
        #expect(keys(american).isSuperset(of: [thurrock + "e1", herts + "e1", herts + "e2", herts + "a1", sutton + "e1"]))
        #expect(keys(british) == keys(american))
        let sutton = try #require(british.hits.first { $0.authority == "Sutton" })
        #expect(sutton.snippet.contains("**organizations**"))
    }

    @Test(arguments: StoreKind.available)
    func keepsPhraseWordsInOrder(kind: StoreKind) async throws {
        let (inOrder, reversed) = try await loaded(kind) { store in
            (try await store.search(SearchQuery(text: "\"child protection\"")), try await store.search(SearchQuery(text: "\"protection child\"")))
        }
        #expect(keys(inOrder) == [thurrock + "e3", herts + "e1", herts + "e2"])
        #expect(reversed.hits.isEmpty)
        #expect(reversed.total == 0)
    }

    @Test(arguments: StoreKind.available)
    func combinesPrefixesAndBooleans(kind: StoreKind) async throws {
        let (prefix, notBoard, either, grouped) = try await loaded(kind) { store in
            (try await store.search(SearchQuery(text: "safeguard*")),
             try await store.search(SearchQuery(text: "safeguarding NOT board")),
             try await store.search(SearchQuery(text: "LSCB OR \"child protection\"")),
             try await store.search(SearchQuery(text: "(CAF OR safeguarding) AND sector")))
        }
        #expect(prefix.total == 6)
        #expect(keys(notBoard) == [thurrock + "q2", herts + "a1"])
        #expect(keys(either) == [thurrock + "a2", thurrock + "e3", herts + "e1", herts + "e2", herts + "a1"])
        #expect(keys(grouped) == [thurrock + "q2", thurrock + "q3", thurrock + "e3", thurrock + "e5", thurrock + "e6", herts + "e1"])
    }

    @Test(arguments: StoreKind.available)
    func narrowsByFiltersAndCountsFacets(kind: StoreKind) async throws {
        let results = try await loaded(kind) { store in
            [
                try await store.search(SearchQuery(text: "commissioning", limit: 50)),
                try await store.search(SearchQuery(text: "commissioning", authority: "thurrock")),
                try await store.search(SearchQuery(text: "commissioning", kind: .recommendation, limit: 50)),
                try await store.search(SearchQuery(text: "safeguarding", setQuestion: "STR-3")),
                try await store.search(SearchQuery(text: "sector", domain: "governance")),
                try await store.search(SearchQuery(text: "voluntary", from: "2009")),
                try await store.search(SearchQuery(text: "VCS", to: "2008-06")),
            ]
        }
        let all = results[0]
        #expect(all.authorities == [.init(value: "Barking and Dagenham", count: 13), .init(value: "Thurrock", count: 3), .init(value: "Hertfordshire", count: 1)])
        #expect(all.kinds == [.init(value: "recommendation", count: 12), .init(value: "evidence", count: 4), .init(value: "action", count: 1)])
        #expect(all.total == 17)
        #expect(results[1].hits.map(\.itemId).sorted() == ["a3", "e2", "e4"])
        #expect(results[2].total == 12)
        #expect(results[2].hits.allSatisfy { $0.kind == .recommendation })
        #expect(keys(results[3]) == [thurrock + "q2", thurrock + "a1", herts + "e1", herts + "e2", herts + "a1"])
        #expect(results[4].hits.allSatisfy { $0.domain == "governance" })
        #expect(keys(results[4]) == [herts + "e5"])
        #expect(keys(results[5]) == [sutton + "e1", progress + "r7", progress + "r8", progress + "r18", progress + "r20"])
        #expect(Set(results[6].hits.compactMap(\.authority)) == ["Hertfordshire"])
    }

    @Test(arguments: StoreKind.available)
    func explainsAMalformedQueryInsteadOfFailingInSQL(kind: StoreKind) async throws {
        let errors = try await loaded(kind) { store in
            var errors: [PipelineError] = []
            for text in ["\"unclosed phrase", "safeguarding AND", "NOT board", "(CAF OR LSCB", "CAF)", "the and of", "*"] {
                do {
                    _ = try await store.search(SearchQuery(text: text))
                } catch let error as PipelineError {
                    errors.append(error)
                }
            }
            do {
                _ = try await store.search(SearchQuery(text: "CAF", from: "last year"))
            } catch let error as PipelineError {
                errors.append(error)
            }
            return errors
        }
        #expect(errors.count == 8)
        #expect(errors.allSatisfy { $0.reason == .invalidQuery })
        #expect(errors[0].message.contains("quoted phrase is not closed"))
        #expect(errors[1].message.contains("AND needs something to search for on both sides"))
        #expect(errors[2].message.contains("NOT must follow something to search for"))
        #expect(errors[3].message.contains("parenthesis is not closed"))
        #expect(errors[4].message.contains("closing parenthesis has no opening one"))
        #expect(errors[5].message.contains("no words to search for"))
        #expect(errors[6].message.contains("'*' must follow a word"))
        #expect(errors[7].message == "--from must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not 'last year'")
    }
}
