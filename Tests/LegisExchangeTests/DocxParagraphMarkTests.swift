import Foundation
import LegisDiff
import LegisDocument
import LegisExchange
import LegisTestSupport
import Testing

/// Changes that cross the end of a paragraph: where the new text goes, which paragraph marks are
/// revisions, and what readers that accept or reject every change make of them.
@Suite("DOCX paragraph marks")
struct DocxParagraphMarkTests {
    /// A change that replaces the end of a paragraph and the heading after it, as one deletion and
    /// one insertion (the way a coarse diff cuts it).
    static let old = """
        # Gesetz

        ##### § 9 Wohnsitz

        Der Wohnsitz bleibt alt

        ##### § 10 Aufgehoben

        (1) Ein Kind teilt den Wohnsitz.

        """
    static let new = """
        # Gesetz

        ##### § 9 Wohnsitz

        Der Wohnsitz bleibt neu

        ##### § 10 Kind

        (1) Ein Kind teilt den Wohnsitz.

        """
    static let segments = [
        Segment(op: .equal, text: "# Gesetz\n\n##### § 9 Wohnsitz\n\nDer Wohnsitz bleibt "),
        Segment(op: .delete, text: "alt\n\n##### § 10 Aufgehoben"),
        Segment(op: .insert, text: "neu\n\n##### § 10 Kind"),
        Segment(op: .equal, text: "\n\n(1) Ein Kind teilt den Wohnsitz.\n"),
    ]

    static func redline(_ segments: [Segment], old: String, new: String) throws -> [UInt8] {
        let before = try Document.parse(old)
        let after = try Document.parse(new)
        let redline = Redline(segments: segments, provisions: [], stats: DiffStats())
        return try DocxWriter.redline(
            redline, old: before, new: after, attribution: RevisionAttribution(fallback: Fixtures.author),
            properties: Fixtures.properties(after))
    }

    /// The paragraphs of `word/document.xml`: style, mark revision, text as accepted, as rejected.
    static func paragraphs(_ docx: [UInt8]) throws -> [WordParagraph] {
        try WordParagraph.read(try XMLChecks.documentXML(docx))
    }

