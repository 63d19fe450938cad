import DOCXExtraction
import PDFExtraction
import TextExtraction

extension Extractor {
    /// A router with every extractor: DOCX, PDF, and text or Markdown.
    public init() {
        self.init(docx: DOCXExtractor(), pdf: PDFExtractor(), text: TextExtractor())
    }
}
