import Foundation

/// One HTML tag as found in text converted from PDF or Word (`<b>`, `</p>`, `<a href="…">`).
struct HTMLTag: Hashable, Sendable {
    /// The lowercased element name.
    var name: String
    /// True for `</name>`.
    var isClosing: Bool
    /// The `href` attribute, for links.
    var href: String?
    /// The `style` attribute, when present.
    var styleAttribute: String?
    /// One past the closing `>`.
    var end: Int

    /// Parses a tag at `start` (which holds `<`); nil when the text there is not a tag.
    static func parse(_ chars: [Character], at start: Int, stop: Int) -> HTMLTag? {
        var j = start + 1
        var closing = false
        if j < stop, chars[j] == "/" {
            closing = true
            j += 1
        }
        let nameStart = j
        while j < stop, chars[j].isLetter || (j > nameStart && chars[j].isNumber) { j += 1 }
        guard j > nameStart else { return nil }
        let name = String(chars[nameStart..<j]).lowercased()
        guard knownElements.contains(name) else { return nil }
        var attributesEnd = j
        while attributesEnd < stop, chars[attributesEnd] != ">", chars[attributesEnd] != "<", chars[attributesEnd] != "\n" {
            attributesEnd += 1
        }
        guard attributesEnd < stop, chars[attributesEnd] == ">" else { return nil }
        let attributes = String(chars[j..<attributesEnd])
        return HTMLTag(
            name: name, isClosing: closing, href: attribute("href", in: attributes),
            styleAttribute: attribute("style", in: attributes), end: attributesEnd + 1)
    }

    /// The elements the readers understand; anything else stays literal text.
    static let knownElements: Set<String> = [
        "p", "b", "strong", "i", "em", "u", "a", "br", "ol", "ul", "li", "span", "div", "font",
        "sup", "sub", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
    ]

    private static func attribute(_ name: String, in attributes: String) -> String? {
        guard let range = attributes.range(of: name + "=") else { return nil }
        let rest = attributes[range.upperBound...]
        guard let quote = rest.first, quote == "\"" || quote == "'" else {
            return rest.split(separator: " ").first.map(String.init)
        }
        let value = rest.dropFirst().prefix { $0 != quote }
        return String(value)
    }
}
