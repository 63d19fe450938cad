import DOCXExtraction
import Foundation
import PipelineCore
import TestSupport
import Testing

/// Inputs that once crashed the DOCX reader, kept under `Corpus/fuzz/FuzzDOCX/` (whole files,
/// as the FuzzDOCX harness reads an input whose first byte is even).
struct FuzzRegressionTests {
    static let cases: [String] = {
        let folder = Corpus.url("fuzz/FuzzDOCX")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map { "fuzz/FuzzDOCX/" + $0 }
    }()

    @Test func keepsTheCrashingInputs() {
        #expect(Self.cases.count >= 1)
    }

    /// Each damaged archive is refused as such, with what is wrong, and nothing traps.
    @Test(arguments: cases)
    func refusesADamagedArchiveInsteadOfTrapping(_ path: String) throws {
        let file = try Corpus.file(path)
        var diagnostics = Diagnostics()
        let error = #expect(throws: PipelineError.self) {
            _ = try DOCXExtractor().extract(file, diagnostics: &diagnostics)
        }
        #expect(error?.reason == .corruptArchive)
        #expect(error?.message.hasPrefix("the zip archive is damaged") == true)
    }
}
