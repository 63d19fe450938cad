public import PipelineCore

/// Reads a Word (.docx) file into a `Document`: body blocks with styles, list labels, tables
/// and cell shading; headers and footers as furniture; footnotes and endnotes as notes; and
/// the core properties as metadata.
///
/// Every part is streamed through libxml2's reader, never loaded into a tree. Hostile
/// input is refused with one `PipelineError`: a zip bomb before it inflates, a DOCTYPE
/// before it is parsed; no network or file access is ever attempted.
public struct DOCXExtractor: DocumentExtractor {
    /// Always `.docx`.
    public let format = DocumentFormat.docx
    /// The size and ratio limits applied to the package's parts.
    public var limits: DOCXLimits

    /// Creates an extractor.
    /// - Parameter limits: Resource limits; the defaults suit any real document.
    public init(limits: DOCXLimits = DOCXLimits()) {
        self.limits = limits
    }

    /// Extracts the document.
    /// - Parameters:
    ///   - file: The DOCX bytes and the name to report them by.
    ///   - diagnostics: Receives non-fatal findings (an unmapped symbol, a missing header).
    /// - Throws: `PipelineError` with reason `.emptyFile`, `.corruptArchive`, `.missingPart`,
    ///   `.tooLarge`, `.forbiddenMarkup` or `.malformedMarkup`, naming the file and the part.
    public func extract(_ file: SourceFile, diagnostics: inout Diagnostics) throws -> Document {
        let archive = try PartArchive(bytes: file.data, file: file.path, limits: limits)
        let packageRelationships = try relationships(of: "", in: archive, file: file.path)
        let mainPart = packageRelationships.first(kind: "officeDocument").map(\.target)
            .flatMap { archive.contains($0) ? $0 : nil } ?? "word/document.xml"
        guard let main = try archive.read(mainPart) else {
            throw PipelineError(
                stage: "extract", file: file.path, reason: .missingPart,
                message: "not a Word document: the archive has no word/document.xml")
        }
        let documentRelationships = try relationships(of: mainPart, in: archive, file: file.path)
        let styles = try part(kind: "styles", fallback: "word/styles.xml", documentRelationships, archive)
            .map { try StyleSheet(bytes: $0.bytes, part: $0.path, file: file.path) } ?? StyleSheet()
        let numbering = try part(kind: "numbering", fallback: "word/numbering.xml", documentRelationships, archive)
            .map { try Numbering(bytes: $0.bytes, part: $0.path, file: file.path) } ?? Numbering()
        let context = DocumentContext(file: file.path, styles: styles, numbering: numbering)

        let blocks = try BodyParser(
            reader: XMLPartReader(bytes: main, part: mainPart, file: file.path),
            context: context, relationships: documentRelationships
        ).parseDocument()

        var furniture: [Block] = []
        for kind in ["header", "footer"] {
            let targets = documentRelationships.all.filter { $0.kind == kind && !$0.isExternal }.map(\.target)
            for path in Set(targets).sorted(by: Self.naturalOrder) {
                guard let bytes = try archive.read(path) else {
                    context.warn("docx.missing-part", "the document refers to \(path), which the archive does not hold")
                    continue
                }
                let parser = BodyParser(
                    reader: try XMLPartReader(bytes: bytes, part: path, file: file.path), context: context,
                    relationships: try relationships(of: path, in: archive, file: file.path))
                for var block in try parser.parseFurniture() {
                    block.index = furniture.count
                    furniture.append(block)
                }
            }
        }

        var notes: [Note] = []
        for (kind, noteKind, fallback) in [
            ("footnotes", Note.Kind.footnote, "word/footnotes.xml"), ("endnotes", .endnote, "word/endnotes.xml"),
        ] {
            guard let source = try part(kind: kind, fallback: fallback, documentRelationships, archive) else { continue }
            let parser = BodyParser(
                reader: try XMLPartReader(bytes: source.bytes, part: source.path, file: file.path), context: context,
                relationships: try relationships(of: source.path, in: archive, file: file.path))
            notes += try parser.parseNotes(kind: noteKind)
        }

        var metadata = DocumentMetadata()
        let corePath = packageRelationships.first(kind: "core-properties")?.target ?? "docProps/core.xml"
        if let core = try archive.read(corePath) {
            metadata = try CoreProperties.read(core, part: corePath, file: file.path)
        }

        for diagnostic in context.diagnostics { diagnostics.append(diagnostic) }
        return Document(
            id: SHA256.hex(of: file.data), source: file.path, format: .docx, metadata: metadata,
            blocks: blocks, furniture: furniture, notes: notes)
    }

    /// The relationships of a part (`""` for the package itself), empty when it has none.
    private func relationships(of part: String, in archive: PartArchive, file: String) throws -> Relationships {
        let folder = part.split(separator: "/").dropLast().joined(separator: "/")
        let name = part.split(separator: "/").last.map(String.init) ?? ""
        let path = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        guard let bytes = try archive.read(path) else { return Relationships() }
        return try Relationships(bytes: bytes, part: path, base: folder, file: file)
    }

    /// The bytes and path of the part a relationship kind names, or of its usual path.
    private func part(
        kind: String, fallback: String, _ relationships: Relationships, _ archive: PartArchive
    ) throws -> (path: String, bytes: [UInt8])? {
        let path = relationships.first(kind: kind).map(\.target) ?? fallback
        guard let bytes = try archive.read(path) else { return nil }
        return (path, bytes)
    }

    /// Orders part paths so `header2.xml` comes before `header10.xml`.
    private static func naturalOrder(_ lhs: String, _ rhs: String) -> Bool {
        lhs.count == rhs.count ? lhs < rhs : lhs.count < rhs.count
    }
}
