import Foundation

/// The shared corpus of real legislation, beside the repository.
enum Corpus {
    /// `<root>/../shared/corpus`, where `<root>` is the repository holding this file.
    static var folder: URL {
        URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent()  // Support
            .deletingLastPathComponent()  // LegisDiffTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // root
            .appendingPathComponent("../shared/corpus")
            .standardizedFileURL
    }

    /// The text of `name` in the corpus, such as `bgb/bgb-2013-01-11.md`.
    static func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
}
