import PipelineCore

/// The `extract` stage: reads the file's bytes into a `Document` through the format router.
struct ExtractStep: PipelineStep {
    let name = "extract"
    let stage: ExtractStage

    init(stage: ExtractStage = ExtractStage()) {
        self.stage = stage
    }

    func run(_ work: inout PipelineWork, diagnostics: inout Diagnostics) async throws {
        work.document = try await stage.run(work.file, diagnostics: &diagnostics)
    }
}
