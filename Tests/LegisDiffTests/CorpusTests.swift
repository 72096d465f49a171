import LegisDocument
import Testing

@testable import LegisDiff

/// Real legislation: the German Civil Code in 2013 and 2018.
@Suite struct CorpusTests {
    @Test func bgb2013To2018RebuildsByteForByte() throws {
        let old = try Corpus.text("bgb/bgb-2013-01-11.md")
        let new = try Corpus.text("bgb/bgb-2018-11-08.md")
        let redline = DocumentDiff.compare(try Document.parse(old), try Document.parse(new))
        expectRebuilds(redline.segments, old: old, new: new)
        #expect(redline.stats.insertedWords > redline.stats.deletedWords)
        #expect(!redline.provisions.isEmpty)
        // Far fewer changed words than the texts hold: unchanged provisions were matched.
        #expect(redline.stats.insertedWords + redline.stats.deletedWords < 60_000)
        // Every change names a provision on the side it concerns.
        for change in redline.provisions where change.kind == .inserted { #expect(change.newPath != nil) }
        for change in redline.provisions where change.kind == .deleted { #expect(change.oldPath != nil) }
        // The same inputs give the same bytes.
        let again = DocumentDiff.compare(try Document.parse(old), try Document.parse(new))
        #expect(again.json() == redline.json())
    }

    @Test func twoThreadsGiveTheSameBytesAsOne() throws {
        let old = try Document.parse(try Corpus.text("bgb/bgb-2013-01-11.md"))
        let new = try Document.parse(try Corpus.text("bgb/bgb-2018-11-08.md"))
        let parallel = DocumentDiff.compare(old, new, parallel: true)
        let serial = DocumentDiff.compare(old, new, parallel: false)
        #expect(parallel.json() == serial.json())
        #expect(parallel == serial)
        // The JSON written in parts on two threads is the JSON written in one go.
        #expect(serial.json(parallel: true) == serial.json(parallel: false))
        // Written out part after part, they are the same bytes again; a short law's JSON is one part.
        let parts = serial.jsonParts()
        #expect(parts.count == Redline.jsonRuns + 1)
        #expect(Array(parts.joined()) == serial.json(parallel: false))
        let short = DocumentDiff.compare(
            try Document.parse("# Law\n\n## Article 1\n\n(1) Five days.\n(2) Ten days.\n"),
            try Document.parse("# Law\n\n## Article 1\n\n(1) Four days.\n(2) Ten days.\n"))
        #expect(short.jsonParts() == [short.json(parallel: false)])
    }

    @Test func insertedSectionIsReportedWithAllItsWords() throws {
        let old = try Corpus.text("bgb/bgb-2012-12-02.md")
        let new = try Corpus.text("bgb/bgb-2013-01-11.md")
        let redline = DocumentDiff.compare(try Document.parse(old), try Document.parse(new))
        expectRebuilds(redline.segments, old: old, new: new)
        // § 1631d was inserted, with its two paragraphs (each its own entry); the preamble names
        // the amending law.
        let inserted = redline.provisions.filter { $0.kind == .inserted }
        #expect(inserted.compactMap(\.newPath).map(\.description) == ["art-1631d", "art-1631d/par-1", "art-1631d/par-2"])
        #expect(inserted.reduce(0) { $0 + $1.insertedWords } == redline.stats.insertedWords - 3)
        #expect(redline.provisions.map(\.kind) == [.modified, .inserted, .inserted, .inserted])
        #expect(redline.stats.deletedWords == 3)
    }

    @Test func sameLawHasNoChanges() throws {
        let text = try Corpus.text("bgb/bgb-2013-01-11.md")
        let redline = DocumentDiff.compare(try Document.parse(text), try Document.parse(text))
        #expect(redline.provisions.isEmpty)
        #expect(redline.segments.count == 1)
        #expect(redline.stats == DiffStats())
    }
}
