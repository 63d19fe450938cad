package import PipelineCore

/// One line of readable text with the place it came from: a paragraph line, a list item,
/// a heading, or one paragraph of a table cell.
package struct TextLine: Hashable, Sendable {
    /// The line with markup removed and whitespace collapsed, label included.
    package var text: String
    /// The list label ("1.", "a)", "(3)", "·"), from the block or read off the text.
    package var label: String?
    /// The text after the label.
    package var body: String
    /// The kind of the block it came from.
    package var kind: Block.Kind
    /// Heading level of the block, when it is a heading.
    package var headingLevel: Int?
    /// List nesting level, when it is a list item.
    package var listLevel: Int?
    /// True when the whole line is bold (or written as `**…**` / `<b>…</b>`).
    package var isBold: Bool
    /// True when the raw line began with a tab (a table cell flattened into text).
    package var isIndented: Bool
    /// Where the line is.
    package var location: SourceLocation

    /// True when the line reads as a heading: a heading block, a short bold line, or a bold
    /// numbered line whose words are a title, not a sentence ("1. Background", "47/25
    /// MINUTES": a few words or capitals, no closing full stop).
    package var isHeadingLike: Bool {
        if kind == .heading { return true }
        guard isBold, text.count <= 120 else { return false }
        guard label != nil else { return true }
        guard let last = body.last, !".;:,".contains(last) else { return false }
        let words = body.split(separator: " ").count
        return words <= 4 || (words <= 12 && TextTools.isUnchangedByUppercasing(body) && body.contains(where: \.isLetter))
    }
}

/// One cell of a table row (a real table, or a tab-separated line of text).
package struct RowCell: Hashable, Sendable {
    /// The cell's lines in order.
    package var lines: [TextLine]
    /// The cell's text, lines joined by spaces.
    package var text: String
    /// The cell's text as written, line breaks and runs of spaces kept (for splitting owners).
    package var multiline: String
    /// Background shading `RRGGBB`, when the cell is shaded.
    package var shading: String?
    /// Where the cell is.
    package var location: SourceLocation
}

/// One row of a table.
package struct RowView: Hashable, Sendable {
    /// Cells left to right.
    package var cells: [RowCell]
    /// True when the source marks it as a header row.
    package var isHeader: Bool
    /// The index of the table block (or text block) holding the row.
    package var block: Int

    /// The non-empty cells.
    package var filledCells: [RowCell] { cells.filter { !$0.text.isEmpty } }
}

/// A document read as a flat sequence of lines and table rows in reading order.
package enum Entry: Hashable, Sendable {
    case line(TextLine)
    case row(RowView)
}

