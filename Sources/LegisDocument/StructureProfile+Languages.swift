extension StructureProfile {
    /// English: Book, Part, Title, Chapter, Section; Article or `Art.`.
    public static let english = StructureProfile(
        language: "en", name: "English",
        levels: [
            Level(.book, ["Book"]),
            Level(.part, ["Part"]),
            Level(.title, ["Title"]),
            Level(.chapter, ["Chapter"]),
            Level(.section, ["Section"]),
            Level(.article, ["Article", "Art."]),
        ], rangeWords: ["to"], citations: .english)

    /// Romanian: Cartea, Partea, Titlul, Capitolul, Secțiunea; Articolul or `Art.`.
    public static let romanian = StructureProfile(
        language: "ro", name: "Romanian",
        levels: [
            Level(.book, ["Cartea"]),
            Level(.part, ["Partea"]),
            Level(.title, ["Titlul"]),
            Level(.chapter, ["Capitolul"]),
            Level(.section, ["Secțiunea", "SECȚIUNEA", "Secţiunea", "SECŢIUNEA"]),
            Level(.article, ["Articolul", "ARTICOLUL", "Art."]),
        ], rangeWords: ["la"], citations: .romanian)

    /// German: Buch, Teil, Abschnitt, Unterabschnitt, Titel, Untertitel, Kapitel,
    /// Unterkapitel, also after an ordinal (`Erstes Kapitel`, `Zweiter Abschnitt`); Artikel,
    /// `Art.`, `Art` (as published without a full stop) or `§`; repealed ranges `§§ 3 bis 6`.
    ///
    /// German has more levels than ``ProvisionKind`` has container kinds, so some levels share a
    /// kind and differ by path prefix: `Abschnitt` is a part (`div-3`), `Untertitel` a title
    /// (`subtitle-1`), `Unterkapitel` a chapter (`subchap-2`).
    public static let german = StructureProfile(
        language: "de", name: "German",
        levels: [
            Level(.book, ["Buch"]),
            Level(.part, ["Teil"]),
            Level(.part, ["Abschnitt"], pathPrefix: "div"),
            Level(.part, ["Unterabschnitt"], pathPrefix: "subdiv"),
            Level(.title, ["Titel"]),
            Level(.title, ["Untertitel"], pathPrefix: "subtitle"),
            Level(.chapter, ["Kapitel"]),
            Level(.chapter, ["Unterkapitel"], pathPrefix: "subchap"),
            Level(.article, ["Artikel", "Art.", "Art", "§"]),
        ],
        ordinals: [
            "Erst", "Zweit", "Dritt", "Viert", "Fünft", "Sechst", "Siebent", "Acht", "Neunt", "Zehnt",
            "Elft", "Zwölft", "Dreizehnt", "Vierzehnt", "Fünfzehnt", "Sechzehnt", "Siebzehnt", "Achtzehnt",
            "Neunzehnt", "Zwanzigst",
        ],
        ordinalEndings: ["es", "er", "en", "e"], rangeWords: ["bis", "und"], citations: .german)
}
