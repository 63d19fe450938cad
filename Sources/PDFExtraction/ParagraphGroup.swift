import PipelineCore

/// Lines being gathered into one heading, paragraph or list item.
struct ParagraphGroup {
    private var kind: Block.Kind
    private var heading: HeadingClassifier.Key?
    private var label: String?
    private var text: String
    private var lines: [TextLine]
    /// Gaps between the lines so far, sorted.
    private var gaps: [Double] = []

    /// Starts a group with its first line.
    init(line: TextLine, cleaned: String, heading: HeadingClassifier.Key?, label: (label: String, rest: String)?) {
        self.heading = heading
        self.lines = [line]
        if heading != nil {
            kind = .heading
            text = cleaned
        } else if let label {
            kind = .listItem
            self.label = label.label
            text = label.rest
        } else {
            kind = .paragraph
            text = cleaned
        }
    }

    /// The last line added.
    var lastLine: TextLine? { lines.last }

    /// True when the group is a paragraph of body text (not a heading or list item).
    var isParagraph: Bool { kind == .paragraph }

    /// True when the group is body text whose last sentence is still open (no closing
    /// punctuation), so a "(1)" opening the next line is a reference, not a new item.
    var endsOpen: Bool {
        kind != .heading && !(text.last.map { ".:;?!".contains($0) } ?? true)
    }

    /// True when `line` continues this group rather than starting a new block.
    /// - Parameters:
    ///   - inCell: True inside a table cell, where a page break never ends a paragraph.
    ///   - rightEdge: Where lines of this text column can reach; a line that stops short of it
    ///     although the next line's first word would have fitted ends its paragraph.
    ///   - leading: The usual gap between the lines of one paragraph in this text, when known.
    ///   - previousEdge: Where the last line's own text column reaches, when known.
    func accepts(
        _ line: TextLine, cleaned: String, heading key: HeadingClassifier.Key?, labelled: Bool,
        inCell: Bool, rightEdge: Double, previousEdge: Double? = nil, leading: Double? = nil
    ) -> Bool {
        guard let previous = lines.last else { return false }
        let size = max(line.size, previous.size, 4)
        let gap = line.y0 - previous.y1
        let firstWord = line.fragments.first?.firstWordWidth ?? 0
        // Text that runs on from the foot of one column to the head of the next: the last
        // line filled its own column and the sentence is still open.
        if let from = previous.column, let to = line.column, from.bandTop == to.bandTop, to.index == from.index + 1 {
            guard kind == .paragraph, key == nil, !labelled, abs(line.size - previous.size) <= 0.6 else { return false }
            let filled = previous.x1 + 0.3 * size + firstWord >= (previousEdge ?? from.right) - 0.25 * size
            return filled && ((cleaned.first?.isLowercase ?? false) || endsOpen)
        }
        let previousWrapped = previous.x1 + 0.3 * size + firstWord >= rightEdge - 0.25 * size
        if kind == .heading || key != nil {
            if !(kind == .heading && key == heading), !labelled,
               continuesBoldParagraph(line, heading: key, gap: gap, size: size, previousWrapped: previousWrapped) {
                return true
            }
            return kind == .heading && key == heading && line.page == previous.page
                && gap > -0.5 * size && gap <= 0.6 * size
        }
        if labelled { return false }
        if abs(line.size - previous.size) > 0.6 { return false }
        if !previousWrapped { return false }
        if line.page != previous.page {
            guard line.page == previous.page + 1 else { return false }
            if inCell || (cleaned.first?.isLowercase ?? false) { return true }
            // A capitalised word ("VCS" / "Infrastructure …") carries the paragraph on when the
            // last line filled the column mid-sentence and the new page's line starts at the
            // paragraph's left edge.
            return endsOpen && abs(line.x0 - previous.x0) <= 0.5 * size
        }
        if gap < -0.5 * size { return false }
        // A paragraph's first gap is measured against the leading its text is set with, when
        // known (a table's cells), else against a third of the type size.
        let allowed = gaps.isEmpty ? (leading.map { $0 + 0.2 * size } ?? 0.3 * size) : (gaps[gaps.count / 2] + 0.25 * size)
        return gap <= allowed
    }

