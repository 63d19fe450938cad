import PipelineCore

/// Finds footnotes: the lines at the foot of a page's body that open with the number of a
/// raised note reference made earlier on the page ("Unknown¹" … "1 Destinations Unknown- …"),
/// with the lines that carry on after them.
enum FootnoteFinder {
    /// Moves the footnotes out of each page's lines.
    /// - Returns: The pages without their footnote lines, and the notes in page order with the
    ///   page each sits on.
    static func separate(_ pages: [PageLayout]) -> (pages: [PageLayout], notes: [(note: Note, page: Int)]) {
        var notes: [(note: Note, page: Int)] = []
        var kept: [PageLayout] = []
        for var page in pages {
            let lines = page.lines
            let references = Set(lines.flatMap { $0.fragments.flatMap(\.raisedDigits) })
            func mark(of line: TextLine) -> String? {
                let digits = String(line.cleaned.prefix { $0.isNumber })
                guard !digits.isEmpty, references.contains(digits),
                      line.cleaned.dropFirst(digits.count).first == " " else { return nil }
                return digits
            }
            // The notes area starts at a marked line in the lower half of the page after which
            // every line is a marked line or follows the one above closely.
            var start: Int?
            var index = lines.count - 1
            while index >= 0, lines[index].y0 > page.height / 2 {
                if mark(of: lines[index]) != nil { start = index }
                if index > 0 {
                    let gap = lines[index].y0 - lines[index - 1].y1
                    if mark(of: lines[index]) == nil && gap > 0.5 * max(lines[index].height, 1) { break }
                }
                index -= 1
            }
            if let start {
                var current: (mark: String, text: String)?
                for line in lines[start...] {
                    if let mark = mark(of: line) {
                        if let current { notes.append((Note(kind: .footnote, identifier: current.mark, text: current.text), page.number)) }
                        let text = String(line.cleaned.dropFirst(mark.count)).trimmingPrefix(" ")
                        current = (mark, String(text))
                    } else if let open = current {
                        current = (open.mark, open.text + " " + line.cleaned)
                    }
                }
                if let current { notes.append((Note(kind: .footnote, identifier: current.mark, text: current.text), page.number)) }
                page.lines = Array(lines[..<start])
            }
            kept.append(page)
        }
        return (kept, notes)
    }

    /// The body block that carries a note's reference: on the note's page, the first block whose
    /// text has the mark right after a word ("Unknown1").
    static func reference(to note: Note, onPage page: Int, in blocks: [Block]) -> Int? {
        blocks.first { block in
            guard block.page == page, block.kind != .table else { return false }
            let scalars = Array(block.text.unicodeScalars), mark = Array(note.identifier.unicodeScalars)
            guard scalars.count > mark.count else { return false }
            for start in 1...(scalars.count - mark.count) where Array(scalars[start..<start + mark.count]) == mark {
                let before = Character(scalars[start - 1]), end = start + mark.count
                let after = end < scalars.count ? Character(scalars[end]) : " "
                if (before.isLetter || before == ")") && !after.isNumber && !after.isLetter { return true }
            }
            return false
        }?.index
    }
}
