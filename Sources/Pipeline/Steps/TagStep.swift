import EvidenceTagging
import PipelineCore

/// The `tag` stage: ranked SET-question tags on evidence, actions and recommendations.
struct TagStep: PipelineStep {
    let name = "tag"
    let tagger: Tagger

    init(framework: Framework, glossary: Glossary, options: TaggingOptions) {
        tagger = Tagger(framework: framework, glossary: glossary, options: options)
    }

    func run(_ work: inout PipelineWork, diagnostics: inout Diagnostics) async throws {
        let review = try work.requireReview(for: name)
        work.review = try await tagger.run(review, diagnostics: &diagnostics)
    }
}
