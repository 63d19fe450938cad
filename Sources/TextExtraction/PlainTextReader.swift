import PipelineCore

/// Reads plain text, including text a naive tool exported from Word: lines that start with a
/// tab are table-cell content, and U+FFFD at a line's end marks a cell end (twice: a row end).
///
/// Tables are recovered only where rows are evident: a first row of two or more tab-led cells
/// sets the column count, and later rows are filled cell by cell. Headings are conservative:
/// short lines without closing punctuation, followed by a blank line, that are known section
/// words, Title Case or capitals. Numbered, lettered and bulleted lines become list items.
struct PlainTextReader {
    /// The blocks of `text`, with findings recorded against `file`.
    func read(_ text: String, file: String, diagnostics: inout Diagnostics) -> [BlockDraft] {
        var removedFields = 0
        let rawLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let lines = rawLines.map { raw -> PlainLine in
            let stripped = WordFieldCodes.strip(String(raw))
            removedFields += stripped.removed
            return PlainLine(stripped.text)
        }
        if removedFields > 0 {
            diagnostics.append(Diagnostic(
                severity: .note, code: "text.field-code-dropped",
                message: "\(removedFields) Word field instruction(s) (such as HYPERLINK) were dropped; their displayed text is kept",
                file: file))
        }
        let longest = rawLines.map(\.count).max() ?? 0
        var state = State(hardWrapped: longest <= 100 && rawLines.count >= 5)
        state.read(units: Self.units(lines))
        return state.drafts
    }

    /// Splits lines at U+FFFD cell and row marks: runs of ordinary lines, and marked rows.
    static func units(_ lines: [PlainLine]) -> [Unit] {
        var units: [Unit] = []
        var current: [PlainLine] = []
        var cells: [[PlainLine]] = []
        var lastWasCellEnd = false
        var sawRowEnd = false
        for line in lines {
            if line.isMarkOnly && lastWasCellEnd {
                units.append(.row(cells))
                cells = []
                lastWasCellEnd = false
                sawRowEnd = true
                continue
            }
            if line.endsCell {
                current.append(line)
                if cells.isEmpty && !sawRowEnd {
                    // Text before the first marked row is ordinary text up to its last blank line.
                    var content = current
                    while let last = content.last, last.isBlank { content.removeLast() }
                    if let split = content.lastIndex(where: \.isBlank) {
                        units.append(.lines(Array(content[...split])))
                        current = Array(content[(split + 1)...])
                    }
                }
                cells.append(current)
                current = []
                lastWasCellEnd = true
                continue
            }
            lastWasCellEnd = false
            current.append(line)
        }
        if !cells.isEmpty { units.append(.row(cells)) }
        if !current.isEmpty { units.append(.lines(current)) }
        return units
    }

    /// A stretch of the text: ordinary lines, or one row of a table marked with U+FFFD.
    enum Unit {
        case lines([PlainLine])
        case row([[PlainLine]])
    }

    private struct State {
        let hardWrapped: Bool
        var drafts: [BlockDraft] = []
        let headings = PlainHeadingRule()

        init(hardWrapped: Bool) {
            self.hardWrapped = hardWrapped
        }

        mutating func read(units: [Unit]) {
            var pending: [PlainLine] = []
            var rows: [[TableAssembler.CellContent]] = []
            func flushRows(_ drafts: inout [BlockDraft]) {
                if let table = TableAssembler.assemble(rows) { drafts.append(table) }
                rows = []
            }
            for unit in units {
                switch unit {
                case .lines(let lines):
                    if lines.allSatisfy(\.isBlank) && !rows.isEmpty { continue }
                    flushRows(&drafts)
                    pending += lines
                case .row(let cells):
                    let filled = cells.filter { $0.contains { !$0.content.isEmpty } }
                    if filled.count <= 1 {
                        let lines = cells.flatMap { $0 }
                        if lines.allSatisfy(\.isBlank) && !rows.isEmpty { continue }
                        flushRows(&drafts)
                        pending += lines + [PlainLine("")]
                    } else {
                        readLines(pending)
                        pending = []
                        rows.append(cells.map(Self.cellContent))
                    }
                }
            }
            flushRows(&drafts)
            readLines(pending)
        }

