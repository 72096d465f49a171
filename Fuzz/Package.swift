// swift-tools-version:6.1
import PackageDescription

// libFuzzer targets for the parsers, kept out of the main build. Built by script/fuzz with
// `-sanitize=fuzzer` in its own scratch folder (.build-fuzz); see Docs/robustness.md.
let package = Package(
    name: "legis-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "legis", path: "..")],
    targets: [
        .target(name: "FuzzSupport", path: "Sources/FuzzSupport"),
        .executableTarget(
            name: "FuzzDocument", dependencies: ["FuzzSupport", .product(name: "LegisCores", package: "legis")],
            path: "Sources/FuzzDocument"),
        .executableTarget(
            name: "FuzzFrontMatter", dependencies: ["FuzzSupport", .product(name: "LegisCores", package: "legis")],
            path: "Sources/FuzzFrontMatter"),
        .executableTarget(
            name: "FuzzDiff", dependencies: ["FuzzSupport", .product(name: "LegisCores", package: "legis")],
            path: "Sources/FuzzDiff"),
        .executableTarget(
            name: "FuzzSSHKey", dependencies: ["FuzzSupport", .product(name: "LegisCores", package: "legis")],
            path: "Sources/FuzzSSHKey"),
        .executableTarget(
            name: "FuzzSSHSignature", dependencies: ["FuzzSupport", .product(name: "LegisCores", package: "legis")],
            path: "Sources/FuzzSSHSignature"),
        .executableTarget(
            name: "FuzzTagObject", dependencies: ["FuzzSupport", .product(name: "LegisCores", package: "legis")],
            path: "Sources/FuzzTagObject"),
        .executableTarget(
            name: "FuzzStatements", dependencies: ["FuzzSupport", .product(name: "LegisCores", package: "legis")],
            path: "Sources/FuzzStatements"),
    ]
)
