public import PipelineCore

/// Reads a PDF through poppler into a `Document`: text with positions and fonts becomes
/// lines and then blocks in reading order; running headers and footers go to
/// `Document.furniture`; ruled tables become table blocks with cell text and shading.
///
/// The PDF is opened once, from memory, and confined to the calling task.
public struct PDFExtractor: DocumentExtractor {
    /// The password poppler is given for encrypted PDFs, or nil for none.
    public var password: String?

    /// Creates the extractor.
    /// - Parameter password: The password to open encrypted PDFs with (user or owner password).
    public init(password: String? = nil) {
        self.password = password
    }

    /// Always `.pdf`.
    public var format: DocumentFormat { .pdf }

    /// Extracts the document.
    /// - Throws: `PipelineError` naming the file: `.emptyFile` for no bytes or no text,
    ///   `.unsupportedFormat` when the bytes are not a PDF, `.encrypted` when a password is
    ///   needed, `.damaged` when poppler cannot read it or it is truncated.
    public func extract(_ file: SourceFile, diagnostics: inout Diagnostics) throws -> Document {
        switch FormatSniffer.sniff(file.data) {
        case .empty:
            throw PipelineError(stage: "extract", file: file.path, reason: .emptyFile, message: "the file is empty")
        case .pdf:
            break
        default:
            throw PipelineError(stage: "extract", file: file.path, reason: .unsupportedFormat,
                                message: "the file is not a PDF")
        }
        let document = try PopplerDocument(bytes: file.data, path: file.path, password: password)
        guard Self.hasEndOfFileMarker(file.data) else {
            throw PipelineError(stage: "extract", file: file.path, reason: .damaged,
                                message: "the PDF is truncated: its end-of-file marker is missing")
        }
        let pageCount = document.pageCount
        guard pageCount > 0 else {
            throw PipelineError(stage: "extract", file: file.path, reason: .damaged, message: "the PDF has no pages")
        }

        var layouts: [PageLayout] = []
        layouts.reserveCapacity(pageCount)
        let pages = PageReader(bytes: file.data, password: password)
        for index in 0..<pageCount {
            guard let text = pages.text(ofPage: index, number: index + 1) else {
                throw PipelineError(
                    stage: "extract", file: file.path, reason: .damaged,
                    message: "page \(index + 1) of the PDF cannot be read")
            }
            // A page after one that ends in a table may open with the rest of its last row,
            // text in one column only: its rules are read too.
            let afterTable = layouts.last.map { !$0.tables.isEmpty } ?? false
            layouts.append(Self.layout(of: text, drawing: { pages.drawing() }, unwrapSingleColumn: true, afterTable: afterTable))
        }
        return try Self.assemble(layouts, file: file, metadata: document.metadata, diagnostics: &diagnostics)
    }

    /// Builds the document from its pages' layouts: running headers and footers set apart,
    /// footnotes found, lines joined into blocks and tables continued over page breaks.
    /// - Throws: `PipelineError(.emptyFile)` when no page has text.
    static func assemble(
        _ layouts: [PageLayout], file: SourceFile, metadata: DocumentMetadata, diagnostics: inout Diagnostics
    ) throws -> Document {
        guard layouts.contains(where: { !$0.lines.isEmpty || !$0.tables.isEmpty }) else {
            throw PipelineError(stage: "extract", file: file.path, reason: .emptyFile,
                                message: "the PDF has no text to extract (it may hold only scanned images)")
        }
        for layout in layouts where layout.lines.isEmpty && layout.tables.isEmpty {
            diagnostics.warn("pdf.page-without-text",
                             "page \(layout.number) has no text to extract (it may be a scanned image)", file: file.path)
        }

        let furniture = RunningFurniture(pages: layouts)
        let (bodyPages, furnitureBlocks) = furniture.separate(layouts)
        let (pages, placedNotes) = FootnoteFinder.separate(bodyPages)
        let headings = HeadingClassifier(lines: pages.flatMap(\.lines))
        var items: [BlockBuilder.Item] = []
        for page in pages {
            // Top to bottom, a band of columns read column by column from its top.
            var pageItems: [(y: (Double, Int, Double), item: BlockBuilder.Item)] = page.lines.map { line in
                (line.column.map { ($0.bandTop, $0.index, line.y0) } ?? (line.y0, 0, line.y0), .line(line))
            }
            pageItems += page.tables.map { (($0.grid.y0, 0, $0.grid.y0), .table($0)) }
            pageItems.sort { $0.y < $1.y }
            items += pageItems.map(\.item)
        }
        let allLines = pages.flatMap { page in
            page.lines + page.tables.flatMap { $0.rows.flatMap { $0.flatMap(\.lines) } }
        }
        let blocks = BlockBuilder(headings: headings, words: DocumentWords(lines: allLines)).build(items)
        let notes = placedNotes.map { placed in
            var note = placed.note
            note.referencedFrom = FootnoteFinder.reference(to: note, onPage: placed.page, in: blocks)
            return note
        }

        return Document(
            id: SHA256.hex(of: file.data), source: file.path, format: .pdf,
            metadata: metadata, blocks: blocks, furniture: furnitureBlocks, notes: notes)
    }

