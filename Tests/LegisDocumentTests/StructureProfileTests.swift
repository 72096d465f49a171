import LegisDocument
import Testing

@Suite("Structure profiles")
struct StructureProfileTests {
    @Test(
        "detection counts marker words",
        arguments: [
            ("## Chapter 1\n\n### Article 1\n\nText.\n\n### Article 2\n", "en"),
            ("CAPITOLUL I\n\nArticolul 1\n\nText.\n\nArt. 2. - Text.\n", "ro"),
            ("## Buch 1\n\n##### § 1 Anfang\n\nText.\n\n##### § 2 Ende\n", "de"),
            ("Plain text without any marker.\n", "en"),
        ])
    func detect(text: String, language: String) {
        #expect(StructureProfile.detect(in: text).language == language)
        #expect((try? DocumentParser().parse(text))?.language == language)
    }

    @Test("the front matter language wins over the markers")
    func frontMatterWins() throws {
        let text = "---\nlanguage: de\n---\n### Article 1\n\n### Article 2\n"
        #expect(StructureProfile.detect(in: text).language == "de")
        let document = try DocumentParser().parse(text)
        #expect(document.language == "de")
        #expect(document.provisions.isEmpty)
    }

    @Test("an explicit profile wins over everything")
    func explicitProfile() throws {
        let text = "---\nlanguage: de\n---\n### Article 1\n"
        let document = try DocumentParser(profile: .english).parse(text)
        #expect(document.language == "en")
        #expect(document.pathStrings == ["art-1"])
        #expect(try Document.parse(text, language: "en").pathStrings == ["art-1"])
    }

    @Test("profiles are found by code, regional code or name")
    func named() {
        #expect(StructureProfile.named("de")?.language == "de")
        #expect(StructureProfile.named("de-DE")?.language == "de")
        #expect(StructureProfile.named("RO")?.language == "ro")
        #expect(StructureProfile.named("English")?.language == "en")
        #expect(StructureProfile.named("fr") == nil)
        #expect(StructureProfile.all.map(\.language) == ["en", "ro", "de"])
        for profile in StructureProfile.all {
            #expect(StructureProfile.named(profile.language)?.language == profile.language)
            #expect(StructureProfile.named(profile.name.uppercased())?.language == profile.language)
        }
        #expect(StructureProfile.named("") == nil)
    }

    @Test("marker words per kind are data")
    func words() {
        #expect(StructureProfile.english.words(for: .article) == ["Article", "Art."])
        #expect(StructureProfile.romanian.words(for: .chapter) == ["Capitolul"])
        #expect(StructureProfile.german.words(for: .article).contains("§"))
        #expect(StructureProfile.german.words(for: .title) == ["Titel", "Untertitel"])
    }

    @Test("a new language is a new profile value, with no new parsing code")
    func newLanguage() throws {
        let french = StructureProfile(
            language: "fr", name: "French",
            levels: [
                .init(.title, ["Titre"]),
                .init(.chapter, ["Chapitre"]),
                .init(.article, ["Article", "Art."]),
            ])
        let text =
            "## Titre II\n\n### Chapitre 3 — Règles\n\n#### Article 12\n\n1° Texte.\n\n(1) Alinéa.\n"
        let document = try DocumentParser(profile: french).parse(text)
        #expect(document.language == "fr")
        #expect(document.pathStrings == ["title-II", "title-II/chap-3", "art-12", "art-12/par-1"])
        #expect(document.provision(at: ProvisionPath("title-II/chap-3"))?.heading == "Règles")
    }
}
