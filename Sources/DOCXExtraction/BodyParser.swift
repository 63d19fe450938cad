import PipelineCore

/// Reads the block content of one WordprocessingML part (document body, header, footer,
/// footnotes) from a streaming reader in a single pass: paragraphs with their runs, lists,
/// tables, text boxes, fields and tracked changes.
///
/// Markup that is never shown is skipped unread: deleted and moved-away text, earlier
/// formatting of tracked changes, content-control properties, and every
/// `mc:AlternateContent` branch but the first one present.
final class BodyParser {
    /// Elements whose whole content is skipped.
    private static let hidden: Set<String> = [
        "del", "moveFrom", "delText", "delInstrText", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange",
        "trPrChange", "tcPrChange", "tblGridChange", "numberingChange", "sdtEndPr", "sectPr", "ffData",
        "fldData",
    ]

    private let reader: XMLPartReader
    private let context: DocumentContext
    private let relationships: Relationships
    private var alternates: [Bool] = []
    private var placeholderShowing = false
    private var fields: [FieldState] = []
    private var pendingNotes: [(Note.Kind, String)] = []

    /// Creates a parser for one part.
    /// - Parameters:
    ///   - reader: The part's reader, positioned before its first node.
    ///   - context: The package-wide styles, list counters and findings.
    ///   - relationships: The part's relationships (for hyperlink targets).
    init(reader: XMLPartReader, context: DocumentContext, relationships: Relationships) {
        self.reader = reader
        self.context = context
        self.relationships = relationships
    }

    // MARK: Parts

    /// Reads a main document part: the blocks of `w:body`, recording which block holds each
    /// note reference.
    func parseDocument() throws -> [Block] {
        defer { reportOpenFields() }
        while try next() {
            if reader.node == .start, reader.name == .w("body") {
                return try parseContainer(depth: reader.depth, assignsNotes: true)
            }
        }
        return []
    }

    /// Reads a header or footer part: the blocks under its root element.
    func parseFurniture() throws -> [Block] {
        defer { reportOpenFields() }
        while try next() {
            if reader.node == .start, reader.depth == 0 {
                return try parseContainer(depth: 0)
            }
        }
        return []
    }

    /// Reads a footnotes or endnotes part, skipping separator notes.
    func parseNotes(kind: Note.Kind) throws -> [Note] {
        defer { reportOpenFields() }
        var notes: [Note] = []
        let element = kind == .footnote ? "footnote" : "endnote"
        while try next() {
            guard reader.node == .start, reader.name == .w(element) else { continue }
            let type = reader.attribute(.word, "type")
            let identifier = reader.attribute(.word, "id") ?? String(notes.count + 1)
            let depth = reader.depth
            if let type, type != "normal" {
                try reader.skipElement()
                continue
            }
            let blocks = try parseContainer(depth: depth)
            let text = blocks.map(\.text).joined(separator: "\n")
            guard !text.isEmpty else { continue }
            notes.append(
                Note(
                    kind: kind, identifier: identifier, text: text,
                    referencedFrom: context.noteOrigins[kind]?[identifier]))
        }
        return notes
    }

    /// Warns when the part ended inside a field: text after an unterminated field
    /// instruction was not shown, as Word would not show it.
    private func reportOpenFields() {
        guard !fields.isEmpty else { return }
        context.warn(
            "docx.unterminated-field",
            "\(reader.part) ends inside \(fields.count) unterminated field(s); text after the field start may be missing")
    }

    // MARK: Stream

