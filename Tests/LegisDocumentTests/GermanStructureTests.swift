import LegisDocument
import Testing

@Suite("German structure")
struct GermanStructureTests {
    static let law = """
        ## Buch 1 - Allgemeiner Teil

        ### Abschnitt 1 - Personen

        #### Titel 1 - Natürliche Personen

        ##### § 1 Beginn der Rechtsfähigkeit

        Die Rechtsfähigkeit des Menschen beginnt mit der Vollendung der
        Geburt.

        ##### Untertitel 1 - Vereine

        ###### Kapitel 1 - Allgemeine Vorschriften

        ###### Unterkapitel 1 - Vorstand

        ###### § 26 Vorstand und Vertretung

        (1) Der Verein muss einen Vorstand haben.

        (2) Der Vorstand vertritt den Verein.

        ###### Unterkapitel 2 - Haftung

        ###### § 31a Haftung von Vorstandsmitgliedern

        Text.

        ###### Kapitel 2 - Eingetragene Vereine

        ##### § 309 Klauselverbote

        Auch soweit eine Abweichung zulässig ist, ist unwirksam:

        1.  (Kurzfristige Preiserhöhungen)

            eine Bestimmung;

        2.  (Haftung)

            a)  (Ausschluss)

                eine Bestimmung, durch die

                aa) (Verweisung)

                    die Ansprüche ausgeschlossen werden;

                bb) (Beschränkung)

                    die Ansprüche beschränkt werden;

            b)  (Mängel)

                eine Bestimmung;

        ##### § 802a Grundsätze

        Text.

        """

    @Test("Buch, Abschnitt, Titel, Untertitel, Kapitel and Unterkapitel nest by heading depth")
    func containers() throws {
        let document = try DocumentParser().parse(Self.law)
        #expect(document.language == "de")
        let containers = document.allProvisions.filter { $0.kind < .article }
        #expect(
            containers.map(\.path.description) == [
                "book-1", "book-1/div-1", "book-1/div-1/title-1",
                "book-1/div-1/title-1/subtitle-1", "book-1/div-1/title-1/subtitle-1/chap-1",
                "book-1/div-1/title-1/subtitle-1/chap-1/subchap-1",
                "book-1/div-1/title-1/subtitle-1/chap-1/subchap-2",
                "book-1/div-1/title-1/subtitle-1/chap-2",
            ])
        let division = try #require(document.provision(at: ProvisionPath("book-1/div-1")))
        #expect(division.kind == .part)
        #expect(division.label == "Abschnitt 1")
        #expect(division.heading == "Personen")
    }

    @Test("§ articles with inserted numbers, paragraphs, points, letters and doubled letters")
    func articles() throws {
        let document = try DocumentParser().parse(Self.law)
        let articles = document.allProvisions.filter { $0.kind == .article }
        #expect(
            articles.map(\.path.description) == [
                "art-1", "art-26", "art-31a", "art-309", "art-802a",
            ])
        #expect(articles.map(\.label) == ["§ 1", "§ 26", "§ 31a", "§ 309", "§ 802a"])
        #expect(
            document.provision(at: ProvisionPath("art-1"))?.heading == "Beginn der Rechtsfähigkeit")
        let article = try #require(document.provision(at: ProvisionPath("art-309")))
        #expect(
            article.flattened.map(\.path.description) == [
                "art-309", "art-309/pt-1", "art-309/pt-2", "art-309/pt-2/let-a",
                "art-309/pt-2/let-a/let-aa", "art-309/pt-2/let-a/let-bb", "art-309/pt-2/let-b",
            ])
        #expect(document.provision(at: ProvisionPath("art-26/par-2"))?.label == "(2)")
        let doubled = try #require(
            document.provision(at: ProvisionPath("art-309/pt-2/let-a/let-aa")))
        #expect(doubled.kind == .letter)
        #expect(doubled.number == "aa")
        #expect(doubled.label == "aa)")
    }

    @Test("an article closes at the next container heading")
    func articleEnd() throws {
        let document = try DocumentParser().parse(Self.law)
        let article = try #require(document.provision(at: ProvisionPath("art-1")))
        let subtitle = try #require(
            document.provision(at: ProvisionPath("book-1/div-1/title-1/subtitle-1")))
        #expect(article.range.upperBound == subtitle.range.lowerBound)
        #expect(document.text(of: article).hasSuffix("Geburt.\n\n"))
    }

    @Test("Artikel and plain § lines work as articles too")
    func artikel() throws {
        let text = "Artikel 1\n\nÄnderung des Gesetzes.\n\n§ 5\n\n(1) Text.\n"
        let document = try DocumentParser(profile: .german).parse(text)
        #expect(document.pathStrings == ["art-1", "art-5", "art-5/par-1"])
    }
}
