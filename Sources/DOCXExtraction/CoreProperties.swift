import PipelineCore

/// Reads `docProps/core.xml` (title, creator, created and modified dates) into metadata.
enum CoreProperties {
    /// The metadata the core properties part states; empty values become nil.
    static func read(_ bytes: [UInt8], part: String, file: String) throws -> DocumentMetadata {
        let reader = try XMLPartReader(bytes: bytes, part: part, file: file)
        var metadata = DocumentMetadata()
        var field: WritableKeyPath<DocumentMetadata, String?>?
        var value = ""
        while try reader.read() {
            switch reader.node {
            case .start where reader.depth == 1:
                switch (reader.name.namespace, reader.name.local) {
                case (.dublinCore, "title"): field = \.title
                case (.dublinCore, "creator"): field = \.author
                case (.dublinCoreTerms, "created"): field = \.created
                case (.dublinCoreTerms, "modified"): field = \.modified
                default: field = nil
                }
                value = ""
            case .text where field != nil:
                value += reader.text()
            case .end where reader.depth == 1:
                if let key = field {
                    let cleaned = TextNormalizer.collapseWhitespace(TextNormalizer.clean(value))
                    metadata[keyPath: key] = cleaned.isEmpty ? nil : cleaned
                }
                field = nil
            default:
                break
            }
        }
        return metadata
    }
}
