import Foundation
import LegisDocument

/// Locations of test fixtures outside the package, and small helpers.
enum Fixtures {
    /// The repository root: `Tests/LegisDocumentTests/Fixtures.swift` → up two folders
    /// (symbolic links resolved, so a package that links the test folder finds the same root).
    static let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shared corpus folder beside the repository.
    static let corpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    /// The BGB file of `date` (`2013-01-11`).
    static func bgb(_ date: String) throws -> String {
        try String(
            contentsOf: corpus.appendingPathComponent("bgb/bgb-\(date).md"), encoding: .utf8)
    }

    /// Every `.md` file under `folder`, recursively (none if the folder does not exist).
    static func markdownFiles(under folder: URL) -> [URL] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: nil)
        else { return [] }
        return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "md" }
            .sorted { $0.path < $1.path }
    }
}

extension Document {
    /// Every path in document order, as strings.
    var pathStrings: [String] { allProvisions.map(\.path.description) }
}
