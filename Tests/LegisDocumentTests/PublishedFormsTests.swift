import LegisDocument
import Testing

/// Structure written as laws are published: every form gives paragraph (2) of article 16 the
/// path `art-16/par-2`. Synthetic texts written for these tests.
@Suite struct PublishedFormsTests {
    static func paths(_ text: String, language: String) throws -> [String] {
        try Document.parse(text, language: language).allProvisions.map(\.path.description)
    }

    static let forms: [(name: String, language: String, text: String)] = [
        (
            "heading with emphasis and a title after a colon", "ro",
            """
            ## TITLUL II: Drepturile fundamentale

            ### CAPITOLUL I: Dispoziții comune

            ##### **Articolul 16**: *Egalitatea în drepturi*

            (1) Cetățenii sunt egali în fața legii.

            (2) Nimeni nu este mai presus de lege.

            """
        ),
        (
            "bold article heading with a full stop and a title", "en",
            """
            ### **Art. 16.** Equality

            (1) Citizens are equal before the law.

            (2) No one is above the law.

            """
        ),
        (
            "auto-numbered ordered list", "ro",
            """
            ##### **Articolul 16**: *Egalitatea în drepturi*

            1. Cetățenii sunt egali în fața legii.
            1. Nimeni nu este mai presus de lege.
            1. Funcțiile publice pot fi ocupate de cetățeni.

            """
        ),
        (
            "auto-numbered ordered list with blank lines", "en",
            """
            ## Article 16 Equality

            1. Citizens are equal before the law.

            1. No one is above the law.

            """
        ),
        (
            "inline `Art. 16. -` heading with paragraphs on consecutive lines", "ro",
            """
            Art. 16. - (1) Cetățenii sunt egali în fața legii.
            (2) Nimeni nu este mai presus de lege.

            """
        ),
        (
            "paragraphs on consecutive lines under a plain heading", "en",
            """
            Article 16
            (1) Citizens are equal before the law.
            (2) No one is above the law.
            (3) Public offices are open to all citizens.

            """
        ),
        (
            "roman-numbered title and chapter as plain lines", "ro",
            """
            TITLUL II
            Drepturile fundamentale

            CAPITOLUL I
            Dispoziții comune

            ARTICOLUL 16
            Egalitatea în drepturi

            (1) Cetățenii sunt egali în fața legii.
            (2) Nimeni nu este mai presus de lege.

            """
        ),
        (
            "German `Art 16` without a full stop", "de",
            """
            Art 16

            (1) Die deutsche Staatsangehörigkeit darf nicht entzogen werden.

            (2) Kein Deutscher darf an das Ausland ausgeliefert werden.

            """
        ),
        (
            "German `Art 16` under ordinal containers", "de",
            """
            Erstes Kapitel
            Die Grundrechte

            Zweiter Abschnitt

            Art 16
            (1) Die deutsche Staatsangehörigkeit darf nicht entzogen werden.
            (2) Kein Deutscher darf an das Ausland ausgeliefert werden.

            """
        ),
    ]

