import LegisDiff
import LegisDocument
import Testing

/// The text formats: markers, colours, context, synopsis, stat.
@Suite struct RenderTests {
    static let redline = WordDiff.redline(
        old: "line one\nthe authority shall inform the victim\nline three\nline four\nline five\nline six",
        new: "line one\nthe agency must inform the victim\nline three\nline four\nline five\nline six")

    @Test func wordFormatMarksChangesGitStyle() {
        let text = Self.redline.render(.word)
        #expect(text.contains("the [-authority shall-]{+agency must+} inform the victim"))
        #expect(text.hasPrefix("line one\n"))
        #expect(text.hasSuffix("line six"))
    }

    @Test func terminalWithoutColourUsesMarkersAndContext() {
        let text = Self.redline.render(.terminal, options: RenderOptions(contextLines: 1))
        #expect(text == "line one\nthe [-authority shall-]{+agency must+} inform the victim\nline three")
    }

    @Test func terminalWithColourUsesStrikethroughAndUnderline() {
        let text = Self.redline.render(.terminal, options: RenderOptions(color: true))
        #expect(text.contains("\u{1B}[9;31mauthority shall\u{1B}[0m"))
        #expect(text.contains("\u{1B}[4;32magency must\u{1B}[0m"))
        #expect(!text.contains("[-"))
    }

    @Test func colourNeverSpansALineEnd() {
        let redline = WordDiff.redline(old: "a\n", new: "a\nnew line one\nnew line two\n")
        let text = redline.render(.terminal, options: RenderOptions(color: true))
        for line in text.split(separator: "\n") where line.contains("\u{1B}[4;32m") {
            #expect(line.hasSuffix("\u{1B}[0m"))
        }
    }

    @Test func rewrapShowsNoMarkers() {
        let redline = WordDiff.redline(old: "one two\nthree four", new: "one two three\nfour")
        #expect(redline.render(.word) == "one two three\nfour")
    }

    @Test func statListsEachChangedProvision() {
        let law = ProvisionKindTests.law
        let new = ProvisionKindTests.replacing(law, "ninety days", with: "thirty days")
        let redline = ProvisionKindTests.compare(law, new)
        let stat = redline.render(.stat)
        #expect(stat.split(separator: "\n").first == "modified  Article 5  +1 -1")
        #expect(stat.hasSuffix("1 provision change, 1 word inserted, 1 word deleted"))
    }

    @Test func synopsisRowsHoldEachSideOfAChangedProvision() throws {
        let law = ProvisionKindTests.law
        let new = ProvisionKindTests.replacing(law, "ninety days", with: "thirty days")
        let redline = ProvisionKindTests.compare(law, new)
        let row = try #require(redline.synopsisRows.first)
        #expect(redline.synopsisRows.count == 1)
        #expect(row.kind == .modified)
        #expect(row.oldPath == ProvisionPath("art-5"))
        #expect(row.old.map(\.text).joined().hasPrefix("Article 5 Reflection period\nA reflection period of "))
        #expect(row.old.contains(Segment(op: .delete, text: "ninety")))
        #expect(!row.old.contains { $0.op == .insert })
        #expect(row.new.contains(Segment(op: .insert, text: "thirty")))
        #expect(!row.new.contains { $0.op == .delete })
        let text = redline.render(.synopsis, options: RenderOptions(width: 80))
        #expect(text.contains("modified: Article 5"))
        #expect(text.contains("[-ninety-]"))
        #expect(text.contains("{+thirty+}"))
        #expect(text.contains(" │ "))
    }

    @Test func insertedProvisionHasOnlyANewSide() throws {
        let law = ProvisionKindTests.law
        let new = ProvisionKindTests.replacing(
            law, "Article 8 Return", with: "Article 7^1 Data\nKept confidential.\n\nArticle 8 Return")
        let row = try #require(ProvisionKindTests.compare(law, new).synopsisRows.first)
        #expect(row.kind == .inserted)
        #expect(row.old.isEmpty)
        #expect(row.new.map(\.text).joined() == "Article 7^1 Data\nKept confidential.\n\n")
    }
}
