import LegisDiff
import LegisDocument
import Testing

/// Human-facing renderings name provisions as lawyers of the text's language do; the JSON keeps
/// the path.
@Suite struct CitationRenderTests {
    /// Article 3 with three paragraphs in the heading form of each language, paragraph (3)
    /// changed by one word.
    static let cases: [(profile: StructureProfile, heading: String, name: String)] = [
        (.english, "### Article 3", "Article 3(3)"),
        (.romanian, "### Art. 3", "Art. 3 alin. (3)"),
        (.german, "### § 3", "§ 3 Abs. 3"),
    ]

    static func redline(_ profile: StructureProfile, heading: String) throws -> Redline {
        func text(_ word: String) -> String {
            "\(heading)\n\n(1) First rule.\n\n(2) Second rule.\n\n(3) The fee is \(word) euros.\n"
        }
        let parser = DocumentParser(profile: profile)
        return DocumentDiff.compare(try parser.parse(text("five")), try parser.parse(text("four")))
    }

    @Test(arguments: 0..<3) func statAndSynopsisNameTheProvision(_ index: Int) throws {
        let (profile, heading, name) = Self.cases[index]
        let redline = try Self.redline(profile, heading: heading)
        let change = try #require(redline.provisions.first)
        #expect(change.newPath == ProvisionPath("art-3/par-3"))
        #expect(redline.render(.stat).contains("modified  \(name)  +1 -1"), "\(redline.render(.stat))")
        #expect(redline.render(.synopsis).contains("── modified: \(name) "))
        #expect(redline.render(.html).contains("<td>\(name.htmlEscapedForTest)</td>"))
        #expect(redline.render(.synopsisHTML).contains(name.htmlEscapedForTest))
        let json = redline.render(.json)
        #expect(json.contains("art-3/par-3") && !json.contains(name), "the JSON keeps the path")
    }

    @Test func plainTextDiffsKeepThePath() {
        let redline = WordDiff.redline(old: "a b c", new: "a x c")
        #expect(redline.language == nil)
    }
}

extension String {
    fileprivate var htmlEscapedForTest: String {
        replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
    }
}