    @Test(arguments: forms.indices)
    func paragraphTwoOfArticleSixteen(form: Int) throws {
        let (name, language, text) = Self.forms[form]
        let document = try Document.parse(text, language: language)
        #expect(document.render() == text, "\(name)")
        let paths = document.allProvisions.map(\.path.description)
        let paragraph = try #require(document.provision(at: ProvisionPath("art-16/par-2")), "\(name): \(paths)")
        #expect(paragraph.kind == .paragraph, "\(name)")
        #expect(paragraph.number == "2", "\(name)")
        #expect(document.text(paragraph.range).contains("No one") || document.text(paragraph.range).contains("Nimeni")
            || document.text(paragraph.range).contains("Kein Deutscher"), "\(name)")
    }

    @Test func emphasisIsNotPartOfTheHeading() throws {
        let document = try Document.parse(Self.forms[0].text, language: "ro")
        let article = try #require(document.provision(at: ProvisionPath("art-16")))
        #expect(article.heading == "Egalitatea în drepturi")
        let title = try #require(document.provision(at: ProvisionPath("title-II")))
        #expect(title.heading == "Drepturile fundamentale")
        #expect(document.provision(at: ProvisionPath("title-II/chap-I")) != nil)
    }

    @Test func explicitlyNumberedPointsStayPoints() throws {
        let text = """
            Article 2
            In this law:
            1. agency means a placement agency;
            2. worker means any person placed.

            """
        let paths = try Self.paths(text, language: "en")
        #expect(paths == ["art-2", "art-2/pt-1", "art-2/pt-2"])
    }

    @Test func germanOrdinalContainers() throws {
        let text = """
            Erstes Kapitel

            Zweiter Abschnitt

            Dritter Titel

            Erster Unterabschnitt

            § 1
            Text.

            """
        let document = try Document.parse(text, language: "de")
        let kinds = document.allProvisions.map { "\($0.kind.rawValue) \($0.number)" }
        #expect(kinds == ["chapter 1", "part 2", "title 3", "part 1", "article 1"])
        #expect(document.allProvisions.map(\.label).prefix(2) == ["Erstes Kapitel", "Zweiter Abschnitt"])
    }

    @Test func germanRepealedRangeIsAProvision() throws {
        let text = """
            ##### § 2 Eintritt der Volljährigkeit

            Die Volljährigkeit tritt mit der Vollendung des 18. Lebensjahres ein.

            ##### §§ 3 bis 6 (weggefallen)

            ##### § 7 Wohnsitz

            (1) Wer sich an einem Orte ständig niederlässt, begründet dort seinen Wohnsitz.

            §§ 8 bis 10 (weggefallen)

            """
        let document = try Document.parse(text, language: "de")
        #expect(document.allProvisions.map(\.path.description) == ["art-2", "art-3-6", "art-7", "art-7/par-1", "art-8-10"])
        let repealed = try #require(document.provision(at: ProvisionPath("art-3-6")))
        #expect(repealed.heading == "(weggefallen)")
        // Not folded into § 2: § 2 ends where the range begins.
        let two = try #require(document.provision(at: ProvisionPath("art-2")))
        #expect(!document.text(two.range).contains("weggefallen"))
    }

    @Test func germanArtWithoutFullStopIsAnArticle() throws {
        let text = "## Art 1\n\n(1) Die Würde des Menschen ist unantastbar.\n\nArt 2\n\n(1) Jeder hat das Recht.\n"
        let paths = try Self.paths(text, language: "de")
        #expect(paths == ["art-1", "art-1/par-1", "art-2", "art-2/par-1"])
    }

    @Test func lawyersNames() {
        #expect(StructureProfile.english.citation(of: ProvisionPath("art-3/par-3")) == "Article 3(3)")
        #expect(StructureProfile.english.citation(of: ProvisionPath("chap-2/art-3/par-3/let-a")) == "Article 3(3)(a)")
        #expect(StructureProfile.romanian.citation(of: ProvisionPath("art-3/par-3")) == "Art. 3 alin. (3)")
        #expect(StructureProfile.romanian.citation(of: ProvisionPath("art-3/par-3/let-b")) == "Art. 3 alin. (3) lit. b)")
        #expect(StructureProfile.german.citation(of: ProvisionPath("art-3/par-3")) == "§ 3 Abs. 3")
        #expect(StructureProfile.german.citation(of: ProvisionPath("art-3/par-3/pt-2")) == "§ 3 Abs. 3 Nr. 2")
        #expect(StructureProfile.german.citation(of: ProvisionPath("book-1/div-3")) == "Abschnitt 3")
        #expect(StructureProfile.english.citation(of: ProvisionPath("chap-II")) == "Chapter II")
    }
}
