// swift-tools-version:6.1
import Foundation
import PackageDescription

/// In release builds each function in a section of its own where the compiler allows it, so that
/// the linker can place the ones start-up runs together (see the `legis` target).
let functionSections = SwiftSetting.unsafeFlags(["-Xfrontend", "-function-sections"], .when(configuration: .release))

/// In release builds the metadata of a concrete generic type (`[Provision]`, `[String: Int]`) is
/// asked of its generic type's accessor, with the conformances its requirements need passed
/// along, not decoded from the type's mangled name on first use: decoding costs some ten
/// thousand instructions per type, and checking a requirement such as `Key: Hashable` that way
/// scans every protocol conformance in the executable. A short command meets some fifty such
/// types.
let metadataAccessors = SwiftSetting.unsafeFlags(
    ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release))

/// Settings shared by every target.
let swiftSettings: [SwiftSetting] = [
    functionSections,
    metadataAccessors,
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// libgit2 and the libraries it depends on, as Debian's libgit2-dev installs them, and libdeflate
/// (LegisGit reads packed blobs with it). GSSAPI has no static archive: `CGSSAPIUnavailable`
/// stands in for it (see there why).
let staticLibGit2 = [
    "libgit2.a", "libmbedtls.a", "libmbedx509.a", "libmbedcrypto.a", "libhttp_parser.a", "libssh2.a",
    "libpcre2-8.a", "libz.a", "libcrypto.a", "libdeflate.a",
]

/// The linker flags for `staticLibGit2`, libgit2's reading of certificate files and seeding of
/// TLS's random generator sent to `CDeferredCertificates`, OpenSSL's start-up CPU probe to
/// `CDeferredCPUProbe` and libssh2's start-up to `CDeferredSSH`.
let staticLibGit2Flags: [String] =
    staticLibGit2.flatMap { ["-Xlinker", "-l:\($0)"] }
    + ["-Xlinker", "--wrap=mbedtls_x509_crt_parse_file", "-Xlinker", "--wrap=mbedtls_ssl_setup"]
    + ["-Xlinker", "--wrap=mbedtls_ctr_drbg_seed"]
    + ["-Xlinker", "--wrap=OPENSSL_cpuid_setup"]
    + ["-Xlinker", "--wrap=libssh2_init", "-Xlinker", "--wrap=libssh2_exit", "-Xlinker", "--wrap=libssh2_session_init_ex"]

/// Foundation's static archives and what they use, in one group so that their references to one
/// another resolve whatever order the linker meets them in (`-static-stdlib` links Foundation
/// statically but does not name what it depends on).
let staticFoundation = [
    "libFoundation.a", "libFoundationEssentials.a", "libFoundationInternationalization.a", "libCoreFoundation.a",
    "lib_FoundationICU.a", "lib_FoundationCShims.a", "lib_FoundationCollections.a", "libswiftSynchronization.a",
    // FoundationXML (Word import reads XML with it), the system's libxml2 under it, and what that uses.
    "libFoundationXML.a", "lib_CFXMLInterface.a", "libxml2.a", "libicuuc.a", "libicudata.a", "liblzma.a", "libz.a",
    // The C++ runtime that ICU needs, inside the group: the driver names it before these.
    "libstdc++.a",
]

/// The folder of this manifest: the linker is not run from it.
let packageDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path

/// The release executable's linker flags (see the `legis` target).
let releaseExecutableFlags: [String] = {
    var flags = ["-static-executable", "-use-ld=lld"]
    flags += ["-Xlinker", "--symbol-ordering-file=\(packageDirectory)/script/startup-order.txt"]
    flags += ["-Xlinker", "--no-warn-symbol-ordering"]
    flags += ["-Xlinker", "--start-group"] + staticFoundation.flatMap { ["-Xlinker", "-l:\($0)"] }
    flags += ["-Xlinker", "--end-group"]
    return flags
}()

let package = Package(
    name: "legis",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "legis", targets: ["legis"]),
        .library(name: "LegisTracker", targets: ["LegisTracker"]),
        // The pure cores, for the fuzz targets in Fuzz/.
        .library(name: "LegisCores", targets: ["LegisDocument", "LegisDiff", "LegisSignature"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // libgit2 (Debian's libgit2-dev), seen only by LegisGit.
        .systemLibrary(name: "CLibGit2"),
        // Failing Kerberos entry points for the static libgit2 (Legis never authenticates with Kerberos).
        .target(name: "CGSSAPIUnavailable"),
        // The certificate authorities read at the first TLS connection, not at start-up (release
        // builds, where libgit2 is linked statically; see deferred_certificates.c).
        .target(
            name: "CDeferredCertificates",
            cSettings: [.define("LEGIS_STATIC_LIBGIT2", .when(configuration: .release))]),
        // OpenSSL's CPU probe run when OpenSSL is initialised, not before `main` (release builds;
        // see deferred_cpu_probe.c).
        .target(
            name: "CDeferredCPUProbe",
            cSettings: [.define("LEGIS_STATIC_LIBGIT2", .when(configuration: .release))]),
        // libssh2 (and OpenSSL under it) started at the first SSH connection, not with libgit2
        // (release builds; see deferred_ssh.c).
        .target(
            name: "CDeferredSSH",
            cSettings: [.define("LEGIS_STATIC_LIBGIT2", .when(configuration: .release))]),
        // libdeflate (Debian's libdeflate-dev), for reading large blobs from packs.
        .systemLibrary(name: "CLibDeflate"),
        .target(
            name: "LegisGit",
            dependencies: [
                "CLibGit2", "CLibDeflate", "CGSSAPIUnavailable", "CDeferredCertificates", "CDeferredCPUProbe",
                "CDeferredSSH",
            ],
            swiftSettings: swiftSettings,
            linkerSettings: [
                .linkedLibrary("git2", .when(configuration: .debug)),
                .linkedLibrary("deflate", .when(configuration: .debug)),
                // Release builds link libgit2 and what it uses statically: fewer shared libraries
                // to load and relocate at every start of `legis`.
                .unsafeFlags(staticLibGit2Flags, .when(configuration: .release)),
            ]),
        // glibc's malloc tuning (mallopt), for short-lived commands.
        .systemLibrary(name: "CMalloc"),
        // Pure cores: no git, no files, no HTTP.
        .target(
            name: "LegisDocument",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        .target(name: "LegisDiff", dependencies: ["LegisDocument"], swiftSettings: swiftSettings),
        .target(name: "LegisAmendments", dependencies: ["LegisDocument", "LegisDiff"], swiftSettings: swiftSettings),
        .target(
            name: "LegisSignature",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        // Exchange formats: DOCX (tracked changes) out and in, Akoma Ntoso out (amendments too).
        .target(
            name: "LegisExchange",
            dependencies: [
                "LegisDocument", "LegisDiff", "LegisAmendments",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
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
                .embedInCode("web/amendments.mustache"),
                .embedInCode("web/amendment.mustache"),
                .embedInCode("web/stakeholders.mustache"),
                .embedInCode("web/error.mustache"),
                .embedInCode("web/style.css"),
                // Members: sign-in, enrolment, editing, endorsing, and their script.
                .embedInCode("web/member-bar.mustache"), .embedInCode("web/doc-nav.mustache"),
                .embedInCode("web/signin.mustache"), .embedInCode("web/enrol.mustache"),
                .embedInCode("web/notice.mustache"), .embedInCode("web/invite.mustache"),
                .embedInCode("web/edit.mustache"), .embedInCode("web/endorse.mustache"),
                .embedInCode("web/endorse-sign.mustache"), .embedInCode("web/legis.js"),
                // Members: tabling amendments and the conflict page of an adoption.
                .embedInCode("web/tabling-fields.mustache"), .embedInCode("web/amendment-new.mustache"),
                .embedInCode("web/amendment-conflict.mustache"),
            ],
            swiftSettings: swiftSettings
        ),
        // Use cases over a workspace.
        .target(
            name: "LegisTracker",
            dependencies: [
                "LegisGit", "LegisDocument", "LegisDiff", "LegisSignature", "LegisTemplates", "LegisAmendments",
                "LegisExchange",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "LegisServer",
            dependencies: [
                "LegisTracker", "LegisDiff", "LegisDocument", "LegisGit", "LegisTemplates", "LegisAmendments",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "legis",
            dependencies: [
                "LegisTracker", "LegisServer", "LegisDiff", "LegisDocument", "LegisGit", "LegisSignature", "CMalloc",
                "LegisAmendments", "LegisExchange",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings,
            // The release executable is static: no dynamic loader, no shared library to map,
            // relocate and bind at each start (about 3 ms of every run before). Everything it uses
            // is linked from static archives: the Swift runtime and Foundation, libgit2's
            // libraries (LegisGit), libxml2 and ICU for FoundationXML, glibc. glibc's name
            // lookups (getaddrinfo for remotes and `serve`, getpwuid for the home folder) still
            // load the system's NSS modules at run time, which the glibc of the machine that
            // built it provides.
            //
            // lld places the functions that start-up and a short `diff --files` run next to each
            // other (script/startup-order.txt, made by script/startup-order; Legis' own functions
            // each in a section of their own, `functionSections`): a short command then touches a
            // few dozen 64 KiB stretches of code instead of a hundred scattered over 36 MB, each
            // a page fault (Docs/performance.md).
            linkerSettings: [
                .unsafeFlags(releaseExecutableFlags, .when(configuration: .release))
            ]
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
            name: "LegisAmendmentsTests", dependencies: ["LegisAmendments", "LegisDiff", "LegisDocument"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "LegisExchangeTests",
            dependencies: [
                "LegisExchange", "LegisDocument", "LegisDiff", "LegisAmendments", "LegisTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "LegisSignatureTests", dependencies: ["LegisSignature"], swiftSettings: swiftSettings),
        .testTarget(
            name: "LegisTrackerTests",
            dependencies: [
                "LegisTracker", "LegisGit", "LegisDocument", "LegisSignature", "LegisDiff", "LegisTestSupport",
                "LegisAmendments", "LegisExchange",
            ],
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
