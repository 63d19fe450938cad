public import PipelineCore

/// The segment stage: turns an extracted `Document` into a `ReviewDocument` of domains,
/// questions, ratings, evidence, actions and recommendations, each with its location.
///
/// Tags are left empty for the tagging stage. Every finding a reviewer should look at
/// (an unmatched question, an ambiguous rating, plan numbering that disagrees) becomes a
/// `Diagnostic` of the run, which the emit stage turns into the output's warnings.
public struct Segmenter: Stage {
    /// The stage's name in progress lines and errors.
    public let name = "segment"
    /// The extracted document.
    public let consumes: [Artifact] = [.document]
    /// The review data.
    public let produces: [Artifact] = [.review]
    /// The framework domains, questions and ratings are matched against.
    public let framework: Framework

    /// Creates the stage.
    public init(framework: Framework) {
        self.framework = framework
    }

    /// Segments the work's document into its review.
    /// - Throws: `PipelineError` when the framework has no domains to read against.
    public func run(_ work: inout PipelineWork, diagnostics: inout Diagnostics) async throws {
        work.review = try segment(try work.requireDocument(for: name), diagnostics: &diagnostics)
    }

    /// Segments one document.
    /// - Parameters:
    ///   - document: The extracted document.
    ///   - diagnostics: Receives one warning per output warning.
    /// - Throws: `PipelineError(.invalidConfiguration)` when the framework has no domains.
    public func segment(_ document: Document, diagnostics: inout Diagnostics) throws -> ReviewDocument {
        guard !framework.domains.isEmpty else {
            throw PipelineError(
                stage: name, file: document.source, reason: .invalidConfiguration,
                message: "the framework \(framework.id) has no domains to read the document against")
        }
        let entries = DocumentView(document).entries
        let verdict = DocumentClassifier.classify(document, entries: entries)
        var review = ReviewDocument(document: DocumentInfo(
            id: document.id, source: document.source, format: document.format, title: verdict.title,
            authority: verdict.authority, kind: verdict.kind, date: verdict.date, pageCount: document.metadata.pageCount))
        var warnings: [Warning] = []

        if verdict.kind == .selfEvaluation {
            var reader = SelfEvaluationReader(framework: framework)
            let found = reader.read(entries)
            review.domains = found.domains
            review.questions = found.questions
            review.evidence = found.evidence
            review.actions = found.actions
            warnings = found.warnings
        } else {
            review.evidence = FindingsReader.evidence(in: entries, kind: verdict.kind)
        }
        let recommendations = RecommendationReader(framework: framework).read(entries)
        review.recommendations = recommendations.recommendations
        warnings += recommendations.warnings

        Self.assignIdentifiers(&review)
        for warning in warnings {
            diagnostics.warn(warning.code, warning.message, file: document.source, location: warning.location)
        }
        return review
    }

    /// Numbers items in document order: `q1…`, `e1…`, `a1…`, `r1…`.
    static func assignIdentifiers(_ review: inout ReviewDocument) {
        for index in review.questions.indices { review.questions[index].id = "q\(index + 1)" }
        for index in review.evidence.indices { review.evidence[index].id = "e\(index + 1)" }
        for index in review.actions.indices { review.actions[index].id = "a\(index + 1)" }
        for index in review.recommendations.indices { review.recommendations[index].id = "r\(index + 1)" }
    }
}
