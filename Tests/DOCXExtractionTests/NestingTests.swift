import PipelineCore
import Testing

struct NestingTests {
    @Test func readsTablesNestedEightyDeep() throws {
        let document = try Extraction.document("features/deep-tables.docx")
        var depth = 0
        var block = try #require(document.blocks.first)
        while let cell = block.table?.rows.first?.cells.first {
            depth += 1
            #expect(cell.blocks.first?.text == "Level \(depth)")
            guard let inner = cell.blocks.last, inner.kind == .table else {
                #expect(cell.blocks.last?.text == "Innermost cell")
                break
            }
            block = inner
        }
        #expect(depth == 80)
        #expect(document.blocks.last?.text == "After")
    }

    @Test func refusesNestingBeyondLibxml2sDepthLimit() throws {
        let error = try #require(throws: PipelineError.self) {
            try Extraction.document("features/too-deep-tables.docx")
        }
        #expect(error.reason == .malformedMarkup)
        #expect(error.underlying?.contains("depth") == true)
    }
}
