import Foundation
import LegisDiff
import LegisDocument
import Testing

@testable import LegisServer

/// The web redline agrees with `legis diff --format html` and the JSON on what is a change (a
/// rewrap never is) and shows the text as it reads.
@Suite struct ReadingRedlineTests {
    static let old = """
        ---
        title: Fees Act
        ---
        # Fees Act

        ### **Article 1** Fees

        (1) The fee for a licence is five
        euros, paid each year before the end of March.

        (2) The fee is **waived** for students.

        """

    static func html(_ old: String, _ new: String) throws -> (Parts, Redline) {
        let parser = DocumentParser()
        let oldDocument = try parser.parse(bytes: Array(old.utf8))
        let newDocument = try parser.parse(bytes: Array(new.utf8))
        let redline = DocumentDiff.compare(oldDocument, newDocument)
        let html = RedlineHTML(
            redline, oldFrontMatterEnd: oldDocument.frontMatter.range?.upperBound ?? 0,
            newFrontMatterEnd: newDocument.frontMatter.range?.upperBound ?? 0)
        return (Parts(inline: html.inline, raw: RedlineHTML.asWritten(redline), synopsis: html.synopsis), redline)
    }

    /// The three renderings of a redline on the compare page.
    struct Parts {
        var inline: String
        var raw: String
        var synopsis: String
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func aRewrapIsNoChange() throws {
        let new = Self.old.replacingOccurrences(
            of: "five\neuros, paid each year", with: "five euros,\npaid each\nyear")
        let (html, redline) = try Self.html(Self.old, new)
        #expect(!redline.hasChanges, "the JSON and --format html see no change")
        #expect(!redline.render(.html).contains("<ins>"))
        for part in [html.inline, html.raw, html.synopsis] {
            #expect(!part.contains("<ins>") && !part.contains("<del>"), "\(part)")
        }
    }

    @Test func oneWordChangedIsTheOnlyWordMarked() throws {
        let new = Self.old.replacingOccurrences(of: "is five\neuros, paid", with: "is four euros,\npaid")
        let (html, redline) = try Self.html(Self.old, new)
        #expect(redline.stats.insertedWords == 1 && redline.stats.deletedWords == 1)
        for part in [html.inline, html.raw, html.synopsis] {
            #expect(Self.count("<ins>", in: part) == 1, "\(part)")
            #expect(Self.count("<del>", in: part) == 1, "\(part)")
            #expect(part.contains("<ins>four</ins>") && part.contains("<del>five</del>"), "\(part)")
        }
    }

    @Test func theTextReadsWithoutMarkdown() throws {
        let new = Self.old.replacingOccurrences(of: "five", with: "four")
        let (html, _) = try Self.html(Self.old, new)
        #expect(!html.inline.contains("title: Fees Act"), "no front matter")
        #expect(!html.inline.contains("#") && !html.inline.contains("*"), "no Markdown markers")
        #expect(html.inline.contains("<h2 class=\"text-heading\">Fees Act</h2>"))
        #expect(html.inline.contains("<h4 class=\"text-heading\">Article 1 Fees</h4>"))
        #expect(html.inline.contains("<p>(2) The fee is waived for students.</p>"))
        #expect(html.inline.contains("id=\"change-1\""))
        #expect(html.raw.contains("title: Fees Act") && html.raw.contains("### **Article 1** Fees"))
    }
}

/// The compare page names provisions as lawyers do and keeps the path in its links.
@Suite struct CompareCitationTests {
    @Test(arguments: [
        (StructureProfile.english, "### Article 3", "Article 3(3)"),
        (StructureProfile.romanian, "### Art. 3", "Art. 3 alin. (3)"),
        (StructureProfile.german, "### § 3", "§ 3 Abs. 3"),
    ])
    func changeListAndSynopsisUseTheLawyersName(_ profile: StructureProfile, _ heading: String, _ name: String) throws {
        func text(_ word: String) -> String { "\(heading)\n\n(1) First.\n\n(2) Second.\n\n(3) The fee is \(word).\n" }
        let parser = DocumentParser(profile: profile)
        let redline = DocumentDiff.compare(try parser.parse(text("five")), try parser.parse(text("four")))
        let html = RedlineHTML(redline)
        #expect(html.changes.contains(">\(name)</a>"), "\(html.changes)")
        #expect(html.synopsis.contains(">\(name)</a>"))
        #expect(html.changes.contains("href=\"#change-1\""))
    }
}
