import PipelineCore
import TestSupport
import Testing

struct NotesAndFurnitureTests {
    let document: Document

    init() throws {
        document = try Extraction.document("features/notes.docx")
    }

    @Test func readsFootnotesAndEndnotesWithTheirReferencingBlocks() {
        #expect(document.notes.count == 3)
        #expect(document.notes[0] == Note(kind: .footnote, identifier: "1", text: "Revised statutory guidance on Children’s Trusts, DCSF 2008.", referencedFrom: 1))
        #expect(document.notes[1] == Note(kind: .footnote, identifier: "2", text: "Children Act 2004, section 10.", referencedFrom: 2))
        #expect(document.notes[2] == Note(kind: .endnote, identifier: "1", text: "See appendix 1 for the grading definitions.", referencedFrom: 3))
        #expect(document.blocks[2].kind == .table)
    }

    @Test func keepsHeadersAndFootersApartFromTheBody() {
        #expect(document.furniture.map(\.text) == ["Thurrock Children’s Trust – Self Evaluation", "Draft for consultation"])
        #expect(document.furniture.map(\.index) == [0, 1])
        #expect(!document.blocks.contains { $0.text.contains("Draft for consultation") })
    }

    @Test func readsCoreProperties() {
        #expect(document.metadata.title == "Thurrock Self Evaluation and Action Plan")
        #expect(document.metadata.author == "Engagement Lead")
        #expect(document.metadata.created == "2008-06-02T09:00:00Z")
        #expect(document.metadata.modified == "2008-07-15T16:30:00Z")
        #expect(document.metadata.pageCount == nil)
    }

    @Test func identifiesTheDocumentByItsContent() throws {
        let file = try Corpus.file("features/notes.docx")
        #expect(document.id == SHA256.hex(of: file.data))
        #expect(document.source == "Corpus/features/notes.docx")
        #expect(document.format == .docx)
    }
}

struct PartNameTests {
    @Test func findsPartsWhateverTheirCaseOrSeparator() throws {
        let document = try Extraction.document("features/odd-part-names.docx")
        #expect(document.blocks.map(\.text) == ["Found through a case-insensitive part name."])
        #expect(document.blocks.first?.kind == .heading && document.blocks.first?.style == "Heading 1")
    }
}
