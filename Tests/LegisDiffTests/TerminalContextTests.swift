import LegisDiff
import LegisDocument
import Testing

/// The terminal redline names the provision of each change, with its article's heading, in the
/// language of the text, and ends with the totals.
@Suite struct TerminalContextTests {
    @Test func romanianLawReadsWithTheProvisionAboveEachChange() throws {
        let text = try RomanianLaw.redline().render(.terminal)
        let expected = """

            Articolul 2
            Principii
            ── Art. 2 alin. (1) — Principii
            (1) Agențiile acționează cu respectarea principiului egalității de șanse. ⟦moved to Art. 7 alin. (1): \(RomanianLaw.sentence)⟧
            (2) Agențiile păstrează confidențialitatea datelor personale.

            Articolul 3
            Licențierea
            (1) Agențiile funcționează numai pe baza unei licențe emise de inspectorat.
            ── Art. 3 alin. (2) — Licențierea
            (2) Licența se eliberează în termen de [-30 de-]{+15+} zile {+lucrătoare +}de la depunerea cererii[- complete-].
            ── Art. 3 alin. (3) — Licențierea
            (3) Licența este valabilă pe o perioadă de [-3-]{+5+} ani.

            Articolul 4
            Registrul agențiilor
            …

            Articolul 7
            Tarife
            ── Art. 7 alin. (1) — Tarife
            (1) Agențiile pot percepe tarife numai de la angajatori. ⟦moved from Art. 2 alin. (1): \(RomanianLaw.sentence)⟧
            (2) Tarifele se afișează la sediul agenției.

            4 provisions changed, 1 passage moved, 19 words inserted, 20 words deleted
            """
        #expect(text == expected)
    }

    /// Article 3 under a Markdown heading with its title, paragraph (2) changed by one word.
    static func titled(_ profile: StructureProfile, heading: String) throws -> Redline {
        func text(_ word: String) -> String {
            "\(heading)\n\n(1) First rule.\n\n(2) The fee is \(word) euros.\n\n(3) Last rule.\n"
        }
        let parser = DocumentParser(profile: profile)
        return DocumentDiff.compare(try parser.parse(text("five")), try parser.parse(text("four")))
    }

    @Test(arguments: [
        (StructureProfile.english, "### Article 3 — Fees", "── Article 3(2) — Fees"),
        (.romanian, "### Articolul 3 — Tarife", "── Art. 3 alin. (2) — Tarife"),
        (.german, "### § 3 Gebühren", "── § 3 Abs. 2 — Gebühren"),
    ])
    func titleIsInTheLanguageOfTheText(profile: StructureProfile, heading: String, title: String) throws {
        let redline = try Self.titled(profile, heading: heading)
        let lines = redline.render(.terminal).split(separator: "\n", omittingEmptySubsequences: false)
        let at = try #require(lines.firstIndex { $0.hasPrefix("── ") })
        #expect(lines[at] == title)
        #expect(lines[at + 1] == "(2) The fee is [-five-]{+four+} euros.")
        #expect(lines.last == "1 provision changed, 1 word inserted, 1 word deleted")
    }

    @Test func colourSetsTheTitleApart() throws {
        let redline = try Self.titled(.english, heading: "### Article 3 — Fees")
        let text = redline.render(.terminal, options: RenderOptions(color: true))
        #expect(text.contains("\u{1B}[1;36m── Article 3(2) — Fees\u{1B}[0m\n(2) The fee is \u{1B}[9;31mfive"))
    }

