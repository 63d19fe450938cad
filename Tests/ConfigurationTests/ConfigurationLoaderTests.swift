import Foundation
import Configuration
import PipelineCore
import TestSupport
import Testing

struct ConfigurationLoaderTests {
    let pipelines = PackageFolder.root().appendingPathComponent("Pipelines")

    @Test func loadsTheThirteenQuotedSETQuestionsAndNoOutcomesQuestions() throws {
        let set = try ConfigurationLoader.framework(at: pipelines.appendingPathComponent("frameworks/set.yml"))
        #expect(set.domains.map(\.id) == ["governance", "strategy", "processes", "delivery", "outcomes"])
        #expect(set.questions.map(\.id) == [
            "GOV-1", "GOV-2", "GOV-3", "STR-1", "STR-2", "STR-3", "STR-4",
            "PRO-1", "PRO-2", "PRO-3", "DEL-1", "DEL-2", "DEL-3",
        ])
        #expect(set.domains.last?.questions.isEmpty == true)
        #expect(set.domains[0].aliases.contains("Inter-agency governance"))
        #expect(set.questions[7].text == "What has been the sectors role in the development and implementation of the Common Assessment Framework (CAF)?")
    }

    @Test func loadsRatingAndProgressScales() throws {
        let set = try ConfigurationLoader.framework(at: pipelines.appendingPathComponent("frameworks/set.yml"))
        let grade = try #require(set.ratingScales.first { $0.id == "grade" })
        #expect(grade.entries.map(\.value) == ["green", "amber", "red"])
        #expect(grade.entries[1].forms == ["B"])
        let levels = try #require(set.ratingScales.first { $0.id == "levels" })
        #expect(levels.entries[2].forms.contains("not known"))
    }

    @Test func loadsTheGlossaryWithMisspellings() throws {
        let glossary = try ConfigurationLoader.glossary(at: pipelines.appendingPathComponent("glossary.yml"))
        let cypp = try #require(glossary.entries.first { $0.acronym == "CYPP" })
        #expect(cypp.variants.contains("CYYP"))
        #expect(glossary.entries.first { $0.acronym == "CAF" }?.expansions == ["Common Assessment Framework"])
    }

    @Test func namesTheFileAndTheMissingKeyWhenAFrameworkIsInvalid() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).yml")
        try "id: x\nname: X\ndomains:\n  - id: governance\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let error = try #require(throws: PipelineError.self) { try ConfigurationLoader.framework(at: url) }
        #expect(error.reason == .invalidConfiguration)
        #expect(error.file == url.path)
        #expect(error.underlying?.contains("name") == true)
    }

    @Test func loadsTheGenreWordsTheReadersUse() throws {
        let genres = try ConfigurationLoader.vocabulary(at: pipelines.appendingPathComponent("genres.yml"))
        #expect(genres.verbEndings == ["s", "es", "ing"])
        #expect(genres.obligationWords.contains("should"))
        #expect(genres.passiveWords == ["be", "been"])
        #expect(genres.sections["ownedRecommendations"]?.contains("recommendations for") == true)
        #expect(genres.columns["theme"]?.contains("audit") == true)
        #expect(genres.meetingPapers.contains("agenda"))
        #expect(genres.paperWords == ["report", "notes", "minutes", "meeting"])
        #expect(genres.meetingNameEnds == ["held", "on", "at"])
        #expect(genres.ownerCells["resources"] == ["capacity", "budget", "funding"])
        #expect(genres.colourWords["grey"] == ["grey", "gray"])
        #expect(genres.columnEndings["response"] == ["response"])
        #expect(genres.plainVerbs == ["set", "send"])
        #expect(genres.nameJoiners.contains("of"))
    }

    @Test func namesTheMissingKeyOfAGenresFile() throws {
        let shipped = try String(contentsOf: pipelines.appendingPathComponent("genres.yml"), encoding: .utf8)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("genres-\(UUID().uuidString).yml")
        let withoutOwnerCells = shipped.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("ownerCells:") && !$0.hasPrefix("  conditions:") && !$0.hasPrefix("  resources:")
                && !$0.hasPrefix("  droppedOpenings:") && !$0.hasPrefix("  roleWords:") && !$0.hasPrefix("  rankWords:") }
            .joined(separator: "\n")
        try withoutOwnerCells.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let error = try #require(throws: PipelineError.self) { try ConfigurationLoader.vocabulary(at: url) }
        #expect(error.reason == .invalidConfiguration)
        #expect(error.file == url.path)
        #expect(error.underlying == "missing key 'ownerCells' at ")
    }

    @Test func shipsTheDefaultPipelineWithItsFrameworkAndGlossary() throws {
        let shipped = try PipelineConfiguration(contentsOf: DefaultFiles.pipeline)
        #expect(shipped.definition.stages == ["extract", "segment", "tag", "emit"])
        #expect(shipped.framework.questions.count == 13)
        #expect(shipped.glossary.entries.first?.acronym == "VCS")
        #expect(FileManager.default.fileExists(atPath: DefaultFiles.schema.path))
    }

    @Test func namesTheGlossaryFileThatCannotBeRead() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("glossary-\(UUID().uuidString).yml")
        try "entries:\n  - {expansions: [Common Assessment Framework]}\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let error = try #require(throws: PipelineError.self) { try ConfigurationLoader.glossary(at: url) }
        #expect(error.file == url.path)
        #expect(error.underlying?.contains("acronym") == true)
        let missing = try #require(throws: PipelineError.self) { try ConfigurationLoader.glossary(at: url.appendingPathExtension("gone")) }
        #expect(missing.reason == .unreadableFile)
    }
}
