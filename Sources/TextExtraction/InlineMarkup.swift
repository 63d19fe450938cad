/// Reduces inline Markdown and HTML (emphasis, links, entities, `<br>`) to text with spans.
///
/// `**bold**` and `<b>bold</b>` become bold spans, `[text](mailto:x)` and `<a href="x">text</a>`
/// become the text with a link span, `\*` is a literal asterisk.
enum InlineMarkup {
    /// Reduces one block's worth of source text.
    /// - Parameters:
    ///   - source: Markdown or HTML inline text; a `\n` in it is a hard line break.
    ///   - markdown: Whether Markdown emphasis, links and escapes apply (HTML tags always do).
    static func reduce(_ source: String, markdown: Bool = true) -> StyledText {
        var builder = StyledTextBuilder()
        var scanner = Scanner(chars: Array(source), markdown: markdown)
        scanner.run(into: &builder, style: TextStyle())
        return builder.build()
    }

    private static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "pound": "£",
    ]

    private struct Scanner {
        let chars: [Character]
        let markdown: Bool
        var i = 0

        mutating func run(into builder: inout StyledTextBuilder, style base: TextStyle, until end: Int? = nil) {
            let stop = end ?? chars.count
            var style = base
            while i < stop {
                let c = chars[i]
                if c == "\n" {
                    builder.appendBreak()
                    i += 1
                } else if markdown, c == "\\", i + 1 < stop, chars[i + 1].isPunctuation || chars[i + 1].isSymbol {
                    builder.append(String(chars[i + 1]), style: style)
                    i += 2
                } else if markdown, c == "*" {
                    emphasis(&style, into: &builder, stop: stop)
                } else if markdown, c == "[", let link = linkAt(i, stop: stop) {
                    var inner = style
                    inner.link = link.url
                    i += 1
                    run(into: &builder, style: inner, until: link.textEnd)
                    i = link.end
                } else if c == "<", let tag = tagAt(i, stop: stop) {
                    apply(tag, to: &style, base: base, into: &builder)
                    i = tag.end
                } else if c == "&", let entity = entityAt(i, stop: stop) {
                    builder.append(entity.text, style: style)
                    i = entity.end
                } else {
                    builder.append(String(c), style: style)
                    i += 1
                }
            }
        }

        /// Handles a run of asterisks: opens or closes bold/italic, or stays literal.
        mutating func emphasis(_ style: inout TextStyle, into builder: inout StyledTextBuilder, stop: Int) {
            var n = 0
            while i + n < stop, chars[i + n] == "*" { n += 1 }
            let before: Character? = i > 0 ? chars[i - 1] : nil
            let after: Character? = i + n < stop ? chars[i + n] : nil
            let canOpen = after.map { !$0.isWhitespace } ?? false
            let canClose = before.map { !$0.isWhitespace } ?? false
            let wantsBold = n >= 2
            let wantsItalic = n % 2 == 1
            if canClose && ((wantsBold && style.bold) || (wantsItalic && style.italic)) {
                if wantsBold { style.bold = false }
                if wantsItalic { style.italic = false }
            } else if canOpen && n <= 3 {
                if wantsBold { style.bold = true }
                if wantsItalic { style.italic = true }
            } else {
                builder.append(String(repeating: "*", count: n), style: style)
            }
            i += n
        }

        /// A Markdown link `[text](url)` starting at `start`, on one line.
        func linkAt(_ start: Int, stop: Int) -> (url: String, textEnd: Int, end: Int)? {
            var j = start + 1
            while j < stop, chars[j] != "]", chars[j] != "\n", chars[j] != "[" { j += 1 }
            guard j + 1 < stop, chars[j] == "]", chars[j + 1] == "(" else { return nil }
            var k = j + 2
            while k < stop, chars[k] != ")", chars[k] != "\n", chars[k] != " " { k += 1 }
            guard k < stop, chars[k] == ")" else { return nil }
            var url = String(chars[(j + 2)..<k])
            if url.hasPrefix("<"), url.hasSuffix(">") { url = String(url.dropFirst().dropLast()) }
            return (url, j, k + 1)
        }

        /// An HTML tag starting at `start`: its name, whether it closes, and its `href`.
        func tagAt(_ start: Int, stop: Int) -> HTMLTag? {
            HTMLTag.parse(chars, at: start, stop: stop)
        }

        func apply(_ tag: HTMLTag, to style: inout TextStyle, base: TextStyle, into builder: inout StyledTextBuilder) {
            switch tag.name {
            case "b", "strong": style.bold = tag.isClosing ? base.bold : true
            case "i", "em": style.italic = tag.isClosing ? base.italic : true
            case "a": style.link = tag.isClosing ? base.link : tag.href
            case "br": builder.appendBreak()
            case "p", "div", "li", "ol", "ul", "tr", "h1", "h2", "h3", "h4", "h5", "h6":
                builder.append(" ", style: style)
            default: break
            }
        }

        /// An HTML character reference starting at `start`.
        func entityAt(_ start: Int, stop: Int) -> (text: String, end: Int)? {
            var j = start + 1
            while j < stop, j - start <= 10, chars[j] != ";" {
                guard chars[j].isLetter || chars[j].isNumber || chars[j] == "#" else { return nil }
                j += 1
            }
            guard j < stop, chars[j] == ";", j > start + 1 else { return nil }
            let name = String(chars[(start + 1)..<j])
            if name.hasPrefix("#") {
                let digits = name.dropFirst()
                let value = digits.lowercased().hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                guard let value, let scalar = Unicode.Scalar(value) else { return nil }
                return (String(Character(scalar)), j + 1)
            }
            guard let text = entities[name.lowercased()] else { return nil }
            return (text, j + 1)
        }
    }
}
