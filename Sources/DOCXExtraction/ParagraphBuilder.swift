import PipelineCore

/// Builds one paragraph's text from its runs in a single buffer, tracking offsets in
/// Unicode scalars as it goes, merging formatted runs into spans and weighing font sizes.
struct ParagraphBuilder {
    /// The formatting a span records; nil members are plain.
    private struct Style: Hashable {
        var bold: Bool?
        var italic: Bool?
        var highlight: String?
        var color: String?
        var link: String?

        var isPlain: Bool { bold == nil && italic == nil && highlight == nil && color == nil && link == nil }
    }

    private var text = ""
    private var length = 0
    private var spans: [(start: Int, end: Int, style: Style)] = []
    private var sizes: [Double: Int] = [:]
    private var visible = 0
    private var boldVisible = 0
    private var italicVisible = 0

    /// True when no run has shown anything but whitespace.
    var isEmpty: Bool { visible == 0 }

    /// Appends already-cleaned run text with the run's effective format and link.
    mutating func append(_ piece: String, format: RunFormat, link: String?) {
        guard !piece.isEmpty else { return }
        let count = piece.unicodeScalars.count
        var shown = 0
        for scalar in piece.unicodeScalars where !Self.isWhitespace(scalar) { shown += 1 }
        if shown > 0 {
            visible += shown
            if format.bold == true { boldVisible += shown }
            if format.italic == true { italicVisible += shown }
            if let size = format.size { sizes[size, default: 0] += shown }
        }
        let style = Style(
            bold: format.bold == true ? true : nil,
            italic: format.italic == true ? true : nil,
            highlight: Self.nonEmpty(format.highlight) ?? Self.nonEmpty(format.shading),
            color: Self.nonEmpty(format.color).flatMap { $0 == "000000" ? nil : $0 },
            link: link)
        if !style.isPlain {
            if let last = spans.last, last.end == length, last.style == style {
                spans[spans.count - 1].end = length + count
            } else {
                spans.append((length, length + count, style))
            }
        }
        text += piece
        length += count
    }

    /// The finished paragraph: text trimmed of surrounding whitespace, spans shifted to
    /// match, and the dominant font facts (nil when the runs state none).
    func finish() -> (text: String, spans: [Span]?, font: FontInfo?) {
        let scalars = text.unicodeScalars
        var lead = 0
        var start = scalars.startIndex
        while start != scalars.endIndex, Self.isWhitespace(scalars[start]) {
            start = scalars.index(after: start)
            lead += 1
        }
        var end = scalars.endIndex
        var trail = 0
        while end != start, Self.isWhitespace(scalars[scalars.index(before: end)]) {
            end = scalars.index(before: end)
            trail += 1
        }
        let trimmed = String(scalars[start..<end])
        let trimmedLength = length - lead - trail
        var result: [Span] = []
        for span in spans {
            let spanStart = max(0, span.start - lead)
            let spanEnd = min(trimmedLength, span.end - lead)
            guard spanStart < spanEnd else { continue }
            result.append(
                Span(
                    start: spanStart, end: spanEnd, bold: span.style.bold, italic: span.style.italic,
                    highlight: span.style.highlight, color: span.style.color, link: span.style.link))
        }
        let size = sizes.max { lhs, rhs in lhs.value == rhs.value ? lhs.key < rhs.key : lhs.value < rhs.value }?.key
        let bold = visible > 0 && boldVisible == visible
        let italic = visible > 0 && italicVisible == visible
        let font = size == nil && !bold && !italic ? nil : FontInfo(size: size, bold: bold, italic: italic)
        return (trimmed, result.isEmpty ? nil : result, font)
    }

    /// Whitespace test with an ASCII fast path (the Unicode property lookup is costly).
    @inline(__always) private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }
}
