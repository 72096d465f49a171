import Foundation
import LegisDiff
import LegisDocument
import Testing

/// Moved text is marked in the segments and shown apart from deletions and insertions in every
/// rendering.
@Suite struct MovedTextTests {
    @Test func segmentsMarkTheMovedSentenceOnBothSides() throws {
        let redline = try RomanianLaw.redline()
        expectRebuilds(redline.segments, old: RomanianLaw.old, new: RomanianLaw.new)
        let moved = redline.segments.filter { $0.move != nil }
        #expect(moved.map(\.op) == [.delete, .insert])
        #expect(moved.map(\.text) == [RomanianLaw.sentence, RomanianLaw.sentence], "whole words, full stop included")
        let index = try #require(moved.first?.move)
        #expect(moved.last?.move == index)
        let change = redline.provisions[index]
        #expect(change.kind == .moved && change.movedText != nil)
        #expect(change.oldPath == ProvisionPath("art-2/par-1"))
        #expect(change.newPath == ProvisionPath("art-7/par-1"))
        // Nothing else is marked: the edits of art. 3 are plain deletions and insertions.
        #expect(redline.segments.contains { $0.op == .delete && $0.text == "30 de" && $0.move == nil })
    }

    @Test func aWholeMovedArticleIsMarkedWhereItStoodAndWhereItStands() {
        let article6 =
            "Article 6 Residence\nVictims who cooperate with the authorities may receive a residence permit.\n\n"
        var new = ProvisionKindTests.replacing(ProvisionKindTests.law, article6, with: "")
        new = ProvisionKindTests.replacing(new, "Article 4 Assistance", with: article6 + "Article 4 Assistance")
        let redline = ProvisionKindTests.compare(ProvisionKindTests.law, new)
        let moved = redline.segments.filter { $0.move != nil }
        #expect(moved.map(\.op) == [.insert, .delete])
        #expect(moved.allSatisfy { $0.move == 0 && $0.text.contains("residence permit") })
    }

    /// The law of ``ProvisionKindTests`` with `count` sentences (or, now and then, whole
    /// articles) taken out of one article and put at the end of another, and a word changed.
    static func shuffled(seed: Int, count: Int) -> String {
        var rng = SeededGenerator(seed: UInt64(seed) &+ 7000)
        var articles = ProvisionKindTests.law.components(separatedBy: "\n\n")
        let bodies = articles.indices.filter { articles[$0].hasPrefix("Article") }
        for _ in 0..<count {
            guard let from = bodies.randomElement(using: &rng), let to = bodies.randomElement(using: &rng) else { break }
            if Int.random(in: 0..<4, using: &rng) == 0 {
                articles.swapAt(from, to)
                continue
            }
            var lines = articles[from].components(separatedBy: "\n")
            guard lines.count > 1, let last = lines.popLast() else { continue }
            articles[from] = (lines + [last.split(separator: " ").dropLast(2).joined(separator: " ") + "."])
                .joined(separator: "\n")
            articles[to] += " " + last
        }
        let text = articles.joined(separator: "\n\n")
        return text.replacingOccurrences(of: "shall", with: Bool.random(using: &rng) ? "must" : "shall")
    }

    @Test(arguments: 0..<40)
    func movesKeepTheSegmentsWhole(seed: Int) {
        let new = Self.shuffled(seed: seed, count: 1 + seed % 4)
        let redline = ProvisionKindTests.compare(ProvisionKindTests.law, new)
        #expect(redline.segments.allSatisfy { !$0.text.isEmpty })
        for segment in redline.segments {
            guard let move = segment.move else { continue }
            #expect(segment.op != .equal)
            #expect(redline.provisions.indices.contains(move) && redline.provisions[move].kind == .moved)
        }
        for (a, b) in zip(redline.segments, redline.segments.dropFirst()) {
            #expect(a.op != b.op || a.move != b.move, "neighbours share an op only where moved text starts or ends")
        }
        // Every rendering copes with the cut segments.
        #expect(!redline.render(.terminal, options: RenderOptions(color: true)).isEmpty)
        #expect(!redline.render(.synopsis).isEmpty)
        #expect(!redline.render(.html).isEmpty)
    }

