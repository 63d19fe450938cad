import PipelineCore

/// Turns a document's lines and tables, in reading order, into blocks: joins lines into
/// paragraphs by spacing, repairs end-of-line hyphenation, recognises headings and list
/// items, and joins a table that continues across a page break into one table block.
struct BlockBuilder {
    /// One thing in reading order.
    enum Item {
        case line(TextLine)
        case table(PlacedTable)
    }

    /// The document's heading styles.
    var headings: HeadingClassifier
    /// The words the document writes, for mending words cut at line ends.
    var words: DocumentWords

    /// Builds the body blocks, indexed in order.
    func build(_ items: [Item]) -> [Block] {
        var rightEdges: [Int: Double] = [:]
        for case .line(let line) in items where line.column == nil { rightEdges[line.page] = max(rightEdges[line.page] ?? 0, line.x1) }
        var blocks: [Block] = []
        var pendingLines: [TextLine] = []
        var table: TableAccumulator?
        func flushLines() {
            guard !pendingLines.isEmpty else { return }
            blocks += paragraphs(pendingLines, allowHeadings: true) { $0.column?.right ?? rightEdges[$0.page] ?? $0.x1 }
            pendingLines = []
        }
        func flushTable() {
            guard let current = table else { return }
            blocks.append(current.block(builder: self))
            table = nil
        }
        for item in items {
            switch item {
            case .line(let line):
                flushTable()
                pendingLines.append(line)
            case .table(let placed):
                flushLines()
                if table?.canContinue(with: placed) == true {
                    table?.append(placed)
                } else {
                    flushTable()
                    table = TableAccumulator(placed)
                }
            }
        }
        flushLines()
        flushTable()
        for index in blocks.indices { blocks[index].index = index }
        return blocks
    }

    /// Groups lines into headings, paragraphs and list items.
    /// - Parameters:
    ///   - lines: Lines in reading order (a whole document body, or one table cell).
    ///   - allowHeadings: False inside table cells, where bold text is emphasis, not structure.
    ///   - leading: The usual gap between lines of one paragraph in this text, when known.
    ///   - rightEdge: How far the text column of a line reaches.
    func paragraphs(
        _ lines: [TextLine], allowHeadings: Bool, leading: Double? = nil, rightEdge: (TextLine) -> Double
    ) -> [Block] {
        var blocks: [Block] = []
        var group: ParagraphGroup?
        for line in lines {
            let cleaned = line.cleaned
            guard !cleaned.isEmpty else { continue }
            let key = allowHeadings ? headings.key(for: line) : nil
            var label = key == nil ? ListLabel.split(cleaned) : nil
            if let found = label, let current = group, current.endsOpen, found.rest.first?.isLowercase ?? false,
               found.label.first == "(" {
                label = nil
            }
            // A paragraph wrapped before a spaced dash ("… Started" ⏎ "– work has started and is
            // continuing."): the dash carries the sentence on; it is no bullet.
            if let found = label, let current = group, current.isParagraph, current.endsOpen,
               found.label == "–" || found.label == "—", found.rest.first?.isLowercase ?? false {
                label = nil
            }
            // Tested and grown in place: a copy of the group would copy its text on every line.
            if group?.accepts(line, cleaned: cleaned, heading: key, labelled: label != nil, inCell: !allowHeadings,
                              rightEdge: rightEdge(line), previousEdge: group?.lastLine.map(rightEdge), leading: leading) == true {
                group?.add(line, cleaned: cleaned, heading: key, words: words, cellEdge: allowHeadings ? nil : rightEdge(line))
                continue
            }
            if let current = group { blocks.append(current.block(headings: headings)) }
            group = ParagraphGroup(line: line, cleaned: cleaned, heading: key, label: label)
        }
        if let current = group { blocks.append(current.block(headings: headings)) }
        Self.assignListLevels(&blocks)
        for index in blocks.indices { blocks[index].index = index }
        return blocks
    }

    /// Normalises one line: a private-use (Symbol font) bullet at the start becomes "•", then
    /// ligatures, soft hyphens and stray glyphs are cleaned and spaces collapsed.
    static func clean(_ raw: String) -> String {
        var text = raw
        if let first = text.unicodeScalars.first, (0xE000...0xF8FF).contains(first.value) {
            text = "•" + String(text.unicodeScalars.dropFirst())
        }
        return TextNormalizer.collapseWhitespace(TextNormalizer.clean(text))
    }

    /// Sets list nesting levels from indentation: within each run of consecutive list items,
    /// the distinct left edges ranked from the left (0 = outermost).
    private static func assignListLevels(_ blocks: inout [Block]) {
        var start = 0
        while start < blocks.count {
            guard blocks[start].kind == .listItem else { start += 1; continue }
            var end = start
            while end < blocks.count, blocks[end].kind == .listItem { end += 1 }
            var edges: [Double] = []
            for x in blocks[start..<end].compactMap({ $0.box?.x0 }).sorted() {
                if let last = edges.last, x - last < 6 { continue }
                edges.append(x)
            }
            for index in start..<end {
                let x = blocks[index].box?.x0 ?? 0
                blocks[index].level = max(0, (edges.lastIndex { $0 <= x + 3 }) ?? 0)
            }
            start = end
        }
    }
}
