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

        // MARK: Core (value types, stage protocol, diagnostics; no C, no database)
        .target(name: "PipelineCore", swiftSettings: strictSettings),

        // MARK: Stages
        .target(
            name: "DOCXExtraction",
            dependencies: [
                "PipelineCore", "CLibXML2",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: strictSettings
        ),
        .target(name: "PDFExtraction", dependencies: ["PipelineCore", "CPoppler"], swiftSettings: strictSettings),
        .target(name: "TextExtraction", dependencies: ["PipelineCore"], swiftSettings: strictSettings),
        .target(name: "Segmentation", dependencies: ["PipelineCore"], swiftSettings: strictSettings),
        .target(name: "EvidenceTagging", dependencies: ["PipelineCore"], swiftSettings: strictSettings),

        // MARK: Storage (the only importer of GRDB and PostgresNIO)
        .target(
            name: "Storage",
            dependencies: [
                "PipelineCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: strictSettings
        ),

        // MARK: Composition (pipelines as data, format routing, emit)
        .target(
            name: "Pipeline",
            dependencies: [
                "PipelineCore", "DOCXExtraction", "PDFExtraction", "TextExtraction",
                "Segmentation", "EvidenceTagging",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strictSettings
        ),

        // MARK: Evaluation (gold answers, scoring, runs the pipeline as ingest does; no store)
        .target(name: "Evaluation", dependencies: ["PipelineCore", "Pipeline"], swiftSettings: strictSettings),

        // MARK: Interfaces
        .target(
            name: "CommandLineInterface",
            dependencies: [
                "Pipeline", "PipelineCore", "Storage", "Evaluation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(name: "scrutineer", dependencies: ["CommandLineInterface"], swiftSettings: strictSettings),

        // MARK: Tests
        .target(name: "TestSupport", dependencies: ["PipelineCore"], path: "Sources/TestSupport", swiftSettings: strictSettings),
        .testTarget(name: "PipelineCoreTests", dependencies: ["PipelineCore", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "DOCXExtractionTests", dependencies: ["DOCXExtraction", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "PDFExtractionTests", dependencies: ["PDFExtraction", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "TextExtractionTests", dependencies: ["TextExtraction", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "SegmentationTests", dependencies: ["Segmentation", "Pipeline", "Evaluation", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "EvidenceTaggingTests", dependencies: ["EvidenceTagging", "Pipeline", "Evaluation", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Storage", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "Pipeline", "PipelineCore", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(
            name: "CommandLineInterfaceTests",
            dependencies: ["CommandLineInterface", "TestSupport"],
            swiftSettings: strictSettings
        ),
    ]
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
