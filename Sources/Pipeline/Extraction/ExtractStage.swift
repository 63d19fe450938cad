public import PipelineCore

/// The `extract` stage: one input file's bytes in, its `Document` out.
public struct ExtractStage: Stage {
    /// The router that picks the extractor.
    public var extractor: Extractor

    /// Creates the stage.
    public init(extractor: Extractor = Extractor()) {
        self.extractor = extractor
    }

    /// `extract`.
    public var name: String { "extract" }

    /// Extracts the file.
    /// - Throws: `PipelineError` naming the file and the problem.
    public func run(_ input: SourceFile, diagnostics: inout Diagnostics) async throws -> Document {
        try extractor.extract(input, diagnostics: &diagnostics)
    }
}
