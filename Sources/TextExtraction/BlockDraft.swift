import PipelineCore

/// A block as a reader builds it, before blocks are numbered.
struct BlockDraft: Hashable, Sendable {
    var kind: Block.Kind
    var content: StyledText
    var level: Int?
    var label: String?
    var table: Table?

    /// A paragraph.
    static func paragraph(_ content: StyledText) -> BlockDraft {
        BlockDraft(kind: .paragraph, content: content)
    }

    /// A list item with its label and nesting level.
    static func listItem(_ content: StyledText, label: String, level: Int) -> BlockDraft {
        BlockDraft(kind: .listItem, content: content, level: level, label: label)
    }

    /// A heading at `level` (1 = top).
    static func heading(_ content: StyledText, level: Int) -> BlockDraft {
        BlockDraft(kind: .heading, content: content, level: level)
    }

    /// The finished block at `index`.
    func block(index: Int) -> Block {
        Block(
            index: index, kind: kind, text: content.text, level: level, label: label,
            font: kind == .table ? nil : content.font, spans: content.spans.isEmpty ? nil : content.spans,
            table: table)
    }

    /// Numbers drafts into blocks, first joining paragraphs that a page break split mid-sentence.
    static func finish(_ drafts: [BlockDraft]) -> [Block] {
        var joined: [BlockDraft] = []
        for draft in drafts where !draft.content.isEmpty || draft.kind == .table {
            if var previous = joined.last, draft.continuesSentence(of: previous) {
                previous.content.append(draft.content)
                joined[joined.count - 1] = previous
            } else {
                joined.append(draft)
            }
        }
        return joined.enumerated().map { $0.element.block(index: $0.offset) }
    }

    /// True when this paragraph starts in lower case right after a paragraph or list item that
    /// stops without closing punctuation: the two halves of one sentence split by a page break.
    ///
    /// Not when this paragraph starts with a list label ("g) Do you…"), when either half is set
    /// differently (a bold question after plain text), or when the previous block is a list of
    /// hard-broken lines.
    func continuesSentence(of previous: BlockDraft) -> Bool {
        guard kind == .paragraph, previous.kind == .paragraph || previous.kind == .listItem,
              let first = content.text.first, first.isLowercase,
              let last = previous.content.text.last,
              !previous.content.text.contains("\n"),
              ListMarker.orderedLabel(in: content.text[...]) == nil,
              content.font == previous.content.font
        else { return false }
        return last.isLetter || last == ","
    }
}