    /// True when a bold line carries on a bold run rather than starting a block: the run's
    /// last line wraps at the column's edge, its sentence is still open, and the line is bold
    /// in the run's size, starts at the run's left edge and follows at the run's leading. Such
    /// a run is an emphasised paragraph, although its opening lines (read as a heading) or
    /// one of its later lines (read alone as a heading) look like bold headings at body size.
    /// - Parameter key: The line's own heading style, if it has one.
    private func continuesBoldParagraph(
        _ line: TextLine, heading key: HeadingClassifier.Key?, gap: Double, size: Double, previousWrapped: Bool
    ) -> Bool {
        let boldRun = kind == .heading ? heading?.bold == true : (kind == .paragraph && lines[0].bold && lines[lines.count - 1].bold)
        guard boldRun, line.bold, key.map(\.bold) ?? true, previousWrapped, let previous = lines.last,
              line.page == previous.page, abs(line.size - previous.size) <= 0.6,
              abs(line.x0 - lines[0].x0) <= 0.5 * size,
              let last = text.last, !".:;?!".contains(last) else { return false }
        let allowed = gaps.isEmpty ? 0.6 * size : gaps[gaps.count / 2] + 0.25 * size
        return gap > -0.5 * size && gap <= allowed
    }

    /// Adds a line, repairing words cut at the join: "in-" + "depth" keeps its hyphen when
    /// the document writes "in-depth" elsewhere, else the hyphen goes. In a table cell, a word too long for its column is cut without a hyphen
    /// ("Decemb" + "er 2026"): a line of one word that fills the cell, followed by lowercase
    /// letters that make with it a word the document writes elsewhere, is joined without a space.
    /// - Parameters:
    ///   - words: The words the document writes.
    ///   - key: The line's own heading style; a line of another style (body text) joining a
    ///     heading group makes the group a paragraph.
    ///   - cellEdge: Where text in the line's table cell can reach; nil outside tables.
    mutating func add(
        _ line: TextLine, cleaned: String, heading key: HeadingClassifier.Key? = nil, words: DocumentWords, cellEdge: Double? = nil
    ) {
        if kind == .heading, key != heading {
            kind = .paragraph
            heading = nil
        }
        let previous = lines.last
        if let previous, previous.page == line.page { insertGap(line.y0 - previous.y1) }
        let softHyphen = previous?.text.unicodeScalars.last == "\u{00AD}"
        lines.append(line)
        if softHyphen {
            text += cleaned
            return
        }
        // Only the end of the text so far is looked at, so adding a line costs the line's length.
        if Self.endsInHyphenAfterLowercase(text), cleaned.first?.isLowercase ?? false {
            let wordStart = text.lastIndex(of: " ").map { text.index(after: $0) } ?? text.startIndex
            let head = String(text[wordStart...]).drop { !$0.isLetter }.lowercased()
            let tail = String(cleaned.prefix { !$0.isWhitespace }.prefix { $0.isLetter || $0 == "-" }).lowercased()
            // A hyphen at a line end is the word's own ("high-" ⏎ "frequency", "door-to-" ⏎
            // "needle"), as word processors, which do not hyphenate, set it; it is dropped where
            // the document writes the word whole elsewhere ("effi-" ⏎ "cient" where "efficient"
            // stands on another line), as a typesetter that hyphenates would have broken it,
            // unless it also writes the compound ("co-ordinate").
            let whole = String(head.dropLast()) + String(tail.prefix { $0.isLetter })
            if !words.compounds.contains(head + tail), head.dropLast().allSatisfy(\.isLetter), words.contains(whole) {
                text.unicodeScalars.removeLast()
            }
            text += cleaned
            return
        }
        if let edge = cellEdge, let previous, previous.page == line.page,
           previous.x1 >= edge - max(previous.size, 4), Self.cutWord(previous, next: cleaned, words: words) {
            text += cleaned
            return
        }
        // A span of figures broken after its dash ("Q3 2025-" ⏎ "26") is one word again, and
        // so is a compound broken before a capital ("Sub-" ⏎ "Group’s").
        if Self.endsInDashAfterDigit(text), cleaned.first?.isNumber ?? false {
            text += cleaned
            return
        }
        if Self.endsInHyphenAfterLetter(text), cleaned.first?.isUppercase ?? false {
            text += cleaned
            return
        }
        text += " " + cleaned
    }

