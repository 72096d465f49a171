import LegisDiff
import Testing

/// Random edits of sample texts: whatever the edit, both sides rebuild from the segments.
@Suite struct WordDiffPropertyTests {
    static let sample = """
        (1) Whoever recruits, transports, transfers, harbours or receives a person by means of \
        threat, force, deception or abuse of a position of vulnerability, for the purpose of \
        exploitation, commits the offence of trafficking in human beings.
        (2) The consent of a victim to the intended exploitation is irrelevant where any of the \
        means set forth in paragraph (1) have been used.
        (3) Exploitation includes, as a minimum, the exploitation of the prostitution of others or \
        other forms of sexual exploitation, forced labour or services, slavery or practices similar \
        to slavery, servitude, or the removal of organs.
        Articolul 2 — Statul român asigură protecția și asistența victimelor, în condițiile legii.
        § 232 Menschenhandel: Wer eine andere Person unter Ausnutzung ihrer persönlichen oder \
        wirtschaftlichen Zwangslage anwirbt, wird mit Freiheitsstrafe bestraft.
        """

    static let vocabulary = [
        "victim", "person", "State", "shall", "ensure", "the", "of", "and", "Behörde", "Straße",
        "protecție", "1.", "(4)", ",", ";", "Article 7^1", "\n", "  ",
    ]

    /// `text` with `count` random edits: words inserted, deleted, replaced, moved; sentences
    /// moved; line wrapping changed.
    static func edited(_ text: String, count: Int, using rng: inout SeededGenerator) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<count {
            guard !words.isEmpty else {
                words = ["x"]
                continue
            }
            let at = Int.random(in: 0..<words.count, using: &rng)
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: words.insert(vocabulary.randomElement(using: &rng) ?? "x", at: at)
            case 1: words.remove(at: at)
            case 2: words[at] = vocabulary.randomElement(using: &rng) ?? "x"
            case 3:
                let length = min(Int.random(in: 1...12, using: &rng), words.count - at)
                let moved = Array(words[at..<(at + length)])
                words.removeSubrange(at..<(at + length))
                let to = Int.random(in: 0...words.count, using: &rng)
                words.insert(contentsOf: moved, at: to)
            case 4: words[at] = words[at].replacingNewlines()
            default:
                let sentences = words.joined(separator: " ").split(separator: ".", omittingEmptySubsequences: false)
                    .map(String.init)
                guard sentences.count > 2 else { continue }
                var shuffled = sentences
                let from = Int.random(in: 0..<shuffled.count, using: &rng)
                let sentence = shuffled.remove(at: from)
                shuffled.insert(sentence, at: Int.random(in: 0...shuffled.count, using: &rng))
                words = shuffled.joined(separator: ".").split(separator: " ", omittingEmptySubsequences: false)
                    .map(String.init)
            }
        }
        return words.joined(separator: " ")
    }

    @Test(arguments: 0..<60)
    func randomEditsRebuildBothSides(seed: Int) {
        var rng = SeededGenerator(seed: UInt64(seed))
        let old = Self.edited(Self.sample, count: seed % 7, using: &rng)
        let new = Self.edited(old, count: 1 + seed % 11, using: &rng)
        let segments = WordDiff.segments(old: old, new: new)
        expectRebuilds(segments, old: old, new: new)
        #expect(segments.allSatisfy { !$0.text.isEmpty })
        // Neighbours never share an operation: the builder merged them.
        for (a, b) in zip(segments, segments.dropFirst()) { #expect(a.op != b.op) }
    }

    @Test(arguments: 0..<20)
    func sameTextHasNoChanges(seed: Int) {
        var rng = SeededGenerator(seed: UInt64(seed) &+ 1000)
        let text = Self.edited(Self.sample, count: seed, using: &rng)
        let segments = WordDiff.segments(old: text, new: text)
        #expect(segments.allSatisfy { $0.op == .equal })
        #expect(segments.count == (text.isEmpty ? 0 : 1))
        let redline = WordDiff.redline(old: text, new: text)
        #expect(redline.provisions.isEmpty)
        #expect(redline.stats == DiffStats(insertedWords: 0, deletedWords: 0))
    }

    @Test(arguments: 0..<10)
    func sameInputsGiveSameBytes(seed: Int) {
        var rng = SeededGenerator(seed: UInt64(seed) &+ 2000)
        let old = Self.edited(Self.sample, count: 3, using: &rng)
        let new = Self.edited(old, count: 8, using: &rng)
        let first = WordDiff.redline(old: old, new: new).json()
        let second = WordDiff.redline(old: old, new: new).json()
        #expect(first == second)
    }

    @Test func emptySides() {
        expectRebuilds(WordDiff.segments(old: "", new: "a b"), old: "", new: "a b")
        expectRebuilds(WordDiff.segments(old: "a b", new: ""), old: "a b", new: "")
        #expect(WordDiff.segments(old: "", new: "").isEmpty)
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        contains("\n") ? split(separator: "\n").joined(separator: " ") : self + "\n   "
    }
}