    /// Advances to the next node worth reading, skipping hidden content and unchosen
    /// alternate-content branches.
    private func next() throws -> Bool {
        while try reader.read() {
            guard reader.node != .text else { return true }
            let name = reader.name
            if name.namespace == .compatibility {
                switch (reader.node, name.local) {
                case (.start, "AlternateContent"): alternates.append(false)
                case (.end, "AlternateContent"): _ = alternates.popLast()
                case (.start, "Choice"), (.start, "Fallback"):
                    if alternates.last == true {
                        try reader.skipElement()
                    } else if !alternates.isEmpty {
                        alternates[alternates.count - 1] = true
                    }
                default: break
                }
                continue
            }
            if reader.node == .start, name.namespace == .word {
                if Self.hidden.contains(name.local) {
                    try reader.skipElement()
                    continue
                }
                if name.local == "sdtPr" {
                    placeholderShowing = try contentControlShowsPlaceholder(depth: reader.depth)
                    continue
                }
                if name.local == "sdtContent" && placeholderShowing {
                    placeholderShowing = false
                    try reader.skipElement()
                    continue
                }
            } else if reader.node == .end, name == .w("sdt") {
                placeholderShowing = false
            }
            return true
        }
        return false
    }

    /// Reads a content control's properties (never shown) and tells whether the control
    /// shows its placeholder prompt ("Click here to enter text.") rather than content.
    private func contentControlShowsPlaceholder(depth: Int) throws -> Bool {
        var showing = false
        while try reader.read() {
            if reader.node == .end, reader.depth == depth { break }
            if reader.node == .start, reader.name == .w("showingPlcHdr") {
                showing = reader.attribute(.word, "val").map { !["0", "false", "off"].contains($0) } ?? true
            }
        }
        return showing
    }

    // MARK: Blocks

    /// Reads paragraphs and tables until the end of the element started at `depth`.
    private func parseContainer(depth: Int, assignsNotes: Bool = false) throws -> [Block] {
        var noCell: TableBuilder.CellDraft?
        return try parseContainer(depth: depth, assignsNotes: assignsNotes, cell: &noCell)
    }

    /// Reads paragraphs and tables until the end of the element started at `depth`, taking
    /// cell properties (`w:tcPr`) into `cell` when it is not nil.
    private func parseContainer(
        depth: Int, assignsNotes: Bool, cell: inout TableBuilder.CellDraft?
    ) throws -> [Block] {
        var blocks: [Block] = []
        var paragraphFills: [String?] = []
        func add(_ block: Block) {
            var block = block
            block.index = blocks.count
            blocks.append(block)
            if assignsNotes {
                for (kind, id) in pendingNotes where context.noteOrigins[kind]?[id] == nil {
                    context.noteOrigins[kind, default: [:]][id] = block.index
                }
                pendingNotes.removeAll()
            }
        }
        func finish() -> [Block] {
            // A cell coloured through its paragraphs: every paragraph shaded alike.
            if cell != nil, let fill = paragraphFills.first ?? nil, !fill.isEmpty,
                paragraphFills.allSatisfy({ $0 == fill })
            {
                cell?.paragraphShading = fill
            }
            return blocks
        }
        while try next() {
            switch reader.node {
            case .end where reader.depth == depth:
                return finish()
            case .start where reader.name.namespace == .word:
                switch reader.name.local {
                case "p":
                    let (paragraph, boxes, fill) = try parseParagraph(depth: reader.depth)
                    paragraphFills.append(fill)
                    if let paragraph { add(paragraph) }
                    boxes.forEach(add)
                case "tbl":
                    add(try parseTable(depth: reader.depth))
                case "tcPr" where cell != nil && reader.depth == depth + 1:
                    try parseCellProperties(depth: reader.depth, into: &cell)
                default:
                    break
                }
            default:
                break
            }
        }
        return finish()
    }

    // MARK: Paragraphs