    @Test func anInsertedArticleHasOneTitle() {
        let law = ProvisionKindTests.law
        let new = ProvisionKindTests.replacing(
            law, "Article 8 Return",
            with:
                "Article 7^1 Data\n(1) Data are kept confidential.\n(2) They are erased after a year.\n\nArticle 8 Return"
        )
        let text = ProvisionKindTests.compare(law, new).render(.terminal)
        let titles = text.split(separator: "\n").filter { $0.hasPrefix("── ") }
        #expect(titles == ["── Article 7^1 (inserted)"], "\(text)")
        #expect(
            text.contains(
                "{+Article 7^1 Data\n(1) Data are kept confidential.\n(2) They are erased after a year.+}\n\nArticle 8")
        )
        #expect(text.hasSuffix("3 provisions changed, 15 words inserted, 0 words deleted"))
    }

    @Test func deletedAndMovedProvisionsSayWhatHappened() {
        let article6 =
            "Article 6 Residence\nVictims who cooperate with the authorities may receive a residence permit.\n\n"
        var new = ProvisionKindTests.replacing(ProvisionKindTests.law, article6, with: "")
        new = ProvisionKindTests.replacing(new, "Article 4 Assistance", with: article6 + "Article 4 Assistance")
        let text = ProvisionKindTests.compare(ProvisionKindTests.law, new).render(.terminal)
        #expect(text.contains("── Article 6 (moved here)\n⟦moved from its old place: Article 6 Residence"), "\(text)")
        #expect(text.contains("── Article 6 (moved from here)\n⟦moved to its new place: Article 6 Residence"))
        #expect(text.hasSuffix("Article 8 Return\n\n1 provision changed, 14 words inserted, 14 words deleted"))
        let repealed = ProvisionKindTests.replacing(
            ProvisionKindTests.law,
            "Article 7 Compensation\nVictims are entitled to compensation from the State fund.\n\n",
            with: "")
        let deleted = ProvisionKindTests.compare(ProvisionKindTests.law, repealed).render(.terminal)
        #expect(deleted.contains("── Article 7 (deleted)\n[-Article 7 Compensation"))
    }

    @Test func summaryCountsInTheRightNumber() {
        let one = ProvisionKindTests.compare(
            ProvisionKindTests.law,
            ProvisionKindTests.replacing(ProvisionKindTests.law, "ninety days", with: "thirty days"))
        #expect(one.summary == "1 provision changed, 1 word inserted, 1 word deleted")
        #expect(one.render(.terminal).hasSuffix("\n" + one.summary))
        let two = ProvisionKindTests.compare(
            ProvisionKindTests.law,
            ProvisionKindTests.replacing(
                ProvisionKindTests.replacing(ProvisionKindTests.law, "ninety days", with: "thirty calendar days"),
                "safe.", with: "dignified."))
        #expect(two.summary == "2 provisions changed, 3 words inserted, 2 words deleted")
        let moved = try? RomanianLaw.redline()
        #expect(moved?.summary.contains(", 1 passage moved, ") == true)
    }

    @Test func plainTextHasNoTitlesAndNoTotals() {
        let redline = WordDiff.redline(old: "a\nthe fee is five euros\nb", new: "a\nthe fee is four euros\nb")
        #expect(redline.render(.terminal) == "a\nthe fee is [-five-]{+four+} euros\nb")
    }

    @Test func titleLineUnderALoneMarkerIsTheHeading() throws {
        let document = try DocumentParser().parse(RomanianLaw.old)
        let places = ProvisionPlaces(document)
        let paragraph = try #require(places.places.firstIndex { $0.path == ProvisionPath("art-3/par-2") })
        #expect(places.heading(of: paragraph) == "Licențierea")
        let article = try #require(places.places.firstIndex { $0.path == ProvisionPath("art-3") })
        #expect(places.places[paragraph].parent == article)
        #expect(places.index(at: 0) == nil, "the title of the law lies before every provision")
        let offset = try #require(RomanianLaw.old.utf8.firstRange(of: "(2) Licența".utf8)).lowerBound
        #expect(
            places.index(at: RomanianLaw.old.utf8.distance(from: RomanianLaw.old.utf8.startIndex, to: offset))
                == paragraph)
        // An article whose text follows its marker has no title line.
        let plain = try DocumentParser().parse("Articolul 1\nAgențiile sunt autorizate.\n")
        #expect(ProvisionPlaces(plain).heading(of: 0) == nil)
    }

    @Test func wrapChangeAtTheEndOfADeletionReadsAsALineEnd() {
        let redline = Redline(
            segments: [
                Segment(op: .equal, text: "a."), Segment(op: .delete, text: " Gone.\n"),
                Segment(op: .insert, text: "\n"),
                Segment(op: .equal, text: "b"),
            ], provisions: [], stats: DiffStats(deletedWords: 1))
        #expect(redline.render(.word) == "a.[- Gone.-]\nb")
    }
}
