import Foundation

/// The sample proposals of the repository and the shared corpus beside it.
enum Texts {
    /// The repository holding this file.
    static var root: URL {
        URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent()  // Support
            .deletingLastPathComponent()  // LegisAmendmentsTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // root
    }

    /// Every pair of successive drafts in `proposals/` and in `../shared/corpus`, by name.
    static func successivePairs() throws -> [(name: String, old: String, new: String)] {
        var pairs: [(String, String, String)] = []
        let manager = FileManager.default
        let folders = [root.appendingPathComponent("proposals"), root.appendingPathComponent("../shared/corpus").standardizedFileURL]
        for top in folders {
            for sub in try manager.contentsOfDirectory(atPath: top.path).sorted() {
                let folder = top.appendingPathComponent(sub)
                var isFolder: ObjCBool = false
                guard manager.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else { continue }
                let drafts = try manager.contentsOfDirectory(atPath: folder.path)
                    .filter { $0.hasSuffix(".md") && $0.first?.isNumber == true || $0.hasPrefix(sub + "-") }
                    .sorted()
                for (a, b) in zip(drafts, drafts.dropFirst()) {
                    pairs.append((
                        "\(sub)/\(a) → \(b)",
                        try String(contentsOf: folder.appendingPathComponent(a), encoding: .utf8),
                        try String(contentsOf: folder.appendingPathComponent(b), encoding: .utf8)))
                }
            }
        }
        return pairs
    }
}

/// A deterministic random number generator (SplitMix64), so that property tests repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The words of a text, spacing aside.
func words(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).map(String.init)
}