    /// Reads one `w:p`; returns the paragraph (nil when it shows no text), the blocks of any
    /// text boxes anchored in it, and its shading fill (empty when explicitly automatic).
    private func parseParagraph(depth: Int) throws -> (Block?, [Block], String?) {
        var builder = ParagraphBuilder()
        var boxes: [Block] = []
        var properties = ParagraphProperties()
        var base: RunFormat?
        var run = RunFormat()
        var links: [String?] = []
        var inText = false
        var inInstruction = false

        func emit(_ piece: String) {
            guard fields.allSatisfy({ $0.phase == .result }) else { return }
            if base == nil { base = paragraphBase(properties) }
            let format = base!.overlaid(by: run)
            guard format.hidden != true else { return }
            var raw = piece
            if SymbolFonts.isSymbolFont(format.font) {
                raw = String(
                    String.UnicodeScalarView(
                        piece.unicodeScalars.map { scalar in
                            guard (0xF000...0xF0FF).contains(scalar.value) else { return scalar }
                            return SymbolFonts.character(code: scalar.value, font: format.font)?.unicodeScalars.first
                                ?? scalar
                        }))
            }
            let link: String? = links.last(where: { $0 != nil }).flatMap { $0 } ?? fields.last(where: { $0.link != nil })?.link
            builder.append(TextNormalizer.clean(raw), format: format, link: link)
        }

        while try next() {
            switch reader.node {
            case .end where reader.depth == depth && reader.name == .w("p"):
                return (try finishParagraph(builder, properties: properties), boxes, properties.shading)
            case .text:
                if inText {
                    emit(reader.text())
                } else if inInstruction, !fields.isEmpty, fields[fields.count - 1].phase == .instruction {
                    fields[fields.count - 1].instruction += reader.text()
                }
            case .start where reader.name.namespace == .word:
                switch reader.name.local {
                case "pPr" where reader.depth == depth + 1:
                    properties = try parseParagraphProperties(depth: reader.depth)
                    base = nil
                case "r": run = RunFormat()
                case "rPr": run = try parseRunProperties(depth: reader.depth)
                case "t": inText = true
                case "instrText": inInstruction = true
                case "tab", "ptab": emit("\t")
                case "br", "cr": emit("\n")
                case "noBreakHyphen": emit("-")
                case "sym":
                    let code = reader.attribute(.word, "char").flatMap { UInt32($0, radix: 16) }
                    let font = reader.attribute(.word, "font")
                    if let code, let character = SymbolFonts.character(code: code, font: font) {
                        emit(String(character))
                    } else {
                        context.warn(
                            "docx.unmapped-symbol",
                            "a symbol \(reader.attribute(.word, "char") ?? "?") in font \(font ?? "?") has no Unicode equivalent and was left out")
                    }
                case "fldChar":
                    switch reader.attribute(.word, "fldCharType") {
                    case "begin": fields.append(FieldState(phase: .instruction))
                    case "separate": if !fields.isEmpty { fields[fields.count - 1].separate() }
                    case "end": _ = fields.popLast()
                    default: break
                    }
                case "fldSimple":
                    fields.append(FieldState(phase: .result, instruction: reader.attribute(.word, "instr") ?? ""))
                case "hyperlink":
                    links.append(hyperlinkTarget())
                case "footnoteReference", "endnoteReference":
                    if let id = reader.attribute(.word, "id") {
                        pendingNotes.append((reader.name.local == "footnoteReference" ? .footnote : .endnote, id))
                    }
                case "txbxContent":
                    boxes += try parseContainer(depth: reader.depth)
                case "p":
                    let (paragraph, inner, _) = try parseParagraph(depth: reader.depth)
                    if let paragraph { boxes.append(paragraph) }
                    boxes += inner
                case "tbl":
                    boxes.append(try parseTable(depth: reader.depth))
                default:
                    break
                }
            case .end where reader.name.namespace == .word:
                switch reader.name.local {
                case "t": inText = false
                case "instrText": inInstruction = false
                case "r": run = RunFormat()
                case "hyperlink": _ = links.popLast()
                case "fldSimple": _ = fields.popLast()
                default: break
                }
            default:
                break
            }
        }
        return (try finishParagraph(builder, properties: properties), boxes, properties.shading)
    }

