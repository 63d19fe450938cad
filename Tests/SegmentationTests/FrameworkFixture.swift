import Configuration
import Foundation
import Pipeline
import PipelineCore
import TestSupport

/// The SET framework as the product ships it, loaded once for all tests.
enum FrameworkFixture {
    static let set: Framework = {
        let url = PackageFolder.root().appendingPathComponent("Pipelines/frameworks/set.yml")
        do {
            return try ConfigurationLoader.framework(at: url)
        } catch {
            fatalError("cannot load \(url.path): \(error)")
        }
    }()

    /// The genre vocabulary as the product ships it.
    static let vocabulary: Vocabulary = {
        let url = PackageFolder.root().appendingPathComponent("Pipelines/genres.yml")
        do {
            return try ConfigurationLoader.vocabulary(at: url)
        } catch {
            fatalError("cannot load \(url.path): \(error)")
        }
    }()
}
