import Configuration
import EvidenceTagging
import Foundation
import Pipeline
import PipelineCore
import TestSupport
import Testing

/// The tagger as shipped: the SET framework, the glossary and the default pipeline's options.
enum ShippedTagger {
    static let pipelines = PackageFolder.root().appendingPathComponent("Pipelines")

    static func make() throws -> Tagger {
        let framework = try ConfigurationLoader.framework(at: pipelines.appendingPathComponent("frameworks/set.yml"))
        let glossary = try ConfigurationLoader.glossary(at: pipelines.appendingPathComponent("glossary.yml"))
        let definition: PipelineDefinition = try ConfigurationLoader.decode(pipelines.appendingPathComponent("default.yml"))
        return Tagger(framework: framework, glossary: glossary, options: definition.options.tagging)
    }
}

struct TaggerTests {
    let tagger: Tagger

    init() throws {
        tagger = try ShippedTagger.make()
    }

    @Test func tagsTrainingOnCAFWithTheCAFQuestion() {
        let tags = tagger.tags(
            for: "There is support for the sector with free training places on CAF and Child Protection.", domain: "strategy")
        #expect(tags.map(\.setQuestion).contains("PRO-1"))
        let caf = tags.first { $0.setQuestion == "PRO-1" }
        #expect(caf?.terms.contains("CAF") == true)
    }

    @Test func tagsASafeguardingAreaForDevelopmentWithTheSafeguardingQuestion() {
        let tags = tagger.tags(
            for: "The LSCB needs to ensure the sector is engaged and included in its activities and a plan established to ensure this is achieved.",
            domain: "strategy")
        #expect(tags.first?.setQuestion == "STR-3")
        #expect(tags.first?.terms.contains("LSCB") == true)
    }

    @Test func tagsCommissioningEvidenceWithTheCommissioningQuestion() {
        let tags = tagger.tags(
            for: "The development of a broader commissioning strategy is being heralded by the `Thinking Families’ initiative, the NGO has been fully included in the current process, with additional resources being made available to support the sector at all levels.",
            domain: "strategy")
        #expect(tags.first?.setQuestion == "STR-1")
        #expect(tags.first?.terms.contains("commissioning") == true)
    }

    @Test func tagsLocalityWorkingWithTheLocalityQuestion() {
        let tags = tagger.tags(
            for: "Thurrock locality working will be driven by the CAF led MAGS panels, and there are arrangements coming into place to ensure the sector is well placed within these allocation panels.",
            domain: "delivery")
        #expect(tags.first?.setQuestion == "DEL-3")
    }

    @Test func tagsRepresentationAtBoardLevelWithTheEngagementQuestion() {
        let tags = tagger.tags(
            for: "The group reviews and comments on the Trusts papers and provides the mandate for representation to Thurrock’s Trust at board level.",
            domain: "governance")
        #expect(tags.first?.setQuestion == "GOV-1")
    }

    @Test func expandsAMisspelledAcronymToTheQuestionItStandsFor() {
        // "CYYP" is the documents' misspelling of CYPP, the Children and Young People's Plan.
        let tags = tagger.tags(for: "Refresh of the CYYP needs analysis and resources mapping.", domain: nil)
        #expect(tags.first?.setQuestion == "STR-2")
    }

    @Test func foldsAmericanSpellingOntoBritish() {
        let british = tagger.tags(for: "Neighbourhood networks of providers", domain: nil)
        let american = tagger.tags(for: "Neighborhood networks of providers", domain: nil)
        #expect(british.map(\.setQuestion) == american.map(\.setQuestion))
        #expect(british.first?.setQuestion == "DEL-3")
    }

    @Test(arguments: [
        "The meeting was held in the council chamber on a Tuesday evening.",
        "Appendix 2 lists the people interviewed by the panel.",
    ])
    func givesAnOffTopicSentenceNoTag(_ sentence: String) {
        #expect(tagger.tags(for: sentence, domain: nil).isEmpty)
    }

    @Test func tagsEveryItemKindOfAReviewDocument() {
        let location = SourceLocation(block: 0, start: 0, end: 1)
        let review = ReviewDocument(
            document: DocumentInfo(id: "x", source: "x.txt", format: .text),
            evidence: [EvidenceItem(id: "e1", domain: "strategy", text: "Safeguarding training for volunteers", location: location)],
            actions: [ActionItem(id: "a1", domain: "processes", text: "A formal information sharing protocol needs to be developed", location: location)],
            recommendations: [Recommendation(id: "r1", number: "1", theme: nil, text: "The commissioning strategy should involve the voluntary sector in tendering.", location: location)])
        let tagged = tagger.tag(review)
        #expect(tagged.evidence[0].tags.first?.setQuestion == "STR-3")
        #expect(tagged.actions[0].tags.first?.setQuestion == "PRO-2")
        #expect(tagged.recommendations[0].tags.first?.setQuestion == "STR-1")
    }

    @Test func keepsTagsBestFirstAndWithinTheConfiguredLimit() {
        let tags = tagger.tags(
            for: "Safeguarding, commissioning, workforce training, CAF, information sharing and locality networks.", domain: nil)
        #expect(tags.count <= tagger.options.maxTags)
        #expect(tags.map(\.score) == tags.map(\.score).sorted(by: >))
    }

    @Test func runsOnlyTheRulesThePipelineWeights() throws {
        let framework = try ConfigurationLoader.framework(at: ShippedTagger.pipelines.appendingPathComponent("frameworks/set.yml"))
        var options = tagger.options
        options.weights = ["keywords": 1.0]
        let keywordsOnly = Tagger(framework: framework, glossary: Glossary(entries: []), options: options)
        #expect(keywordsOnly.rules.map(\.name) == ["keywords"])
        // With keywords alone and weight 1, one keyword scores exactly 1: under a threshold of 1.9.
        #expect(keywordsOnly.tags(for: "Safeguarding matters.", domain: nil).isEmpty)
        #expect(keywordsOnly.tags(for: "Safeguarding and child protection.", domain: nil).first?.setQuestion == "STR-3")
    }
}
