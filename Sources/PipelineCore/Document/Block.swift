/// One unit of a document in reading order: a heading, a paragraph, a list item or a table.
///
/// Character offsets anywhere in Scrutineer (spans, `SourceLocation.start`/`end`) count
/// Unicode scalars of `text`, so Python's `str` slicing reads them directly.
public struct Block: Codable, Hashable, Sendable {
    /// What kind of block this is.
    public enum Kind: String, Codable, Hashable, Sendable {
        case heading
        case paragraph
        case listItem
        case table
    }

    /// Position in the owning array (`Document.blocks`, `Document.furniture` or a cell's blocks).
    public var index: Int
    /// The block's kind.
    public var kind: Kind
    /// The visible text. For a table: rows joined by newlines, cells by tabs.
    public var text: String
    /// Heading level (1 = top) or list nesting level (0 = outermost); nil otherwise.
    public var level: Int?
    /// The list label as the reader sees it ("1.", "a)", "(iv)", "•"); nil if none.
    public var label: String?
    /// The style name the source gives (DOCX paragraph style, "Heading 2", …).
    public var style: String?
    /// 1-based page number (PDF); nil for formats without fixed pages.
    public var page: Int?
    /// Position on the page in PDF points, origin top-left; nil when unknown.
    public var box: BoundingBox?
    /// Dominant font facts of the block, when the source states them.
    public var font: FontInfo?
    /// Runs of text whose formatting differs from the block's (bold, highlight, colour).
    public var spans: [Span]?
    /// The table's rows and cells, for `kind == .table`.
    public var table: Table?

    /// Creates a block.
    public init(
        index: Int, kind: Kind, text: String, level: Int? = nil, label: String? = nil,
        style: String? = nil, page: Int? = nil, box: BoundingBox? = nil, font: FontInfo? = nil,
        spans: [Span]? = nil, table: Table? = nil
    ) {
        self.index = index
        self.kind = kind
        self.text = text
        self.level = level
        self.label = label
        self.style = style
        self.page = page
        self.box = box
        self.font = font
        self.spans = spans
        self.table = table
    }
}

/// A rectangle on a PDF page in points, origin at the top-left corner.
public struct BoundingBox: Codable, Hashable, Sendable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    /// Creates a box from its corners.
    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
    }
}

/// Font facts: size in points, weight and slant.
public struct FontInfo: Codable, Hashable, Sendable {
    /// Size in points, when known.
    public var size: Double?
    /// True when the text is bold.
    public var bold: Bool
    /// True when the text is italic.
    public var italic: Bool
    /// Font family name, when known.
    public var family: String?

    /// Creates font facts.
    public init(size: Double? = nil, bold: Bool = false, italic: Bool = false, family: String? = nil) {
        self.size = size
        self.bold = bold
        self.italic = italic
        self.family = family
    }
}

/// A run of characters inside a block's text with its own formatting.
public struct Span: Codable, Hashable, Sendable {
    /// First character (Unicode scalar offset into the block or cell text).
    public var start: Int
    /// One past the last character.
    public var end: Int
    /// True when the run is bold.
    public var bold: Bool?
    /// True when the run is italic.
    public var italic: Bool?
    /// Highlight or run shading colour as `RRGGBB` (uppercase hex), or a named highlight.
    public var highlight: String?
    /// Text colour as `RRGGBB`, when not automatic.
    public var color: String?
    /// Hyperlink target, when the run is a link.
    public var link: String?

    /// Creates a span.
    public init(
        start: Int, end: Int, bold: Bool? = nil, italic: Bool? = nil,
        highlight: String? = nil, color: String? = nil, link: String? = nil
    ) {
        self.start = start
        self.end = end
        self.bold = bold
        self.italic = italic
        self.highlight = highlight
        self.color = color
        self.link = link
    }
}
