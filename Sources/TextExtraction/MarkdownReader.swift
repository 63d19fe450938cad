/// Reads Markdown as the seed texts write it: ATX headings, bullet and ordered lists with
/// nesting, soft-wrapped paragraphs, inline emphasis and links, HTML blocks, pipe tables, and
/// tables whose rows are tab-separated lines with HTML cell markup.
struct MarkdownReader {
    /// The blocks of `text`, in reading order.
    func read(_ text: String) -> [BlockDraft] {
        var state = State()
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            state.consume(line)
        }
        state.flushParagraph()
        state.closeTable()
        return state.drafts
    }

    private struct State {
        var drafts: [BlockDraft] = []
        /// Lines of the paragraph or list item being gathered, with hard breaks as `\n`.
        var paragraph: String?
        var item: (label: String, level: Int)?
        var tabRows: [[TableAssembler.CellContent]] = []
        var pipeRows: [[TableAssembler.CellContent]] = []

        mutating func consume(_ rawLine: Substring) {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy(\.isWhitespace) {
                flushParagraph()
                closePipeTable()
                return
            }
            if line.contains("\t") {
                flushParagraph()
                closePipeTable()
                tabRow(line)
                return
            }
            closeTable()
            let trimmed = line.drop { $0 == " " }
            if let heading = Self.heading(trimmed) {
                flushParagraph()
                closePipeTable()
                let content = InlineMarkup.reduce(heading.text)
                drafts.append(.heading(content, level: heading.level))
            } else if trimmed.hasPrefix("|"), trimmed.dropFirst().contains("|") {
                flushParagraph()
                pipeRow(trimmed)
            } else if HTMLBlocks.containsBlockMarkup(String(trimmed)), trimmed.hasPrefix("<") {
                flushParagraph()
                closePipeTable()
                drafts += HTMLBlocks.drafts(String(trimmed), markdown: true)
            } else if let bullet = ListMarker.bullet(in: line, markdown: true), !Self.isThematicBreak(trimmed) {
                flushParagraph()
                closePipeTable()
                let level = bullet.indent / 2
                if let label = ListMarker.orderedLabel(in: bullet.rest, outline: true) {
                    item = (label, level)
                    paragraph = String(bullet.rest.dropFirst(label.count).drop { $0 == " " })
                } else {
                    item = (ListMarker.bulletLabel, level)
                    paragraph = String(bullet.rest)
                }
                addBreakIfHard(line)
            } else if let label = ListMarker.orderedLabel(in: trimmed) {
                flushParagraph()
                closePipeTable()
                let indent = line.count - trimmed.count
                item = (label, indent / 2)
                paragraph = String(trimmed.dropFirst(label.count).drop { $0 == " " })
                addBreakIfHard(line)
            } else {
                closePipeTable()
                let text = String(trimmed)
                if let existing = paragraph {
                    paragraph = existing.hasSuffix("\n") ? existing + text : existing + " " + text
                } else {
                    paragraph = text
                }
                addBreakIfHard(line)
            }
        }

        /// Marks a hard line break: two trailing spaces or a trailing backslash.
        mutating func addBreakIfHard(_ line: Substring) {
            guard var text = paragraph else { return }
            if line.hasSuffix("  ") || line.hasSuffix("\\") {
                if text.hasSuffix("\\") { text.removeLast() }
                paragraph = text.trimmingTrailingSpaces() + "\n"
            }
        }

        mutating func flushParagraph() {
            defer {
                paragraph = nil
                item = nil
            }
            guard let source = paragraph else { return }
            let content = InlineMarkup.reduce(source)
            guard !content.isEmpty else { return }
            if let item {
                drafts.append(.listItem(content, label: item.label, level: item.level))
            } else {
                drafts.append(.paragraph(content))
            }
        }

        /// One tab-separated row; a row whose only text is body content (paragraphs, a list)
        /// ends the table and is read as ordinary blocks.
        mutating func tabRow(_ line: Substring) {
            let raw = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let cells = raw.map { Self.cellContent($0) }
            let filled = zip(raw, cells).filter { !$0.1.allSatisfy { $0.content.isEmpty } }
            if filled.count == 1, let only = filled.first,
               HTMLBlocks.isBodyContent(only.0) || TextLength.of(only.1) > 200 {
                closeTable()
                drafts += HTMLBlocks.drafts(only.0, markdown: true)
                return
            }
            tabRows.append(cells)
        }

        mutating func closeTable() {
            guard !tabRows.isEmpty else { return }
            if let table = TableAssembler.assemble(tabRows) { drafts.append(table) }
            tabRows = []
        }

        mutating func pipeRow(_ line: Substring) {
            var body = line.trimming(" ")
            if body.hasPrefix("|") { body.removeFirst() }
            if body.hasSuffix("|") { body.removeLast() }
            let raw = body.split(separator: "|", omittingEmptySubsequences: false)
            if raw.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { return }
            pipeRows.append(raw.map { Self.cellContent(String($0)) })
        }

        mutating func closePipeTable() {
            guard !pipeRows.isEmpty else { return }
            if let table = TableAssembler.assemble(pipeRows) { drafts.append(table) }
            pipeRows = []
        }

        /// The blocks of one cell: its HTML paragraphs, or its inline text as one paragraph.
        static func cellContent(_ raw: String) -> TableAssembler.CellContent {
            if HTMLBlocks.containsBlockMarkup(raw) { return HTMLBlocks.drafts(raw, markdown: true) }
            let content = InlineMarkup.reduce(raw)
            return content.isEmpty ? [] : [.paragraph(content)]
        }

        static func heading(_ line: Substring) -> (level: Int, text: String)? {
            let hashes = line.prefix { $0 == "#" }.count
            guard (1...6).contains(hashes) else { return nil }
            let rest = line.dropFirst(hashes)
            guard rest.isEmpty || rest.first == " " else { return nil }
            var text = rest.trimming(" ")
            while text.hasSuffix("#") { text.removeLast() }
            return (hashes, text.trimming(" "))
        }

        static func isThematicBreak(_ line: Substring) -> Bool {
            let marks = line.filter { $0 != " " }
            return marks.count >= 3 && Set(marks).count == 1 && ["-", "*", "_"].contains(marks.first!)
        }
    }
}

/// Lengths of reader output, in Unicode scalars.
enum TextLength {
    /// The visible text length of a cell's blocks.
    static func of(_ content: TableAssembler.CellContent) -> Int {
        content.reduce(0) { $0 + $1.content.length }
    }
}

extension StringProtocol {
    /// The text without leading and trailing characters from `set`.
    func trimming(_ set: String) -> String {
        let characters = Set(set)
        return String(drop { characters.contains($0) }.reversed().drop { characters.contains($0) }.reversed())
    }

    /// The text without trailing spaces and tabs.
    func trimmingTrailingSpaces() -> String {
        String(String(reversed().drop { $0 == " " || $0 == "\t" }).reversed())
    }
}
