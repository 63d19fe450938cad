import Foundation
import Pipeline
import PipelineCore
import TestSupport
import Testing

struct OutputTests {
    let schema = PackageFolder.root().appendingPathComponent("Pipelines/schema/review-document.schema.json")

    static let sample = ReviewDocument(
        document: DocumentInfo(
            id: String(repeating: "ab", count: 32), source: "Corpus/docx/x.docx", format: .docx, title: "Self Evaluation",
            authority: "Thurrock", kind: .selfEvaluation, date: "2008-09"),
        domains: [DomainSection(id: "governance", heading: "Inter-agency governance", rating: Rating(raw: "shading #FFC000", level: .amber), location: SourceLocation(block: 3, start: 0, end: 23))],
        questions: [Question(id: "q1", domain: "governance", setQuestion: "GOV-1", label: "a)", text: "To what extent…?", rating: nil, matchScore: 0.93, location: SourceLocation(block: 5, start: 0, end: 16))],
        evidence: [EvidenceItem(id: "e1", domain: "governance", text: "The NGO group…", tags: [Tag(setQuestion: "GOV-1", score: 2.5, terms: ["representation"])], location: SourceLocation(block: 8, start: 0, end: 14))],
        actions: [ActionItem(id: "a1", domain: "governance", text: "Functions and purpose", owners: ["NGO Forum", "Engagement lead"], due: "2009-03", timeframe: "Dec 08 – Mar 09", location: SourceLocation(block: 40, row: 2, cell: 0, start: 0, end: 21))],
        recommendations: [Recommendation(id: "r1", number: "1", theme: "Meetings", text: "The Trust institute a Forward Plan", owners: ["Alan Dawson"], due: "2008-09", timeframe: "September 2008", status: .completed, progress: "Done", planLocation: SourceLocation(page: 9, block: 70, row: 3, cell: 0, start: 0, end: 4), location: SourceLocation(page: 2, block: 12, start: 0, end: 34))],
        warnings: [Warning(code: "plan-numbering-disagrees", message: "Plan rows are numbered (21)…(38)")])

    @Test func namesOutputsByStemAndKeepsTheFormatWhenStemsCollide() {
        let names = OutputNaming.names(for: [
            "Corpus/docx/thurrock.docx", "Corpus/pdf/thurrock.pdf", "Corpus/text/herts.txt", "other/thurrock.pdf",
        ])
        #expect(names["Corpus/text/herts.txt"] == "herts")
        #expect(names["Corpus/docx/thurrock.docx"] == "thurrock.docx")
        #expect(names["Corpus/pdf/thurrock.pdf"] == "thurrock.pdf")
        #expect(names["other/thurrock.pdf"] == "thurrock.pdf-2")
    }

    @Test func writesDeterministicJSONNamedAfterTheInput() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrutineer-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let consumer = JSONFileConsumer(directory: folder, inputs: ["Corpus/docx/x.docx"])
        try await consumer.consume(Self.sample, extracted: Document(id: "x", source: "Corpus/docx/x.docx", format: .docx))
        let first = try Data(contentsOf: folder.appendingPathComponent("x.json"))
        try await consumer.consume(Self.sample, extracted: Document(id: "x", source: "Corpus/docx/x.docx", format: .docx))
        #expect(try Data(contentsOf: folder.appendingPathComponent("x.json")) == first)
        #expect(first == (try JSONOutput.encode(Self.sample)))
    }

    @Test func aCompleteReviewDocumentValidatesAgainstTheSchema() throws {
        let validator = try JSONSchemaValidator(schemaAt: schema)
        #expect(try validator.validate(JSONOutput.encode(Self.sample)) == [])
    }

    @Test func aBrokenReviewDocumentFailsValidation() throws {
        let validator = try JSONSchemaValidator(schemaAt: schema)
        var object = try #require(try JSONSerialization.jsonObject(with: JSONOutput.encode(Self.sample)) as? [String: Any])
        object.removeValue(forKey: "warnings")
        var document = try #require(object["document"] as? [String: Any])
        document["kind"] = "novel"
        document["date"] = "autumn 2008"
        object["document"] = document
        object["extra"] = true
        let problems = try validator.validate(JSONSerialization.data(withJSONObject: object))
        #expect(problems.contains("$: missing required property warnings"))
        #expect(problems.contains("$: unexpected property extra"))
        #expect(problems.contains { $0.hasPrefix("$.document.kind:") })
        #expect(problems.contains { $0.hasPrefix("$.document.date:") })
    }

    @Test func schemaValidatorChecksTypesInsideReferencedDefinitions() throws {
        let validator = try JSONSchemaValidator(schemaAt: schema)
        var text = String(decoding: try JSONOutput.encode(Self.sample), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"block\" : 40", with: "\"block\" : \"forty\"")
        let problems = try validator.validate(Data(text.utf8))
        #expect(problems == ["$.actions[0].location.block: expected integer, found string"])
    }
}