    /// True when `line` is one word cut short: its letters and the lowercase letters opening
    /// the next line make a word the document writes elsewhere.
    private static func cutWord(_ line: TextLine, next: String, words: DocumentWords) -> Bool {
        guard next.first?.isLowercase ?? false else { return false }
        let head = line.cleaned
        guard !head.isEmpty, !head.contains(" "), head.last?.isLetter ?? false else { return false }
        let letters = String(head.drop { !$0.isLetter }).lowercased()
        let tail = String(next.prefix { $0.isLetter }).lowercased()
        guard letters.count >= 2, !tail.isEmpty, letters.allSatisfy(\.isLetter) else { return false }
        return words.contains(letters + tail)
    }

    /// True when the text ends in a figure and a hyphen or en dash ("2025-"); reads two scalars.
    private static func endsInDashAfterDigit(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let last = scalars.last, last == "-" || last == "–",
              scalars.index(before: scalars.endIndex) > scalars.startIndex else { return false }
        let before = scalars[scalars.index(scalars.endIndex, offsetBy: -2)]
        return before.value >= 48 && before.value <= 57
    }

    /// True when the text ends in a letter and a hyphen ("Sub-"); reads two scalars.
    private static func endsInHyphenAfterLetter(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard scalars.last == "-", scalars.index(before: scalars.endIndex) > scalars.startIndex else { return false }
        return Character(scalars[scalars.index(scalars.endIndex, offsetBy: -2)]).isLetter
    }

    /// True when the text ends in a lowercase letter and a hyphen ("in-"); reads two scalars.
    private static func endsInHyphenAfterLowercase(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard scalars.last == "-", scalars.index(before: scalars.endIndex) > scalars.startIndex else { return false }
        return Character(scalars[scalars.index(scalars.endIndex, offsetBy: -2)]).isLowercase
    }

    /// Keeps `gaps` sorted as it grows, so the median needs no sort per line.
    private mutating func insertGap(_ gap: Double) {
        var low = 0, high = gaps.count
        while low < high {
            let mid = (low + high) / 2
            if gaps[mid] <= gap { low = mid + 1 } else { high = mid }
        }
        gaps.insert(gap, at: low)
    }

    /// The finished block (index set by the caller).
    func block(headings: HeadingClassifier) -> Block {
        let first = lines[0]
        let onFirstPage = lines.filter { $0.page == first.page }
        let box = BoundingBox(
            x0: Self.round(onFirstPage.map(\.x0).min() ?? 0), y0: Self.round(onFirstPage.map(\.y0).min() ?? 0),
            x1: Self.round(onFirstPage.map(\.x1).max() ?? 0), y1: Self.round(onFirstPage.map(\.y1).max() ?? 0))
        let style = lines.max { $0.text.count < $1.text.count }?.style
        let font = FontInfo(
            size: style?.size, bold: lines.allSatisfy(\.bold), italic: style?.italic ?? false,
            family: style.map(\.family))
        var kind = self.kind
        var level: Int?
        if kind == .heading, let heading {
            if text.split(separator: " ").count > 25 {
                kind = .paragraph
            } else {
                level = headings.level(of: heading)
            }
        }
        return Block(index: 0, kind: kind, text: text, level: level, label: label,
                     page: first.page, box: box, font: font)
    }

    /// Rounds a coordinate to a hundredth of a point so output stays stable and short.
    static func round(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
