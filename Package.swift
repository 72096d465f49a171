// swift-tools-version:6.1
import PackageDescription

/// Settings shared by every target.
let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "legis",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "legis", targets: ["legis"]),
        .library(name: "LegisTracker", targets: ["LegisTracker"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // libgit2, seen only by LegisGit.
        .systemLibrary(
            name: "CLibGit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        .target(name: "LegisGit", dependencies: ["CLibGit2"], swiftSettings: swiftSettings),
        // glibc's malloc tuning (mallopt), for short-lived commands.
        .systemLibrary(name: "CMalloc"),
        // Pure cores: no git, no files, no HTTP.
        .target(
            name: "LegisDocument",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        .target(name: "LegisDiff", dependencies: ["LegisDocument"], swiftSettings: swiftSettings),
        .target(
            name: "LegisSignature",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        // Built-in document templates and web templates, embedded in the binary.
        .target(
            name: "LegisTemplates",
            path: "Templates",
            resources: [
                .embedInCode("documents/law.md"),
                .embedInCode("documents/bill.md"),
                .embedInCode("documents/strategy.md"),
                .embedInCode("web/layout.mustache"),
                .embedInCode("web/documents.mustache"),
                .embedInCode("web/document.mustache"),
                .embedInCode("web/history.mustache"),
                .embedInCode("web/compare.mustache"),
                .embedInCode("web/endorsements.mustache"),
                .embedInCode("web/stakeholders.mustache"),
                .embedInCode("web/error.mustache"),
                .embedInCode("web/style.css"),
            ],
            swiftSettings: swiftSettings
        ),
        // Use cases over a workspace.
        .target(
            name: "LegisTracker",
            dependencies: [
                "LegisGit", "LegisDocument", "LegisDiff", "LegisSignature", "LegisTemplates",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "LegisServer",
            dependencies: [
                "LegisTracker", "LegisDiff", "LegisDocument", "LegisGit", "LegisTemplates",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "legis",
            dependencies: [
                "LegisTracker", "LegisServer", "LegisDiff", "LegisDocument", "LegisGit", "LegisSignature", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "legis-bench",
            dependencies: ["LegisTracker", "LegisDiff", "LegisDocument", "LegisSignature"],
            swiftSettings: swiftSettings
        ),
        // Shared test helpers: temporary folders and real tools run in isolation.
        .target(name: "LegisTestSupport", path: "Tests/LegisTestSupport", swiftSettings: swiftSettings),
        .testTarget(
            name: "LegisGitTests", dependencies: ["LegisGit", "LegisTestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "LegisDocumentTests", dependencies: ["LegisDocument"], swiftSettings: swiftSettings),
        .testTarget(
            name: "LegisDiffTests", dependencies: ["LegisDiff", "LegisDocument"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "LegisSignatureTests", dependencies: ["LegisSignature"], swiftSettings: swiftSettings),
        .testTarget(
            name: "LegisTrackerTests",
            dependencies: ["LegisTracker", "LegisGit", "LegisDocument", "LegisSignature", "LegisDiff", "LegisTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "LegisServerTests",
            dependencies: [
                "LegisServer", "LegisTracker", "LegisDiff", "LegisDocument", "LegisSignature", "LegisGit",
                "LegisTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "LegisCLITests",
            dependencies: ["legis", "LegisTracker", "LegisGit", "LegisTestSupport"],
            swiftSettings: swiftSettings
        ),
    ]
)