        /// Reads ordinary lines, recovering tables of tab-led cells.
        mutating func readLines(_ lines: [PlainLine]) {
            var table: TabTable?
            let chunks = Self.chunks(lines)
            for (n, chunk) in chunks.enumerated() {
                if var open = table {
                    if open.take(chunk, next: n + 1 < chunks.count ? chunks[n + 1] : nil) {
                        table = open
                        continue
                    }
                    close(open)
                    table = nil
                }
                if chunk.cells.count >= 2 {
                    if !chunk.startsWithTab { readChunk(chunk.lead) }
                    table = TabTable(columns: chunk.cells.count, first: chunk.cells)
                } else {
                    readChunk(chunk.lines)
                }
            }
            if let open = table { close(open) }
        }

        /// Emits a tab table; rows at its end with at most one filled cell are read as text.
        mutating func close(_ table: TabTable) {
            let hasText: ([PlainLine]) -> Bool = { cell in cell.contains { !$0.content.isEmpty } }
            var rows = table.allRows.filter { row in row.contains(where: hasText) }
            var trailing: [PlainLine] = []
            while let last = rows.last, last.filter(hasText).count <= 1 {
                trailing = last.flatMap { $0 } + [PlainLine("")] + trailing
                rows.removeLast()
            }
            // A known section heading in the last cell of the last row is the text after the table.
            if var last = rows.last, last.count > 2, let cell = last.last, cell.filter({ !$0.content.isEmpty }).count == 1,
               let line = cell.first(where: { !$0.content.isEmpty }),
               PlainHeadingRule.sectionWords.contains(PlainHeadingRule.key(line.content)) {
                last.removeLast()
                rows[rows.count - 1] = last
                trailing = [line, PlainLine("")] + trailing
            }
            if !rows.isEmpty, let draft = TableAssembler.assemble(rows.map { $0.map(Self.cellContent) }) {
                drafts.append(draft)
            }
            for chunk in Self.chunks(trailing) { readChunk(chunk.lines) }
        }

        /// Reads one blank-separated chunk of text lines: list items, headings, paragraphs.
        mutating func readChunk(_ lines: [PlainLine]) {
            var joinable = false
            for (k, line) in lines.enumerated() {
                let text = line.content
                guard !text.isEmpty else { continue }
                if let bullet = ListMarker.bullet(in: text[...], markdown: false) {
                    drafts.append(.listItem(Self.styled(bullet.rest), label: ListMarker.bulletLabel, level: 0))
                    joinable = false
                } else if let label = ListMarker.orderedLabel(in: text[...]) {
                    drafts.append(.listItem(Self.styled(text.dropFirst(label.count)), label: label, level: 0))
                    joinable = false
                } else if let level = headings.level(
                    of: text, followedByBlank: k == lines.count - 1, standsAlone: lines.count == 1, isFirst: drafts.isEmpty)
                {
                    drafts.append(.heading(Self.styled(text[...]), level: level))
                    joinable = false
                } else if hardWrapped, joinable, var last = drafts.popLast() {
                    last.content.append(Self.styled(text[...]))
                    drafts.append(last)
                } else {
                    drafts.append(.paragraph(Self.styled(text[...])))
                    joinable = true
                }
            }
        }

        /// The blocks of one table cell: bulleted lines become list items, other lines paragraphs.
        static func cellContent(_ lines: [PlainLine]) -> TableAssembler.CellContent {
            lines.compactMap { line in
                let text = line.content
                guard !text.isEmpty else { return nil }
                if let bullet = ListMarker.bullet(in: text[...], markdown: false) {
                    return .listItem(styled(bullet.rest), label: ListMarker.bulletLabel, level: 0)
                }
                return .paragraph(styled(text[...]))
            }
        }

        static func styled(_ text: Substring) -> StyledText {
            var builder = StyledTextBuilder()
            builder.append(text, style: TextStyle())
            return builder.build()
        }

