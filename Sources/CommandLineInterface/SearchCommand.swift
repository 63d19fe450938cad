import ArgumentParser
import Foundation
import PipelineCore
import Storage

/// `scrutineer search`: ranked keyword search over evidence, actions, recommendations and questions.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search evidence, actions, recommendations and questions in the store.",
        discussion: """
            QUERY is words (stemmed: "commissioned" finds "commissioning"), "quoted phrases", prefix*, \
            AND, OR, NOT and parentheses. Acronyms and their expansions find each other through the \
            glossary (CAF, "Common Assessment Framework"); British and American spellings match.
            """
    )

    @Argument(help: "What to search for.")
    var query: String

    @Option(help: "Only items in this SET domain (governance, strategy, processes, delivery, outcomes).")
    var domain: String?

    @Option(help: ArgumentHelp("Only items tagged with this SET question.", valueName: "SET-ID"))
    var question: String?

    @Option(help: "Only documents about this authority.")
    var authority: String?

    @Option(help: "Only items of this kind (evidence, action, recommendation, question).")
    var kind: String?

    @Option(help: ArgumentHelp("Only documents dated on or after this date.", valueName: "YYYY[-MM[-DD]]"))
    var from: String?

    @Option(help: ArgumentHelp("Only documents dated on or before this date.", valueName: "YYYY[-MM[-DD]]"))
    var to: String?

    @Option(help: "The most hits to show.")
    var limit: Int = 10

    @Flag(help: "Print the results as JSON.")
    var json = false

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if let kind, ItemKind(rawValue: kind) == nil {
            throw ValidationError("--kind must be one of \(ItemKind.allCases.map(\.rawValue).joined(separator: ", ")), not '\(kind)'")
        }
    }

    func run() async throws {
        try await reportingFailures {
            let results = try await storeOptions.withStore { store in
                try await store.search(SearchQuery(
                    text: query, domain: domain, setQuestion: question, authority: authority, kind: kind.flatMap(ItemKind.init(rawValue:)),
                    from: from, to: to, limit: limit))
            }
            Console.standard.write(json ? String(decoding: try JSONOutput.encode(results), as: UTF8.self) : Self.render(results))
        }
    }

    /// The results as text for a terminal.
    static func render(_ results: SearchResults) -> String {
        var out = "\(results.total) match\(results.total == 1 ? "" : "es") for \(results.query)"
        out += results.hits.count < results.total ? " (showing \(results.hits.count))\n" : "\n"
        for (number, hit) in results.hits.enumerated() {
            var place = "block \(hit.location.block)"
            if let page = hit.location.page { place = "page \(page), " + place }
            if let row = hit.location.row { place += ", row \(row)" }
            out += "\n\(number + 1). [\(hit.kind.rawValue)] \(hit.authority ?? "(no authority)")"
            out += " — \(hit.title ?? hit.source)" + (hit.documentDate.map { ", \($0)" } ?? "") + "\n"
            var details = ["\(hit.source), \(place)"]
            if let domain = hit.domain { details.append("domain \(domain)") }
            if !hit.setQuestions.isEmpty { details.append("SET \(hit.setQuestions.joined(separator: " "))") }
            if let tracked = hit.trackedId { details.append("tracked as \(tracked)") }
            out += "   " + details.joined(separator: " · ") + "\n"
            out += "   " + hit.snippet + "\n"
        }
        if results.total > 0 {
            out += "\n"
            for (name, facets) in [("authority", results.authorities), ("domain", results.domains), ("kind", results.kinds)] {
                out += "by \(name): " + facets.map { "\($0.value) \($0.count)" }.joined(separator: ", ") + "\n"
            }
        }
        return out
    }
}