    @Test func aReplacementKeepsEachSidesTextInItsOwnParagraphs() throws {
        let paragraphs = try Self.paragraphs(try Self.redline(Self.segments, old: Self.old, new: Self.new))
        // Both sides end a paragraph after "alt"/"neu" and after the heading: no mark is a
        // revision, and the new words follow the old ones in the same paragraph.
        #expect(paragraphs.map(\.mark) == ["", "", "", "", ""])
        #expect(
            paragraphs.map(\.accepted) == [
                "Gesetz", "§ 9 Wohnsitz", "Der Wohnsitz bleibt neu", "§ 10 Kind", "(1) Ein Kind teilt den Wohnsitz.",
            ])
        #expect(
            paragraphs.map(\.rejected) == [
                "Gesetz", "§ 9 Wohnsitz", "Der Wohnsitz bleibt alt", "§ 10 Aufgehoben",
                "(1) Ein Kind teilt den Wohnsitz.",
            ])
        #expect(paragraphs.map(\.style) == ["Title", "Heading4", "", "Heading4", ""])
    }

    @Test func aHeadingJoinedToItsTextTakesTheNewStyleAndRecordsTheOld() throws {
        // BGB 2012 → 2013: "§ 10" and "(weggefallen)" become one heading.
        let old = "# BGB\n\n##### § 10\n\n(weggefallen)\n\n##### § 11 Wohnsitz des Kindes\n\nText elf.\n"
        let new = "# BGB\n\n##### § 10 (weggefallen)\n\n##### § 11 Wohnsitz des Kindes\n\nText elf.\n"
        let before = try Document.parse(old)
        let after = try Document.parse(new)
        let docx = try DocxWriter.redline(
            DocumentDiff.compare(before, after), old: before, new: after,
            attribution: RevisionAttribution(fallback: Fixtures.author), properties: Fixtures.properties(after))
        let paragraphs = try Self.paragraphs(docx)
        let joined = try #require(paragraphs.first { $0.rejected == "(weggefallen)" })
        #expect(joined.style == "Heading4")
        #expect(joined.previousStyle == "")
        let heading = try #require(paragraphs.first { $0.rejected == "§ 10" })
        #expect(heading.mark == "del")
        #expect(heading.style == "Heading4")
        #expect(!paragraphs.contains { $0.accepted.isEmpty && $0.rejected.isEmpty })
        // Read back with the changes accepted, the old style recorded in the change is ignored.
        let back = try WordImport.markdown(fromDocx: docx, name: "bgb.docx", acceptChanges: true).markdown
        #expect(back.contains("##### § 10 (weggefallen)\n"), "\(back)")
        #expect(!back.contains("\n(weggefallen)"))
    }

    @Test(.enabled(if: ExternalTool.shouldRun("pandoc"), "pandoc is not installed"))
    func pandocAcceptingAndRejectingKeepsTheWordsInOrder() throws {
        let folder = try TemporaryFolder()
        let file = try Fixtures.write(
            try Self.redline(Self.segments, old: Self.old, new: Self.new), "heading.docx", in: folder)
        for (mode, expected) in [("accept", Self.new), ("reject", Self.old)] {
            let result = try Tool.run(
                "pandoc", ["-s", "--track-changes=\(mode)", "-t", "plain", "--wrap=none", file], in: folder.path)
            #expect(result.status == 0, "\(result.error)")
            #expect(Fixtures.words(result.output) == Fixtures.words(expected), "\(mode): \(result.output)")
        }
    }

    @Test func everyReplacementShapeGivesBothTextsParagraphByParagraph() throws {
        // Deletions and insertions with more, fewer or as many paragraph ends as each other.
        let cases: [(old: String, new: String, segments: [Segment])] = [
            (
                "A x\n\nB y\n\nC\n", "A z\n\nC\n",
                [
                    .init(op: .equal, text: "A "), .init(op: .delete, text: "x\n\nB y"), .init(op: .insert, text: "z"),
                    .init(op: .equal, text: "\n\nC\n"),
                ]
            ),
            (
                "A x\n\nC\n", "A z\n\nB y\n\nC\n",
                [
                    .init(op: .equal, text: "A "), .init(op: .delete, text: "x"), .init(op: .insert, text: "z\n\nB y"),
                    .init(op: .equal, text: "\n\nC\n"),
                ]
            ),
            (
                "A x\n\nB y\n\nC\n", "A z\n\nD w\n\nC\n",
                [
                    .init(op: .equal, text: "A "), .init(op: .delete, text: "x\n\nB y"),
                    .init(op: .insert, text: "z\n\nD w"), .init(op: .equal, text: "\n\nC\n"),
                ]
            ),
            (
                "A x\nB\n", "A\n\nx B\n",
                [
                    .init(op: .equal, text: "A"), .init(op: .delete, text: " x\n"), .init(op: .insert, text: "\n\nx "),
                    .init(op: .equal, text: "B\n"),
                ]
            ),
        ]
        for (old, new, segments) in cases {
            let paragraphs = try Self.paragraphs(try Self.redline(segments, old: old, new: new))
            let accepted = WordParagraph.texts(paragraphs, accepting: true)
            let rejected = WordParagraph.texts(paragraphs, accepting: false)
            #expect(accepted == Self.paragraphTexts(new), "\(segments)")
            #expect(rejected == Self.paragraphTexts(old), "\(segments)")
        }
    }

    @Test(.timeLimit(.minutes(5)))
    func everyRedlineOfTheProposalsAndTheCorpusShowsBothVersionsParagraphByParagraph() throws {
        // Accepting every change shows the new text's paragraphs with their styles, exactly as
        // its own export does; rejecting every change the old text's (the German Civil Code
        // pairs include headings joined to, and split from, their text).
        let corpus = Fixtures.corpus
        let pairs = DocxRedlineTests.pairs.map { ($0.1, $0.2) } + zip(corpus, corpus.dropFirst()).map { ($0, $1) }
        #expect(pairs.count >= 11)
        for (oldPath, newPath) in pairs {
            let old = try Fixtures.document(oldPath)
            let new = try Fixtures.document(newPath)
            let redline = try Self.paragraphs(try DocxRedlineTests.redline(oldPath, newPath))
            for (accepting, document) in [(true, new), (false, old)] {
                let clean = try Self.paragraphs(
                    try DocxWriter.document(document, properties: Fixtures.properties(document)))
                let expected = WordParagraph.shown(clean, accepting: true)
                let shown = WordParagraph.shown(redline, accepting: accepting)
                let first = zip(shown, expected).first { $0 != $1 }
                #expect(
                    first == nil && shown.count == expected.count,
                    "\(newPath) \(accepting ? "accepted" : "rejected"): \(shown.count) vs \(expected.count) paragraphs; first difference \(first.map { "\($0) | \($1)" } ?? "at the end")"
                )
            }
        }
    }

    @Test func aChangedWordStaysWholeAndARewrapIsNoChange() throws {
        let old = try Document.parse("### Article 1\n\n(1) The licence is valid for three\nyears from its issue.\n")
        let new = try Document.parse("### Article 1\n\n(1) The licence is valid for two years\nfrom its issue.\n")
        let xml = try XMLChecks.documentXML(
            try DocxWriter.redline(
                DocumentDiff.compare(old, new), old: old, new: new,
                attribution: RevisionAttribution(fallback: Fixtures.author), properties: Fixtures.properties(new)))
        #expect(xml.contains("<w:delText xml:space=\"preserve\">three</w:delText>"))
        #expect(xml.contains("<w:t xml:space=\"preserve\">two</w:t>"))
        let checks = try #require(XMLChecks.parse(xml))
        #expect(checks.revisionIDs.count == 2, "\(xml)")
    }

    /// The paragraphs of a small Markdown text without headings or wrapped lines.
    static func paragraphTexts(_ markdown: String) -> [String] {
        markdown.components(separatedBy: "\n\n").map {
            $0.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
        }
        .filter { !$0.isEmpty }
    }
}
