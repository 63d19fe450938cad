import PipelineCore
import Testing

struct TableTests {
    let blocks: [Block]

    init() throws {
        blocks = try Extraction.document("features/tables.docx").blocks
    }

    @Test func readsCellShadingAndLeavesUnshadedCellsNil() throws {
        let table = try #require(blocks[1].table)
        #expect(table.rows[0].isHeader && !table.rows[1].isHeader)
        #expect(table.rows[0].cells.map(\.text) == ["Red", "Amber", "Green"])
        #expect(table.rows[1].cells.map(\.shading) == [nil, "FFC000", nil])
        #expect(table.rows[0].cells.map(\.shading) == [nil, nil, nil])
    }

    @Test func readsColumnSpansAndSolidPatternColours() throws {
        let row = try #require(blocks[1].table?.rows[2])
        #expect(row.cells.map(\.text) == ["Spans two", "Solid"])
        #expect(row.cells.map(\.columnSpan) == [2, 1])
        #expect(row.cells[1].shading == "00B050")
        #expect(blocks[1].table?.columnCount == 3)
    }

    @Test func joinsTableTextByTabsAndNewlines() {
        #expect(blocks[1].kind == .table)
        #expect(blocks[1].style == "Table Grid")
        #expect(blocks[3].style == nil)
        #expect(blocks[1].text == "Red\tAmber\tGreen\n\t\t\nSpans two\tSolid")
    }

    @Test func resolvesVerticalMergesIntoRowSpans() throws {
        let table = try #require(blocks[3].table)
        #expect(table.rows[1].cells[0].text == "1. Inter-agency governance")
        #expect(table.rows[1].cells[0].rowSpan == 3)
        for row in 2...3 {
            #expect(table.rows[row].cells[0].continuesMerge)
            #expect(table.rows[row].cells[0].text.isEmpty)
        }
        #expect(table.rows[4].cells[0].rowSpan == 1 && !table.rows[4].cells[0].continuesMerge)
    }

    @Test func keepsNestedTablesAsBlocksInsideTheCell() throws {
        let cell = try #require(blocks[3].table?.rows[3].cells[1])
        #expect(cell.blocks.map(\.kind) == [.paragraph, .table])
        #expect(cell.blocks.map(\.index) == [0, 1])
        #expect(cell.blocks[1].table?.rows[0].cells.map(\.text) == ["Inner A", "Inner B"])
        #expect(cell.text == "Trust board\nInner A\tInner B")
    }

    @Test func takesTheTableFillForCellsThatStateNone() throws {
        let table = try #require(blocks[3].table)
        #expect(table.rows[0].cells.map(\.shading) == ["D9D9D9", "D9D9D9"])
        #expect(table.rows[4].cells[1].shading == nil)
    }

    @Test func keepsTablesInReadingOrder() {
        #expect(blocks.map(\.text).filter { !$0.contains("\t") } == ["Ratings", "Action plan", "After the tables"])
        #expect(blocks.map(\.kind) == [.paragraph, .table, .paragraph, .table, .paragraph, .table, .table])
    }

    @Test func takesAFillEveryParagraphOfAnUnshadedCellShares() throws {
        let row = try #require(blocks[6].table?.rows.first)
        #expect(row.cells.map(\.text) == ["Red", "Amber", "Half\nshaded", "Cell says auto"])
        #expect(row.cells.map(\.shading) == [nil, "FFC000", nil, nil])
    }

    @Test func takesARowsShadingExceptionBeforeTheTableFill() throws {
        let table = try #require(blocks[5].table)
        #expect(table.rows.map { $0.cells.map(\.text) } == [["Row shaded", "Own fill"], ["Table fill", "No fill"]])
        #expect(table.rows[0].cells.map(\.shading) == ["FF0000", "00B050"])
        #expect(table.rows[1].cells.map(\.shading) == ["D9D9D9", nil])
    }
}