        static func chunks(_ lines: [PlainLine]) -> [Chunk] {
            var chunks: [Chunk] = []
            var current: [PlainLine] = []
            for line in lines {
                if line.isBlank {
                    if !current.isEmpty { chunks.append(Chunk(lines: current)) }
                    current = []
                } else {
                    current.append(line)
                }
            }
            if !current.isEmpty { chunks.append(Chunk(lines: current)) }
            return chunks
        }
    }
}

/// One line of plain text with what its tabs and U+FFFD marks say about table structure.
struct PlainLine: Hashable, Sendable {
    /// The line without its cell-end mark.
    var text: String
    /// True when the line's leading whitespace holds a tab: it opens a table cell.
    var isTab: Bool
    /// True when the line ends with U+FFFD: a cell ends here.
    var endsCell: Bool
    /// True when the line is nothing but the mark.
    var isMarkOnly: Bool
    /// The visible text: cleaned, whitespace collapsed.
    var content: String

    /// True when there is nothing to read, no mark and no tab (a tab alone is an empty cell).
    var isBlank: Bool { content.isEmpty && !endsCell && !isTab }

    /// Classifies a raw line.
    init(_ raw: String) {
        var text = raw
        if text.hasSuffix("\r") { text.removeLast() }
        let trailingTrimmed = text.trimmingTrailingSpaces()
        endsCell = trailingTrimmed.last == WordFieldCodes.mark
        if endsCell {
            text = trailingTrimmed
            text.removeLast()
        }
        self.text = text
        isTab = text.prefix { $0 == " " || $0 == "\t" }.contains("\t")
        content = TextNormalizer.collapseWhitespace(TextNormalizer.clean(text))
        isMarkOnly = endsCell && content.isEmpty
    }
}

/// Blank-separated lines; each tab-led line opens a cell, other lines continue the cell before.
struct Chunk {
    /// The lines, none blank.
    var lines: [PlainLine]

    /// True when the first line opens a cell.
    var startsWithTab: Bool { lines.first?.isTab ?? false }

    /// Lines before the first tab-led line.
    var lead: [PlainLine] { Array(lines.prefix { !$0.isTab }) }

    /// The cells opened by tab-led lines, each with the lines that continue it.
    var cells: [[PlainLine]] {
        var cells: [[PlainLine]] = []
        for line in lines.drop(while: { !$0.isTab }) {
            if line.isTab || cells.isEmpty {
                cells.append([line])
            } else {
                cells[cells.count - 1].append(line)
            }
        }
        return cells
    }
}

/// A table being recovered from tab-led lines, filled cell by cell up to its column count.
struct TabTable {
    /// The column count its first row set.
    let columns: Int
    /// Finished rows.
    var rows: [[[PlainLine]]]
    /// The row being filled.
    var row: [[PlainLine]] = []

    init(columns: Int, first: [[PlainLine]]) {
        self.columns = columns
        rows = [first]
    }

    /// Every row, including the one being filled.
    var allRows: [[[PlainLine]]] { row.isEmpty ? rows : rows + [row] }

    /// Adds a chunk when it continues the table; false when the table ends before it.
    ///
    /// A chunk of several cells, fewer than the columns, that starts a row continues the table
    /// only when the next chunk completes that row; otherwise it is the header of a new table.
    mutating func take(_ chunk: Chunk, next: Chunk?) -> Bool {
        let cells = chunk.cells
        if chunk.startsWithTab, row.isEmpty, cells.count >= 2, cells.count < columns,
           cells.count + (next?.cells.count ?? 0) != columns {
            return false
        }
        if chunk.startsWithTab {
            if row.count + cells.count <= columns {
                row += cells
            } else if cells.count > columns {
                return false
            } else {
                rows.append(row)
                row = cells
            }
        } else if !row.isEmpty, !cells.isEmpty, row.count + cells.count <= columns {
            row[row.count - 1] += [PlainLine("")] + chunk.lead
            row += cells
        } else {
            return false
        }
        if row.count == columns {
            rows.append(row)
            row = []
        }
        return true
    }
}
