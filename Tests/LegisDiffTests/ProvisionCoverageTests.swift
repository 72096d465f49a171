import Foundation
import LegisDiff
import LegisDocument
import Testing

/// A property of every redline: each provision whose own text differs between the two sides,
/// compared path by path, appears in `provisions` (by its old or its new path). Random edits of
/// the corpus and of the proposals.
@Suite struct ProvisionCoverageTests {
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// The sample texts: each proposal draft, and three stretches of the civil code.
    static func samples() throws -> [String] {
        var texts: [String] = []
        let proposals = root.appendingPathComponent("proposals")
        for folder in try FileManager.default.contentsOfDirectory(atPath: proposals.path).sorted() {
            let url = proposals.appendingPathComponent(folder)
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { continue }
            for file in files.sorted() where file.hasPrefix("0") && file.hasSuffix(".md") {
                texts.append(try String(contentsOf: url.appendingPathComponent(file), encoding: .utf8))
            }
        }
        let code = try Corpus.text("bgb/bgb-2018-11-08.md")
        let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
        for start in [0, 9_000, 21_000] {
            texts.append(lines[start..<min(start + 1_500, lines.count)].joined(separator: "\n"))
        }
        return texts
    }

    static let words = ["shall", "not", "Staat", "(3)", "(7)", "1.", "b)", "registru", "fee", "licence", "."]

    /// `text` with `count` random edits of its lines: words inserted, deleted or replaced, a
    /// line deleted, moved or duplicated with a new paragraph number, a sentence moved.
    static func edited(_ text: String, count: Int, using rng: inout SeededGenerator) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<count where lines.count > 2 {
            let at = Int.random(in: 0..<lines.count, using: &rng)
            var words = lines[at].split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            switch Int.random(in: 0..<7, using: &rng) {
            case 0:
                words.insert(Self.words.randomElement(using: &rng) ?? "x", at: Int.random(in: 0...words.count, using: &rng))
                lines[at] = words.joined(separator: " ")
            case 1 where !words.isEmpty:
                words.remove(at: Int.random(in: 0..<words.count, using: &rng))
                lines[at] = words.joined(separator: " ")
            case 2 where !words.isEmpty:
                words[Int.random(in: 0..<words.count, using: &rng)] = Self.words.randomElement(using: &rng) ?? "x"
                lines[at] = words.joined(separator: " ")
            case 3:
                lines.remove(at: at)
            case 4:
                let line = lines.remove(at: at)
                lines.insert(line, at: Int.random(in: 0...lines.count, using: &rng))
            case 5:
                lines.insert("(9) A new paragraph on \(Self.words.randomElement(using: &rng) ?? "x").", at: at)
            default:
                // A sentence moved from one line to another.
                guard let dot = lines[at].firstIndex(of: ".") else { continue }
                let sentence = String(lines[at][...dot])
                lines[at].removeSubrange(...dot)
                let to = Int.random(in: 0..<lines.count, using: &rng)
                lines[to] += " " + sentence
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Each path's own text, with whitespace and Markdown markers left out.
    static func ownTexts(_ document: Document) -> [String: String] {
        var texts: [String: String] = [:]
        for provision in document.allProvisions {
            let text = document.text(provision.ownRange)
            texts[provision.path.description] = text.split(whereSeparator: \.isWhitespace)
                .filter { !$0.allSatisfy { "#*_`".contains($0) } }.joined(separator: " ")
        }
        return texts
    }

    @Test(arguments: 0..<40)
    func everyProvisionThatDiffersIsReported(seed: Int) throws {
        let samples = try Self.samples()
        var rng = SeededGenerator(seed: UInt64(seed) &+ 7_000)
        let old = samples[seed % samples.count]
        let new = Self.edited(old, count: 1 + seed % 9, using: &rng)
        let before = try Document.parse(old)
        let after = try Document.parse(new, language: before.language)
        let redline = DocumentDiff.compare(before, after)
        expectRebuilds(redline.segments, old: old, new: new)
        let oldTexts = Self.ownTexts(before)
        let newTexts = Self.ownTexts(after)
        var reported = Set<String>()
        for change in redline.provisions {
            if let path = change.oldPath { reported.insert(path.description) }
            if let path = change.newPath { reported.insert(path.description) }
        }
        for path in Set(oldTexts.keys).union(newTexts.keys).sorted() where oldTexts[path] != newTexts[path] {
            #expect(reported.contains(path), "seed \(seed): \(path) differs but is not reported")
        }
    }
}
