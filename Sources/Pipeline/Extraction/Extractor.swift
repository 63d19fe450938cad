public import PipelineCore

/// The `extract` stage: routes one input file to the `DocumentExtractor` its bytes call for
/// (a zip to the DOCX extractor, `%PDF-` to the PDF extractor, UTF-8 or UTF-16 text to the
/// text and Markdown extractor) and adds the `Document` to the work.
///
/// The file name plays no part: a PDF called `report.docx` is read as a PDF.
public struct Extractor: Stage {
    /// `extract`.
    public var name: String { "extract" }
    /// The input file.
    public var consumes: [Artifact] { [.file] }
    /// The extracted document.
    public var produces: [Artifact] { [.document] }

    /// Reads Word documents.
    public var docx: any DocumentExtractor
    /// Reads PDFs.
    public var pdf: any DocumentExtractor
    /// Reads text and Markdown.
    public var text: any DocumentExtractor

    /// Creates a router with the given extractors (tests substitute their own).
    public init(docx: any DocumentExtractor, pdf: any DocumentExtractor, text: any DocumentExtractor) {
        self.docx = docx
        self.pdf = pdf
        self.text = text
    }

    /// Extracts `file` with the extractor its bytes call for.
    /// - Throws: `PipelineError` with `.emptyFile` for an empty file, `.encrypted` for a
    ///   password-protected DOCX, `.unsupportedFormat` for bytes that are not DOCX, PDF or text
    ///   (naming a `.doc`, `.xls`, image or RTF file as such), and whatever the chosen extractor throws.
    public func extract(_ file: SourceFile, diagnostics: inout Diagnostics) throws -> Document {
        if let foreign = ForeignFormat.recognise(file.data) { throw foreign.error(file: file.path) }
        let chosen: any DocumentExtractor
        switch FormatSniffer.sniff(file.data) {
        case .empty:
            throw PipelineError(stage: "extract", file: file.path, reason: .emptyFile, message: "the file is empty")
        case .zip:
            chosen = docx
        case .pdf:
            chosen = pdf
        case .text:
            chosen = text
        case .unknown:
            throw PipelineError(
                stage: "extract", file: file.path, reason: .unsupportedFormat, message: "not a DOCX, PDF or text file")
        }
        return try chosen.extract(file, diagnostics: &diagnostics)
    }

    /// Extracts the work's file into its document.
    /// - Throws: What `extract(_:diagnostics:)` throws.
    public func run(_ work: inout PipelineWork, diagnostics: inout Diagnostics) async throws {
        work.document = try extract(work.file, diagnostics: &diagnostics)
    }
}
