import Foundation

/// Splits HTML block markup (`<p>`, `<ol>`/`<ul>`, `<li>`, `<div>`) into paragraphs and list
/// items, reducing each one's inline markup.
enum HTMLBlocks {
    /// True when `source` holds block-level HTML.
    static func containsBlockMarkup(_ source: String) -> Bool {
        let lower = source.lowercased()
        return lower.contains("<p>") || lower.contains("<p ") || lower.contains("<li") || lower.contains("<ol")
            || lower.contains("<ul") || lower.contains("<div")
    }

    /// True when `source` holds a list or more than one paragraph: body text, not a table cell.
    static func isBodyContent(_ source: String) -> Bool {
        let lower = source.lowercased()
        return lower.contains("<li") || lower.components(separatedBy: "<p").count > 2
    }

    /// The blocks in `source`; text outside any element becomes a paragraph.
    /// - Parameters:
    ///   - source: One line (or one table cell) of HTML-bearing text.
    ///   - markdown: Whether Markdown inline syntax also applies.
    static func drafts(_ source: String, markdown: Bool) -> [BlockDraft] {
        var out: [BlockDraft] = []
        var lists: [(ordered: Bool, unlabelled: Bool, counter: Int)] = []
        var buffer = ""
        var inItem = false
        let chars = Array(source)

        func flush() {
            let content = InlineMarkup.reduce(buffer, markdown: markdown)
            buffer = ""
            guard !content.isEmpty else { return }
            if inItem, let list = lists.last {
                let level = max(0, lists.count - 1)
                if let label = ListMarker.orderedLabel(in: content.text[...]) {
                    out.append(.listItem(content.droppingPrefix(label.unicodeScalars.count), label: label, level: level))
                } else if list.ordered && !list.unlabelled {
                    out.append(.listItem(content, label: "\(list.counter).", level: level))
                } else {
                    out.append(.listItem(content, label: ListMarker.bulletLabel, level: level))
                }
            } else {
                out.append(.paragraph(content))
            }
        }

        var i = 0
        while i < chars.count {
            if chars[i] == "<", let tag = HTMLTag.parse(chars, at: i, stop: chars.count),
               ["p", "div", "ol", "ul", "li", "h1", "h2", "h3", "h4", "h5", "h6"].contains(tag.name) {
                flush()
                switch (tag.name, tag.isClosing) {
                case ("ol", false), ("ul", false):
                    let unlabelled = tag.styleAttribute?.lowercased().contains("none") ?? false
                    lists.append((tag.name == "ol", unlabelled, 0))
                    inItem = false
                case ("ol", true), ("ul", true):
                    _ = lists.popLast()
                    inItem = false
                case ("li", false):
                    if !lists.isEmpty { lists[lists.count - 1].counter += 1 }
                    inItem = !lists.isEmpty
                case ("li", true):
                    inItem = false
                default:
                    break
                }
                i = tag.end
            } else {
                buffer.append(chars[i])
                i += 1
            }
        }
        flush()
        return out
    }
}