    @Test func shuffledLawsHaveMovedText() {
        let marked = (0..<40).filter { seed in
            let new = Self.shuffled(seed: seed, count: 1 + seed % 4)
            return ProvisionKindTests.compare(ProvisionKindTests.law, new).segments.contains { $0.move != nil }
        }
        #expect(marked.count >= 15, "\(marked)")
    }

    @Test func plainTextHasNoMoves() {
        let redline = WordDiff.redline(old: "one two three four", new: "three four one two")
        #expect(redline.segments.allSatisfy { $0.move == nil })
        #expect(!redline.render(.html).contains("class=\"moved\""))
    }

    @Test func jsonCarriesTheMoveAndStillRebuildsBothSides() throws {
        let redline = try RomanianLaw.redline()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(redline.json())) as? [String: Any])
        let segments = try #require(object["segments"] as? [[String: Any]])
        let moved = segments.filter { $0["move"] != nil }
        #expect(moved.count == 2)
        let index = try #require(moved.first?["move"] as? Int)
        let provisions = try #require(object["provisions"] as? [[String: Any]])
        #expect(provisions[index]["kind"] as? String == "moved")
        func side(_ op: String) -> String {
            segments.filter { $0["op"] as? String == "equal" || $0["op"] as? String == op }
                .compactMap { $0["text"] as? String }.joined()
        }
        #expect(side("delete") == RomanianLaw.old)
        #expect(side("insert") == RomanianLaw.new)
        #expect(String(decoding: redline.json(), as: UTF8.self).contains(#"în România.","move":4}"#))
    }

    @Test func terminalNamesWhereMovedTextWentWithAndWithoutColour() throws {
        let redline = try RomanianLaw.redline()
        let plain = redline.render(.terminal)
        #expect(plain.contains("de șanse. ⟦moved to Art. 7 alin. (1): \(RomanianLaw.sentence)⟧\n(2)"))
        #expect(plain.contains("angajatori. ⟦moved from Art. 2 alin. (1): \(RomanianLaw.sentence)⟧\n(2)"))
        #expect(!plain.contains("[-Agenția") && !plain.contains("{+Agenția"))
        let word = redline.render(.word)
        #expect(word.contains("⟦moved to Art. 7 alin. (1): Agenția"))
        let colour = redline.render(.terminal, options: RenderOptions(color: true))
        #expect(colour.contains("\u{1B}[35m⟦moved to Art. 7 alin. (1): \u{1B}[0m\u{1B}[9;35mAgenția"))
        #expect(colour.contains("\u{1B}[35m⟦moved from Art. 2 alin. (1): \u{1B}[0m\u{1B}[4;35mAgenția"))
        #expect(colour.contains("România.\u{1B}[0m\u{1B}[35m⟧\u{1B}[0m"))
    }

    @Test func htmlStylesMovedTextApart() throws {
        let page = try RomanianLaw.redline().render(.html)
        #expect(page.contains(#"<del class="moved" title="moved to Art. 7 alin. (1)">Agenția"#))
        #expect(page.contains(#"<ins class="moved" title="moved from Art. 2 alin. (1)">Agenția"#))
        #expect(page.contains("del.moved{") && page.contains("ins.moved{"))
        #expect(page.contains("<del>30 de</del>"), "other changes keep their plain marks")
    }

    @Test func synopsisMarksMovedTextInBothColumns() throws {
        let redline = try RomanianLaw.redline()
        let text = redline.render(.synopsis, options: RenderOptions(width: 200))
        #expect(text.contains("⟦moved to Art. 7 alin. (1): Agenția nu percepe"))
        #expect(text.contains("⟦moved from Art. 2 alin. (1): Agenția nu percepe"))
        #expect(!text.contains("{+ +}") && !text.contains("[- -]"), "a change of whitespace alone is unmarked")
        let row = try #require(redline.synopsisRows.first { $0.oldPath == ProvisionPath("art-2/par-1") })
        #expect(row.old.contains { $0.move != nil })
        let page = redline.render(.synopsisHTML)
        #expect(page.contains(#"<del class="moved" title="moved to Art. 7 alin. (1)">"#))
    }
}
