import TextExtraction

extension Extractor {
    /// A router with every extractor this build has.
    public init() {
        self.init(docx: nil, pdf: nil, text: TextExtractor())
    }
}
