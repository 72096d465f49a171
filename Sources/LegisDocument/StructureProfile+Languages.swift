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
        ])

    /// Romanian: Cartea, Partea, Titlul, Capitolul, Secțiunea; Articolul or `Art.`.
    public static let romanian = StructureProfile(
        language: "ro", name: "Romanian",
        levels: [
            Level(.book, ["Cartea"]),
            Level(.part, ["Partea"]),
            Level(.title, ["Titlul"]),
            Level(.chapter, ["Capitolul"]),
            Level(.section, ["Secțiunea", "SECȚIUNEA", "Secţiunea", "SECŢIUNEA"]),
            Level(.article, ["Articolul", "Art."]),
        ])

    /// German: Buch, Teil, Abschnitt, Unterabschnitt, Titel, Untertitel, Kapitel,
    /// Unterkapitel; Artikel or `§`.
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
            Level(.article, ["Artikel", "§"]),
        ])
}
