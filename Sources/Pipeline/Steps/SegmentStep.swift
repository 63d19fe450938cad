import PipelineCore
import Segmentation

/// The `segment` stage: finds domains, questions, evidence, actions and recommendations.
struct SegmentStep: PipelineStep {
    let name = "segment"
    let framework: Framework
    let vocabulary: Vocabulary

    func run(_ work: inout PipelineWork, diagnostics: inout Diagnostics) async throws {
        let document = try work.requireDocument(for: name)
        work.review = try Segmenter(vocabulary: vocabulary).segment(document, framework: framework, diagnostics: &diagnostics)
    }
}
