// swift-tools-version:6.1
import PackageDescription

/// Strict settings shared by every Swift target: Swift 6 language mode, explicit
/// existentials, and imports that stay internal unless a target says otherwise.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Scrutineer",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "scrutineer", targets: ["scrutineer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        // MARK: C wrappers (no other target touches their pointers)
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        // poppler's own content-stream interpreter (its C++ core), behind a C header: a page's
        // text and what it fills and strokes, read in one pass without rendering it.
        .systemLibrary(
            name: "CPopplerCore",
            pkgConfig: "poppler",
            providers: [.apt(["libpoppler-private-dev"])]
        ),
        .target(name: "CPopplerDrawing", dependencies: ["CPopplerCore"]),

        // MARK: Core (value types, stage protocol, diagnostics; no C of ours, no database)
        .target(
            name: "PipelineCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSettings
        ),
        // Words: tokenizer, UK/US spelling fold, stemmer, similarity, stop words (a leaf).
        .target(name: "TextAnalysis", resources: [.copy("Resources/stop-words.txt")], swiftSettings: strictSettings),

        // MARK: Stages
        .target(
            name: "DOCXExtraction",
            dependencies: [
                "PipelineCore", "CLibXML2",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: strictSettings
        ),
        .target(name: "PDFExtraction", dependencies: ["PipelineCore", "TextAnalysis", "CPoppler", "CPopplerDrawing"], swiftSettings: strictSettings),
        .target(name: "TextExtraction", dependencies: ["PipelineCore"], swiftSettings: strictSettings),
        .target(name: "Segmentation", dependencies: ["PipelineCore", "TextAnalysis"], swiftSettings: strictSettings),
        .target(name: "EvidenceTagging", dependencies: ["PipelineCore", "TextAnalysis"], swiftSettings: strictSettings),

        // MARK: Storage (the only importer of GRDB and PostgresNIO)
        .target(
            name: "Storage",
            dependencies: [
                "PipelineCore", "TextAnalysis",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: strictSettings
        ),

        // MARK: Configuration (pipelines as data; the only importer of Yams)
        // `Pipelines/` is both the folder users edit and the resource bundle the binary
        // ships, so a run from any folder finds the default pipeline, framework, glossary
        // and schema.
        .target(
            name: "BundledPipelines",
            path: "Pipelines",
            exclude: ["README.md"],
            sources: ["BundledPipelines.swift"],
            resources: [.copy("default.yml"), .copy("glossary.yml"), .copy("genres.yml"), .copy("frameworks"), .copy("schema")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Configuration",
            dependencies: ["PipelineCore", "EvidenceTagging", "BundledPipelines", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictSettings
        ),

        // MARK: Composition (format routing, runner, emit)
        .target(
            name: "Pipeline",
            dependencies: [
                "PipelineCore", "Configuration", "DOCXExtraction", "PDFExtraction", "TextExtraction",
                "Segmentation", "EvidenceTagging", "TextAnalysis",
            ],
            swiftSettings: strictSettings
        ),

        // MARK: Benchmark (whole-ingest and extraction speed against pdftotext and pandoc)
        .target(name: "Benchmark", dependencies: ["PipelineCore", "Pipeline"], swiftSettings: strictSettings),

        // MARK: Evaluation (gold answers, scoring, runs the pipeline as ingest does; no store)
        .target(name: "Evaluation", dependencies: ["PipelineCore", "Pipeline", "Configuration", "TextAnalysis"], swiftSettings: strictSettings),

        // MARK: Interfaces
        .target(
            name: "CommandLineInterface",
            dependencies: [
                "Pipeline", "PipelineCore", "Configuration", "Storage", "Evaluation", "Benchmark",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(name: "scrutineer", dependencies: ["CommandLineInterface"], swiftSettings: strictSettings),

        // MARK: Tests
        .target(name: "TestSupport", dependencies: ["PipelineCore"], path: "Sources/TestSupport", swiftSettings: strictSettings),
        .testTarget(name: "TextAnalysisTests", dependencies: ["TextAnalysis"], swiftSettings: strictSettings),
        .testTarget(name: "PipelineCoreTests", dependencies: ["PipelineCore", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "DOCXExtractionTests", dependencies: ["DOCXExtraction", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "PDFExtractionTests", dependencies: ["PDFExtraction", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "TextExtractionTests", dependencies: ["TextExtraction", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "ConfigurationTests", dependencies: ["Configuration", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "SegmentationTests", dependencies: ["Segmentation", "Configuration", "Pipeline", "Evaluation", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "EvidenceTaggingTests", dependencies: ["EvidenceTagging", "Configuration", "Pipeline", "Evaluation", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Configuration", "Storage", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "BenchmarkTests", dependencies: ["Benchmark", "Pipeline", "PipelineCore", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "Configuration", "Pipeline", "PipelineCore", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(
            name: "CommandLineInterfaceTests",
            dependencies: ["CommandLineInterface", "Configuration", "PipelineCore", "Storage", "TestSupport"],
            swiftSettings: strictSettings
        ),
    ],
    cxxLanguageStandard: .cxx17
)

// MARK: Fuzzing (libFuzzer harnesses, declared only when SCRUTINEER_FUZZ is set; build them with
// SCRUTINEER_FUZZ=1 swift build -c release -Xswiftc -sanitize=fuzzer,address --product FuzzDOCX)
if Context.environment["SCRUTINEER_FUZZ"] != nil {
    let harnesses: [(name: String, dependencies: [Target.Dependency])] = [
        ("FuzzDOCX", ["DOCXExtraction", "PipelineCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        ("FuzzPDFLayout", ["PDFExtraction", "PipelineCore"]),
        ("FuzzSegmenter", [
            "Segmentation", "EvidenceTagging", "TextExtraction", "PipelineCore", .product(name: "Yams", package: "Yams"),
        ]),
    ]
    for harness in harnesses {
        package.targets.append(.executableTarget(
            name: harness.name, dependencies: harness.dependencies, path: "Fuzz/\(harness.name)",
            swiftSettings: strictSettings + [.unsafeFlags(["-parse-as-library"])]))
        package.products.append(.executable(name: harness.name, targets: [harness.name]))
    }
}