    /// The link target of the `w:hyperlink` the reader is on: its relationship's target or
    /// its bookmark anchor.
    private func hyperlinkTarget() -> String? {
        let anchor = reader.attribute(.word, "anchor")
        if let id = reader.attribute(.relationships, "id") {
            if let relationship = relationships[id] {
                return anchor.map { relationship.target + "#" + $0 } ?? relationship.target
            }
            context.warn("docx.unknown-link", "a hyperlink refers to relationship \(id), which the document does not define")
        }
        return anchor.map { "#" + $0 }
    }

    /// A paragraph's own properties as read from `w:pPr`.
    private struct ParagraphProperties {
        var styleId: String?
        var numId: String?
        var level: Int?
        var outlineLevel: Int?
        /// The paragraph's shading fill (`w:pPr/w:shd`); empty when explicitly automatic.
        var shading: String?
        /// True when a tracked change deleted the paragraph's mark (`w:pPr/w:rPr/w:del`): with
        /// the changes accepted, a paragraph whose text was deleted too is gone (one with text
        /// left is still read as a paragraph of its own).
        var markDeleted = false
    }

    /// Reads the paragraph mark's run properties (`w:pPr/w:rPr`, the reader on its start) to
    /// their end: true when a tracked deletion or move took the mark away.
    private func paragraphMarkDeleted(depth: Int) throws -> Bool {
        var deleted = false
        while try reader.read() {
            if reader.node == .end, reader.depth == depth { break }
            // Only the mark's own properties: a deletion inside `w:rPrChange` is an earlier state.
            if reader.node == .start, reader.depth == depth + 1, reader.name.namespace == .word,
               reader.name.local == "del" || reader.name.local == "moveFrom" {
                deleted = true
            }
        }
        return deleted
    }

    private func parseParagraphProperties(depth: Int) throws -> ParagraphProperties {
        var properties = ParagraphProperties()
        while try next() {
            switch reader.node {
            case .end where reader.depth == depth:
                return properties
            case .start where reader.name.namespace == .word:
                switch reader.name.local {
                case "pStyle": properties.styleId = reader.attribute(.word, "val")
                case "numId": properties.numId = reader.attribute(.word, "val")
                case "ilvl": properties.level = reader.attribute(.word, "val").flatMap { Int($0) }
                case "outlineLvl": properties.outlineLevel = reader.attribute(.word, "val").flatMap { Int($0) }
                case "shd" where reader.depth == depth + 1: properties.shading = RunFormat.shadingColor(reader) ?? ""
                case "rPr": properties.markDeleted = try paragraphMarkDeleted(depth: reader.depth)
                default: break
                }
            default:
                break
            }
        }
        return properties
    }

    private func parseRunProperties(depth: Int) throws -> RunFormat {
        var format = RunFormat()
        while try next() {
            switch reader.node {
            case .end where reader.depth == depth:
                return format
            case .start where reader.depth == depth + 1:
                if reader.name == .w("rStyle") {
                    if let id = reader.attribute(.word, "val"), let style = context.styles[id] {
                        format = style.ownRun.overlaid(by: format)
                    }
                } else {
                    format.apply(reader)
                }
            default:
                break
            }
        }
        return format
    }

    /// The run formatting a paragraph's style gives its text.
    private func paragraphBase(_ properties: ParagraphProperties) -> RunFormat {
        let id = properties.styleId ?? context.styles.defaultParagraphStyle
        return id.flatMap { context.styles[$0]?.run } ?? context.styles.defaults
    }

