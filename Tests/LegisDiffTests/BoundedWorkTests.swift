import LegisDiff
import Testing

/// The worst cases for a diff finish and still rebuild both sides (no timing assertion: a
/// quadratic engine would not finish in the suite's time).
@Suite struct BoundedWorkTests {
    /// About `bytes` bytes of pseudo-words drawn from `alphabet`.
    static func randomText(bytes: Int, seed: UInt64, alphabet: [UInt8]) -> String {
        var rng = SeededGenerator(seed: seed)
        var out: [UInt8] = []
        out.reserveCapacity(bytes + 16)
        while out.count < bytes {
            for _ in 0..<Int.random(in: 2...9, using: &rng) { out.append(alphabet.randomElement(using: &rng) ?? 0x61) }
            out.append(Int.random(in: 0..<12, using: &rng) == 0 ? 0x0A : 0x20)
        }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func unrelatedTwoMegabyteTexts() {
        let old = Self.randomText(bytes: 2_000_000, seed: 1, alphabet: Array("abcdefghijklm".utf8))
        let new = Self.randomText(bytes: 2_000_000, seed: 2, alphabet: Array("nopqrstuvwxyz".utf8) + [0x61, 0x65])
        let segments = WordDiff.segments(old: old, new: new)
        expectRebuilds(segments, old: old, new: new)
    }

    @Test func unrelatedTextsSharingAVocabulary() {
        let alphabet = Array("abcd".utf8)
        let old = Self.randomText(bytes: 2_000_000, seed: 3, alphabet: alphabet)
        let new = Self.randomText(bytes: 2_000_000, seed: 4, alphabet: alphabet)
        let segments = WordDiff.segments(old: old, new: new)
        expectRebuilds(segments, old: old, new: new)
    }

    @Test func repeatedWordAgainstASlightlyEditedCopy() {
        let old = String(repeating: "Frist ", count: 2_000_000 / 6)
        var words = old.split(separator: " ").map(String.init)
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<20 {
            let at = Int.random(in: 0..<words.count, using: &rng)
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: words[at] = "Fristen"
            case 1: words.remove(at: at)
            default: words.insert("neue", at: at)
            }
        }
        let new = words.joined(separator: " ") + " "
        let redline = WordDiff.redline(old: old, new: new)
        expectRebuilds(redline.segments, old: old, new: new)
        // The bounded Myers fallback still finds the few edits rather than replacing everything.
        #expect(redline.stats.insertedWords > 0)
        #expect(redline.stats.insertedWords + redline.stats.deletedWords < 100)
    }
}