    /// Reads one page: its lines, and, when some line has text in separate columns, its
    /// ruled tables (found among the lines the page draws) with cell text and shading.
    /// - Parameters:
    ///   - text: The page's characters.
    ///   - drawing: Reads what the page draws; called only for pages that may hold a table.
    ///   - afterTable: True when the page before ended in a table that may carry on here.
    static func layout(of text: PageText, drawing: () -> PageDrawing, unwrapSingleColumn: Bool, afterTable: Bool = false) -> PageLayout {
        let number = text.number
        let plain = TextFragment.split(text) { _ in nil }.map(\.fragment)
        var lines = TextLine.group(plain)
        // Two columns of running text are read column by column, not as a table.
        var bands: [ColumnBand] = []
        if lines.contains(where: AlignedTableFinder.isColumned) {
            bands = ColumnLayout.find(in: plain, lines: lines)
            if !bands.isEmpty { lines = ColumnLayout.lines(plain, bands: bands) }
        }
        // Read the paint only of pages where text stands in separate columns (a label apart
        // from its list item's text does not count), or that follow a page ending in a table.
        guard afterTable || lines.contains(where: AlignedTableFinder.isColumned) else {
            return PageLayout(number: number, height: text.height, lines: lines, tables: [])
        }
        let drawn = drawing()
        let grids = RuledTable.find(in: drawn, glyphs: text.glyphs)
        guard !grids.isEmpty else {
            let (tables, rest) = alignedTables(in: lines, page: number, drawing: drawn)
            return PageLayout(number: number, height: text.height, lines: rest, tables: tables)
        }

        // Re-split the text at cell boundaries.
        // Where tables nest (a frame drawn round the page and a table inside it), text belongs
        // to the innermost.
        let innermostFirst = grids.indices.sorted {
            (grids[$0].x1 - grids[$0].x0) * (grids[$0].y1 - grids[$0].y0) < (grids[$1].x1 - grids[$1].x0) * (grids[$1].y1 - grids[$1].y0)
        }
        let pieces = TextFragment.split(text) { glyph -> TableCellKey? in
            for tableIndex in innermostFirst {
                let grid = grids[tableIndex]
                if let place = grid.cellIndex(x: glyph.midX, y: glyph.midY) {
                    return TableCellKey(table: tableIndex, row: place.row, cell: place.cell)
                }
            }
            return nil
        }
        var body: [TextFragment] = []
        var cellFragments: [TableCellKey: [TextFragment]] = [:]
        for piece in pieces {
            if let region = piece.region {
                cellFragments[region, default: []].append(piece.fragment)
            } else {
                body.append(piece.fragment)
            }
        }
        var tables: [PlacedTable] = []
        for (tableIndex, grid) in grids.enumerated() {
            var rows: [[PlacedTable.Cell]] = []
            for (rowIndex, row) in grid.rows.enumerated() {
                var cells: [PlacedTable.Cell] = []
                for (cellIndex, cell) in row.cells.enumerated() {
                    let fragments = cellFragments[TableCellKey(table: tableIndex, row: rowIndex, cell: cellIndex)] ?? []
                    let cellLines = TextLine.group(fragments)
                    var samples: [(x: Double, y: Double)] = [
                        (cell.x0 + 2.5, (row.y0 + row.y1) / 2), (cell.x0 + 2.5, row.y0 + 3), (cell.x0 + 2.5, row.y1 - 3),
                    ]
                    if let first = cellLines.first?.fragments.first {
                        samples.append((first.x0 - 1.5, first.midY))
                    }
                    cells.append(PlacedTable.Cell(
                        lines: cellLines, x0: cell.x0, x1: cell.x1, firstColumn: cell.firstColumn, columnSpan: cell.columnSpan,
                        shading: drawn.shading(sampling: samples), rowSpan: cell.rowSpan, continuesMerge: cell.continuesMerge))
                }
                rows.append(cells)
            }
            if unwrapSingleColumn && grid.columnCount == 1 {
                // A one-column table is a framed box on the page: read its text as body text.
                body += rows.flatMap { $0.flatMap { $0.lines.flatMap(\.fragments) } }
            } else {
                tables.append(PlacedTable(page: number, grid: grid, rows: rows))
            }
        }
        let bodyLines = bands.isEmpty ? TextLine.group(body) : ColumnLayout.lines(body, bands: bands)
        let (aligned, rest) = alignedTables(in: bodyLines, page: number, drawing: drawn)
        return PageLayout(number: number, height: text.height, lines: rest, tables: (tables + aligned).sorted { $0.grid.y0 < $1.grid.y0 })
    }

    /// Tables recovered from aligned text among lines outside ruled tables, with the colour
    /// read just left of each cell's first word.
    static func alignedTables(in lines: [TextLine], page: Int, drawing: PageDrawing) -> (tables: [PlacedTable], rest: [TextLine]) {
        let (found, rest) = AlignedTableFinder.find(in: lines, rules: drawing.horizontal)
        let tables = found.map { table in
            PlacedTable(page: page, grid: table.grid, rows: zip(table.grid.rows, table.rows).map { row, cellLines in
                zip(row.cells, cellLines).map { cell, lines in
                    let first = lines.first?.fragments.first
                    let shading = first.flatMap { drawing.shading(sampling: [($0.x0 - 1.5, $0.midY), ($0.x0 - 2.5, $0.midY)]) }
                    return PlacedTable.Cell(lines: lines, x0: cell.x0, x1: cell.x1, firstColumn: cell.firstColumn,
                                            columnSpan: cell.columnSpan, shading: shading)
                }
            })
        }
        return (tables, rest)
    }

    /// True when "%%EOF" appears in the last kilobytes, as in every complete PDF.
    static func hasEndOfFileMarker(_ data: [UInt8]) -> Bool {
        let marker = Array("%%EOF".utf8)
        let tail = data.suffix(4096)
        guard tail.count >= marker.count else { return false }
        var index = tail.startIndex
        while index <= tail.endIndex - marker.count {
            if tail[index] == marker[0] && tail[index..<index + marker.count].elementsEqual(marker) { return true }
            index += 1
        }
        return false
    }
}