    private func finishParagraph(_ builder: ParagraphBuilder, properties: ParagraphProperties) throws -> Block? {
        let styleId = properties.styleId ?? context.styles.defaultParagraphStyle
        let style = styleId.flatMap { context.styles[$0] }
        var reference: ListReference?
        if let numId = properties.numId {
            if numId != "0" { reference = ListReference(numId: numId, level: properties.level ?? 0) }
        } else if var inherited = style?.numbering {
            if let level = properties.level { inherited.level = level }
            reference = inherited
        }
        // A paragraph whose text and mark were both deleted is gone once the changes are
        // accepted: it takes no number from its list.
        if properties.markDeleted, builder.isEmpty { return nil }
        let label = reference.flatMap { context.lists.next($0) }
        if let reference, label == nil, !context.lists.knows(reference) {
            context.warn(
                "docx.unknown-list",
                "a paragraph refers to list \(reference.numId) level \(reference.level), which numbering.xml does not define; read without a label")
        }
        let (text, spans, font) = builder.finish()
        guard !text.isEmpty else { return nil }
        var heading: Int?
        if let outline = properties.outlineLevel, (0...8).contains(outline) {
            heading = outline + 1
        } else if properties.outlineLevel == nil {
            heading = style?.headingLevel
        }
        let kind: Block.Kind = heading != nil ? .heading : (label != nil ? .listItem : .paragraph)
        return Block(
            index: 0, kind: kind, text: text, level: heading ?? (label != nil ? reference?.level : nil), label: label,
            style: style?.name ?? properties.styleId, font: font, spans: spans)
    }

    // MARK: Tables

    private func parseTable(depth: Int) throws -> Block {
        var table = TableBuilder()
        var row: TableBuilder.RowDraft?
        while try next() {
            switch reader.node {
            case .end where reader.depth == depth:
                if let row { table.rows.append(row) }
                return table.build()
            case .start where reader.name.namespace == .word:
                switch reader.name.local {
                case "tblPr":
                    let properties = try parseTableProperties(depth: reader.depth)
                    table.tableShading = properties.shading
                    table.style = properties.styleId.map { context.styles[$0]?.name ?? $0 }
                case "tblGrid":
                    try reader.skipElement()
                case "tblPrEx":
                    row?.shading = try parseTableProperties(depth: reader.depth).shading
                case "tr":
                    if let row { table.rows.append(row) }
                    row = TableBuilder.RowDraft()
                case "tblHeader":
                    row?.isHeader = reader.attribute(.word, "val").map { !["0", "false", "off"].contains($0) } ?? true
                case "gridBefore":
                    row?.gridBefore = reader.attribute(.word, "val").flatMap { Int($0) } ?? 0
                case "tc":
                    var cell: TableBuilder.CellDraft? = TableBuilder.CellDraft()
                    let blocks = try parseContainer(depth: reader.depth, assignsNotes: false, cell: &cell)
                    cell?.blocks = blocks
                    if let cell { row?.cells.append(cell) }
                default:
                    break
                }
            case .end where reader.name == .w("tr"):
                if let row { table.rows.append(row) }
                row = nil
            default:
                break
            }
        }
        if let row { table.rows.append(row) }
        return table.build()
    }

    /// Reads a `w:tblPr` or `w:tblPrEx`: its shading fill and its table style's id.
    private func parseTableProperties(depth: Int) throws -> (shading: String?, styleId: String?) {
        var shading: String?
        var styleId: String?
        while try next() {
            switch reader.node {
            case .end where reader.depth == depth:
                return (shading, styleId)
            case .start where reader.depth == depth + 1 && reader.name == .w("shd"):
                shading = RunFormat.shadingColor(reader)
            case .start where reader.depth == depth + 1 && reader.name == .w("tblStyle"):
                styleId = reader.attribute(.word, "val")
            default:
                break
            }
        }
        return (shading, styleId)
    }

    private func parseCellProperties(depth: Int, into cell: inout TableBuilder.CellDraft?) throws {
        while try next() {
            switch reader.node {
            case .end where reader.depth == depth:
                return
            case .start where reader.depth == depth + 1 && reader.name.namespace == .word:
                switch reader.name.local {
                case "gridSpan": cell?.columnSpan = reader.attribute(.word, "val").flatMap { Int($0) } ?? 1
                case "vMerge": cell?.verticalMerge = reader.attribute(.word, "val") == "restart" ? .restart : .continue
                case "shd": cell?.shading = RunFormat.shadingColor(reader) ?? ""
                default: break
                }
            default:
                break
            }
        }
    }
}
