import LegisDiff
import Testing

/// The redline reads as a lawyer would mark it up.
@Suite struct WordDiffReadabilityTests {
    @Test func insertionStartsOnAWord() {
        let segments = WordDiff.segments(old: "the contract is void", new: "the new contract is void")
        #expect(
            segments == [
                Segment(op: .equal, text: "the "), Segment(op: .insert, text: "new "),
                Segment(op: .equal, text: "contract is void"),
            ])
    }

    @Test func wholeWordsChange() {
        let segments = WordDiff.segments(old: "within 30 days", new: "within 60 days")
        #expect(
            segments == [
                Segment(op: .equal, text: "within "), Segment(op: .delete, text: "30"),
                Segment(op: .insert, text: "60"), Segment(op: .equal, text: " days"),
            ])
    }

    @Test func nonASCIILettersJoinWords() {
        let segments = WordDiff.segments(old: "die Straße ist gesperrt", new: "die Strasse ist gesperrt")
        #expect(segments.contains(Segment(op: .delete, text: "Straße")))
        #expect(segments.contains(Segment(op: .insert, text: "Strasse")))
        let romanian = WordDiff.segments(old: "protecția victimelor", new: "protecția persoanelor")
        #expect(romanian.contains(Segment(op: .delete, text: "victimelor")))
    }

    @Test func tinyEqualityBetweenChangesIsFolded() {
        let segments = WordDiff.segments(
            old: "the authority shall inform the victim", new: "the agency must inform the victim")
        #expect(
            segments == [
                Segment(op: .equal, text: "the "), Segment(op: .delete, text: "authority shall"),
                Segment(op: .insert, text: "agency must"), Segment(op: .equal, text: " inform the victim"),
            ])
    }

    @Test func shortChangesAroundALongerWordStaySeparate() {
        let segments = WordDiff.segments(old: "paragraphs 1 and 2", new: "paragraphs 3 and 4")
        #expect(segments.filter { $0.op == .delete }.map(\.text) == ["1", "2"])
    }

    @Test func spacesAroundAChangeStayEqual() {
        let segments = WordDiff.segments(old: "shall be void and null", new: "shall be invalid and null")
        #expect(
            segments == [
                Segment(op: .equal, text: "shall be "), Segment(op: .delete, text: "void"),
                Segment(op: .insert, text: "invalid"), Segment(op: .equal, text: " and null"),
            ])
    }

    @Test func newParagraphBetweenEqualWordsIsAWhitespaceChange() {
        let redline = WordDiff.redline(old: "first sentence. Second sentence.", new: "first sentence.\n\nSecond sentence.")
        #expect(redline.stats == DiffStats(insertedWords: 0, deletedWords: 0))
        #expect(
            redline.segments == [
                Segment(op: .equal, text: "first sentence."), Segment(op: .delete, text: " "),
                Segment(op: .insert, text: "\n\n"), Segment(op: .equal, text: "Second sentence."),
            ])
    }

    @Test func rewrapCountsNoWords() {
        let old = "The State shall ensure the protection\nof victims of trafficking."
        let new = "The State shall ensure\nthe protection of victims of trafficking."
        let redline = WordDiff.redline(old: old, new: new)
        expectRebuilds(redline.segments, old: old, new: new)
        #expect(redline.segments.contains { $0.op != .equal })
        #expect(redline.stats == DiffStats(insertedWords: 0, deletedWords: 0))
        #expect(redline.provisions.isEmpty)
        #expect(!redline.hasChanges)
    }

    @Test func punctuationChangeCountsAsAWord() {
        let redline = WordDiff.redline(old: "victims, witnesses", new: "victims; witnesses")
        #expect(redline.stats == DiffStats(insertedWords: 1, deletedWords: 1))
        #expect(redline.provisions.map(\.kind) == [.modified])
    }
}