/// Flattens a `Document` into `Entry` values, keeping every piece's `SourceLocation`.
package struct DocumentView: Sendable {
    /// The entries in reading order.
    package var entries: [Entry]

    /// Builds the view.
    package init(_ document: Document) {
        var entries: [Entry] = []
        for block in document.blocks {
            if block.kind == .table, let table = block.table {
                // A table of one cell is a box round paragraphs ("Recommendation 1" ⏎ its words ⏎
                // "Directed to: …" in a shaded box): its lines are read as the text they are.
                // So is a box round one sentence (a recommendation quoted before its answer); a box
                // of one short line (a banner, a classification) stays a table.
                if table.rows.count == 1, let only = table.rows.first, only.cells.count == 1, let cell = only.cells.first {
                    let base = SourceLocation(page: block.page, block: block.index, row: 0, cell: 0, start: 0, end: 0)
                    let lines = Self.lines(of: cell.text, blocks: cell.blocks, kind: .paragraph, base: base)
                    if lines.count >= 2 || lines.count == 1 && lines[0].text.hasSuffix(".") && lines[0].text.split(separator: " ").count >= 8 {
                        entries += lines.map { .line($0) }
                        continue
                    }
                }
                for (rowIndex, row) in table.rows.enumerated() {
                    var cells: [RowCell] = []
                    for (cellIndex, cell) in row.cells.enumerated() {
                        let base = SourceLocation(page: block.page, block: block.index, row: rowIndex, cell: cellIndex, start: 0, end: 0)
                        let lines = Self.lines(of: cell.text, blocks: cell.blocks, kind: .paragraph, base: base)
                        cells.append(Self.cell(lines: lines, raw: cell.text, shading: cell.shading, location: SourceLocation(
                            page: block.page, block: block.index, row: rowIndex, cell: cellIndex,
                            start: 0, end: cell.text.unicodeScalars.count)))
                    }
                    entries.append(.row(RowView(cells: cells, isHeader: row.isHeader, block: block.index)))
                }
                continue
            }
            let base = SourceLocation(page: block.page, block: block.index, start: 0, end: 0)
            for line in Self.rawLines(block.text) {
                if let cells = Self.tabCells(line, base: base) {
                    entries.append(.row(RowView(cells: cells, isHeader: false, block: block.index)))
                    continue
                }
                for piece in Self.markupPieces(line) {
                    if let text = Self.textLine(piece, block: block, base: base, useBlockLabel: piece.start == 0) {
                        entries.append(.line(text))
                    }
                }
            }
        }
        self.entries = entries
    }

    // MARK: - Lines

    /// A raw line: its text and its scalar offset in the addressed text.
    struct Piece {
        var text: String
        var start: Int
    }

    /// Splits text on line breaks, keeping each line's scalar offset.
    static func rawLines(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        let scalars = text.unicodeScalars
        var lineStart = scalars.startIndex
        var start = 0
        var offset = 0
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == "\n" || scalar == "\r" || scalar == "\u{0B}" || scalar == "\u{2028}" {
                pieces.append(Piece(text: String(scalars[lineStart..<index]), start: start))
                lineStart = next
                start = offset + 1
            }
            offset += 1
            index = next
        }
        pieces.append(Piece(text: lineStart == scalars.startIndex ? text : String(scalars[lineStart...]), start: start))
        return pieces
    }

    /// Splits a line carrying block-level HTML (`<p>`, `<li>`, `<br>`) into its paragraphs.
    static func markupPieces(_ piece: Piece) -> [Piece] {
        guard piece.text.utf8.contains(UInt8(ascii: "<")) else { return [piece] }
        let lower = piece.text.lowercased()
        guard lower.contains("<p") || lower.contains("<li") || lower.contains("<br") || lower.contains("</p>") else {
            return [piece]
        }
        let breakers = ["<p>", "</p>", "<li>", "</li>", "<br>", "<br/>", "<br />", "</ol>", "</ul>"]
        var pieces: [Piece] = []
        var current = String.UnicodeScalarView()
        var start = piece.start
        let scalars = Array(piece.text.unicodeScalars)
        let lowerScalars = Array(lower.unicodeScalars)
        var i = 0
        func flush(next: Int) {
            pieces.append(Piece(text: String(current), start: start))
            current = String.UnicodeScalarView()
            start = piece.start + next
        }
        while i < scalars.count {
            if scalars[i] == "<" {
                var matched = false
                for breaker in breakers {
                    let b = Array(breaker.unicodeScalars)
                    if i + b.count <= lowerScalars.count, Array(lowerScalars[i..<i + b.count]) == b {
                        flush(next: i + b.count)
                        i += b.count
                        matched = true
                        break
                    }
                }
                if matched { continue }
                // <ol …> or <ul …> opening tags also break.
                if i + 3 <= lowerScalars.count,
                   String(String.UnicodeScalarView(lowerScalars[i..<i + 3])) == "<ol" || String(String.UnicodeScalarView(lowerScalars[i..<i + 3])) == "<ul",
                   let close = scalars[i...].firstIndex(of: ">") {
                    flush(next: close + 1)
                    i = close + 1
                    continue
                }
            }
            current.append(scalars[i])
            i += 1
        }
        flush(next: scalars.count)
        return pieces.filter { !TextTools.collapse(TextTools.stripTags($0.text)).isEmpty }
    }

    /// Reads a tab-separated line as a table row; nil when the line is not one.
    static func tabCells(_ piece: Piece, base: SourceLocation) -> [RowCell]? {
        let scalars = Array(piece.text.unicodeScalars)
        guard let firstVisible = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              scalars[firstVisible...].contains("\t") else { return nil }
        var cells: [RowCell] = []
        var cellStart = 0
        var index = 0
        while index <= scalars.count {
            if index == scalars.count || scalars[index] == "\t" {
                let raw = String(String.UnicodeScalarView(scalars[cellStart..<index]))
                let location = SourceLocation(page: base.page, block: base.block, start: piece.start + cellStart, end: piece.start + index)
                var lines: [TextLine] = []
                if let line = textLine(Piece(text: raw, start: piece.start + cellStart), kind: .paragraph, blockLabel: nil, level: nil, headingLevel: nil, bold: false, base: base) {
                    lines.append(line)
                }
                cells.append(cell(lines: lines, raw: raw, shading: nil, location: location))
                cellStart = index + 1
            }
            index += 1
        }
        // One filled piece is a line with stray tabs (a flattened cell), not a row.
        let filled = cells.filter { !$0.text.isEmpty }
        if filled.count < 2 { return nil }
        // A label and its text set apart by a tab ("(a)⇥the charge …", "47/25⇥MINUTES") are a
        // labelled line, not a row of two cells.
        if filled.count == 2, cells[0].text == filled[0].text, isTabbedLabel(filled[0].text) { return nil }
        return cells
    }

    /// True when a cell's text is only a list label ("1.", "(a)", "ii)"), a paragraph number
    /// ("2.1") or a minute's number ("47/25", "AC 40").
    static func isTabbedLabel(_ text: String) -> Bool {
        if text.wholeMatch(of: Pattern.minuteNumber) != nil || text.wholeMatch(of: Pattern.lettersMinuteNumber) != nil
            || text.wholeMatch(of: Pattern.paragraphNumber) != nil { return true }
        let split = TextTools.splitLabel(text + " x")
        return split.label == text && !TextTools.isBullet(split.label)
    }

    static func cell(lines: [TextLine], raw: String, shading: String?, location: SourceLocation) -> RowCell {
        let shade = shading.map { $0.uppercased() }
        let visibleShade = (shade == nil || shade == "FFFFFF" || shade == "AUTO") ? nil : shade
        return RowCell(
            lines: lines, text: TextTools.collapse(lines.map(\.text).joined(separator: " ")),
            multiline: TextTools.stripTags(raw).replacingAll("**", with: ""), shading: visibleShade, location: location)
    }

    /// The lines of a cell, taking labels and kinds from its blocks when they line up.
    static func lines(of text: String, blocks: [Block], kind: Block.Kind, base: SourceLocation) -> [TextLine] {
        var result: [TextLine] = []
        let pieces = rawLines(text)
        let aligned = pieces.count == blocks.count
        for (index, piece) in pieces.enumerated() {
            let source = aligned ? blocks[index] : nil
            for part in markupPieces(piece) {
                if let line = textLine(
                    part, kind: source?.kind ?? kind, blockLabel: part.start == piece.start ? source?.label : nil,
                    level: source?.level, headingLevel: source?.kind == .heading ? source?.level : nil,
                    bold: source.map(isBold) ?? false, base: base) {
                    result.append(line)
                }
            }
        }
        return result
    }

    static func textLine(_ piece: Piece, block: Block, base: SourceLocation, useBlockLabel: Bool) -> TextLine? {
        textLine(
            piece, kind: block.kind, blockLabel: useBlockLabel ? block.label : nil,
            level: block.kind == .listItem ? block.level : nil,
            headingLevel: block.kind == .heading ? (block.level ?? 1) : nil, bold: isBold(block), base: base)
    }

    /// Builds one `TextLine` from raw text; nil when nothing readable remains.
    static func textLine(
        _ piece: Piece, kind: Block.Kind, blockLabel: String?, level: Int?, headingLevel: Int?, bold: Bool,
        base: SourceLocation
    ) -> TextLine? {
        var raw = piece.text
        var kind = kind
        var headingLevel = headingLevel
        var bold = bold
        let indented = raw.unicodeScalars.first == "\t"
        // Markdown-style headings and emphasis in text renditions.
        let trimmed = raw.trimmingCharacters()
        if trimmed.hasPrefix("#") {
            let hashes = trimmed.prefix(while: { $0 == "#" }).count
            if hashes <= 6, trimmed.dropFirst(hashes).first == " " {
                kind = .heading
                headingLevel = hashes
                raw = String(trimmed.dropFirst(hashes))
            }
        }
        let stripped = TextTools.collapse(TextTools.stripTags(raw))
        if stripped.isEmpty { return nil }
        if raw.utf8.contains(UInt8(ascii: "<")) {
            let lowerRaw = raw.lowercased().trimmingCharacters()
            if lowerRaw.hasPrefix("<b>") && lowerRaw.hasSuffix("</b>") && lowerRaw.ranges(of: "<b>").count == 1 { bold = true }
        }
        var text = stripped
        if text.hasPrefix("**") && text.hasSuffix("**") && text.count > 4 {
            text = String(text.dropFirst(2).dropLast(2))
            bold = true
        }
        if text.utf8.contains(UInt8(ascii: "\\")) { text = text.replacingAll("\\*", with: "*") }
        text = TextTools.collapse(text)
        if text.isEmpty { return nil }
        let (parsedLabel, parsedBody) = TextTools.splitLabel(text)
        var label = blockLabel.map { $0.trimmingCharacters() }.flatMap { $0.isEmpty ? nil : $0 }
        var body = text
        if label == nil, let parsedLabel {
            label = parsedLabel
            body = parsedBody
            // A bullet hides a numbered label in markdown ("- (3) …").
        } else if let current = label, TextTools.isBullet(current), let parsedLabel, !TextTools.isBullet(parsedLabel) {
            label = parsedLabel
            body = parsedBody
        } else if let current = label, let parsedLabel, parsedLabel == current {
            // The text repeats the label the block carries (a table cell's "1. To what …").
            body = parsedBody
        }
        if kind == .listItem && label == nil { label = "•" }
        let (start, end) = visibleRange(piece)
        return TextLine(
            text: text, label: label, body: TextTools.collapse(body), kind: kind, headingLevel: headingLevel,
            listLevel: level, isBold: bold, isIndented: indented,
            location: SourceLocation(page: base.page, block: base.block, row: base.row, cell: base.cell, start: start, end: end))
    }

    /// The scalar range of a piece without its leading and trailing whitespace.
    static func visibleRange(_ piece: Piece) -> (Int, Int) {
        let scalars = Array(piece.text.unicodeScalars)
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else {
            return (piece.start, piece.start)
        }
        return (piece.start + first, piece.start + last + 1)
    }

    static func isBold(_ block: Block) -> Bool {
        if block.font?.bold == true { return true }
        guard let spans = block.spans, !spans.isEmpty else { return false }
        let length = block.text.unicodeScalars.count
        let boldLength = spans.filter { $0.bold == true }.reduce(0) { $0 + ($1.end - $1.start) }
        return length > 0 && boldLength * 10 >= length * 9
    }
}
