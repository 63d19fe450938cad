import PipelineCore

/// Text with formatting runs, built by the readers before it becomes a block or a cell.
struct StyledText: Hashable, Sendable {
    /// The visible text.
    var text: String = ""
    /// Formatting runs over `text`, offsets in Unicode scalars.
    var spans: [Span] = []

    /// True when there is no visible text.
    var isEmpty: Bool { text.isEmpty }

    /// The length in Unicode scalars.
    var length: Int { TextNormalizer.length(text) }

    /// True when every non-space character lies in a bold span.
    var isAllBold: Bool { covers { $0.bold == true } }

    /// True when every non-space character lies in an italic span.
    var isAllItalic: Bool { covers { $0.italic == true } }

    /// Font facts for a block made of this text: set only when the whole text is bold or italic.
    var font: FontInfo? {
        let bold = isAllBold, italic = isAllItalic
        return bold || italic ? FontInfo(bold: bold, italic: italic) : nil
    }

    /// Appends `other` after `separator`, shifting its spans.
    mutating func append(_ other: StyledText, separator: String = " ") {
        guard !other.isEmpty else { return }
        if isEmpty {
            self = other
            return
        }
        let shift = length + TextNormalizer.length(separator)
        text += separator + other.text
        spans += other.spans.map { span in
            var moved = span
            moved.start += shift
            moved.end += shift
            return moved
        }
    }

    /// Removes the first `count` scalars (a list label read from the text), shifting spans.
    func droppingPrefix(_ count: Int) -> StyledText {
        let scalars = Array(text.unicodeScalars)
        var start = min(count, scalars.count)
        while start < scalars.count, scalars[start].properties.isWhitespace { start += 1 }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[start...])
        let moved = spans.compactMap { span -> Span? in
            var s = span
            s.start = max(0, s.start - start)
            s.end -= start
            return s.end > s.start ? s : nil
        }
        return StyledText(text: String(out), spans: moved)
    }

    private func covers(_ predicate: (Span) -> Bool) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { !$0.properties.isWhitespace }) else { return false }
        var covered = [Bool](repeating: false, count: scalars.count)
        for span in spans where predicate(span) {
            for i in max(0, span.start)..<min(span.end, scalars.count) { covered[i] = true }
        }
        for (i, scalar) in scalars.enumerated() where !scalar.properties.isWhitespace && !covered[i] {
            return false
        }
        return true
    }
}

/// The formatting in force while text is appended.
struct TextStyle: Hashable, Sendable {
    var bold = false
    var italic = false
    var link: String?

    /// True when nothing distinguishes the text.
    var isPlain: Bool { !bold && !italic && link == nil }
}

/// Accumulates cleaned text with its styles, collapsing whitespace as it goes so offsets stay
/// right.
struct StyledTextBuilder {
    private var scalars: [Unicode.Scalar] = []
    private var styles: [TextStyle] = []
    private var pendingSpace = false

    /// Appends text: cleaned (`TextNormalizer.clean`) and with whitespace runs collapsed.
    mutating func append(_ text: some StringProtocol, style: TextStyle) {
        for scalar in TextNormalizer.clean(String(text)).unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !scalars.isEmpty && scalars.last != "\n"
                continue
            }
            if pendingSpace {
                let spaceStyle = styles.last == style ? style : TextStyle()
                scalars.append(" ")
                styles.append(spaceStyle)
                pendingSpace = false
            }
            scalars.append(scalar)
            styles.append(style)
        }
    }

    /// Appends a hard line break (`<br>`, two trailing spaces in Markdown).
    mutating func appendBreak() {
        pendingSpace = false
        guard !scalars.isEmpty, scalars.last != "\n" else { return }
        scalars.append("\n")
        styles.append(TextStyle())
    }

    /// The text built so far, with trailing breaks removed and runs turned into spans.
    func build() -> StyledText {
        var count = scalars.count
        while count > 0, scalars[count - 1] == "\n" { count -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[0..<count])
        var spans: [Span] = []
        var i = 0
        while i < count {
            let style = styles[i]
            var j = i + 1
            while j < count, styles[j] == style { j += 1 }
            if !style.isPlain {
                spans.append(Span(
                    start: i, end: j, bold: style.bold ? true : nil, italic: style.italic ? true : nil,
                    link: style.link))
            }
            i = j
        }
        return StyledText(text: String(view), spans: spans)
    }
}
