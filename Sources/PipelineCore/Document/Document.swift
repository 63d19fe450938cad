/// One input file as the extract stage saw it: ordered blocks with provenance and the
/// layout facts later stages need.
///
/// A `Document` is the hand-off between extraction (DOCX, PDF, text) and segmentation.
/// It is `Codable` so any run can be dumped with `scrutineer extract FILE --json` and
/// compared against a golden file.
public struct Document: Codable, Hashable, Sendable {
    /// Content hash of the input bytes (lowercase hex SHA-256); stable across renames.
    public var id: String
    /// The path or name the document was read from, as given by the caller.
    public var source: String
    /// The format decided from the input's bytes, never from its file name.
    public var format: DocumentFormat
    /// Title, author and dates from the file's own properties, when it states them.
    public var metadata: DocumentMetadata
    /// Body blocks in reading order; `Block.index` equals the position in this array.
    public var blocks: [Block]
    /// Running headers, page headers and footers, kept apart from the body.
    public var furniture: [Block]
    /// Footnotes and endnotes, kept apart from the body.
    public var notes: [Note]

    /// Creates a document.
    public init(
        id: String, source: String, format: DocumentFormat, metadata: DocumentMetadata = .init(),
        blocks: [Block] = [], furniture: [Block] = [], notes: [Note] = []
    ) {
        self.id = id
        self.source = source
        self.format = format
        self.metadata = metadata
        self.blocks = blocks
        self.furniture = furniture
        self.notes = notes
    }
}

/// The format of an input file, decided by sniffing its bytes.
public enum DocumentFormat: String, Codable, Hashable, Sendable, CaseIterable {
    case docx
    case pdf
    case text
    case markdown
}

/// Properties the file states about itself (DOCX core properties, PDF info dictionary).
public struct DocumentMetadata: Codable, Hashable, Sendable {
    /// The title property, when present and non-empty.
    public var title: String?
    /// The author or creator property.
    public var author: String?
    /// Creation date as ISO 8601 text, exactly as far as the file states it.
    public var created: String?
    /// Last-modified date as ISO 8601 text.
    public var modified: String?
    /// Number of pages (PDF); nil for formats without fixed pages.
    public var pageCount: Int?
    /// The character encoding a text file was read in (`utf-8`, `utf-16le`, `utf-16be`,
    /// `windows-1252`, `iso-8859-1`), as detected from its bytes; nil for DOCX and PDF.
    public var encoding: String?

    /// Creates metadata; every field defaults to nil.
    public init(
        title: String? = nil, author: String? = nil, created: String? = nil,
        modified: String? = nil, pageCount: Int? = nil, encoding: String? = nil
    ) {
        self.title = title
        self.author = author
        self.created = created
        self.modified = modified
        self.pageCount = pageCount
        self.encoding = encoding
    }
}

/// A footnote or endnote, with the body block that refers to it when known.
public struct Note: Codable, Hashable, Sendable {
    /// Whether this is a footnote or an endnote.
    public enum Kind: String, Codable, Hashable, Sendable { case footnote, endnote }
    /// The note's kind.
    public var kind: Kind
    /// The note's identifier in the source (its `w:id`, or its printed mark).
    public var identifier: String
    /// The note's text.
    public var text: String
    /// Index of the body block that carries the reference, when known.
    public var referencedFrom: Int?

    /// Creates a note.
    public init(kind: Kind, identifier: String, text: String, referencedFrom: Int? = nil) {
        self.kind = kind
        self.identifier = identifier
        self.text = text
        self.referencedFrom = referencedFrom
    }
}
