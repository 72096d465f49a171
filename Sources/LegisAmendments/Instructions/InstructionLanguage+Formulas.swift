import LegisDocument

extension InstructionLanguage {
    /// EU English: "In Article 4(1), the words 'X' are replaced by 'Y'."
    static let english = InstructionLanguage(
        code: "en",
        kindNames: [
            .book: "Book", .part: "Part", .title: "Title", .chapter: "Chapter", .section: "Section",
            .article: "Article", .paragraph: "paragraph", .point: "point", .letter: "point",
        ],
        aliases: ["letter": .letter],
        numberForms: [.letter: "({n})"],
        separator: ", ",
        newNouns: [:],
        replaceWords: "In {ref}, the words {q}{x}{/q} are replaced by {q}{y}{/q}.",
        deleteWords: "In {ref}, the words {q}{x}{/q} are deleted.",
        replaceProvision: "{Ref} is replaced by the following:",
        insertAfter: "After {ref}, the following {new} is inserted:",
        insertAtStart: "At the beginning of {ref}, the following {new} is inserted:",
        repeal: "{Ref} is deleted.",
        renumber: "{Ref} becomes {new}.",
        renumberAll: "{refs} are renumbered as {news}.",
        pluralNames: [
            .book: "Books", .part: "Parts", .title: "Titles", .chapter: "Chapters", .section: "Sections", .article: "Articles",
        ],
        conjunction: "and",
        replaceOpening: "The title and the text before the first provision are replaced by the following:",
        quotes: ("‘", "’"))

    /// Romanian (Legea 24/2000): "La articolul 5, alineatul (2) se modifică și va avea următorul cuprins:".
    static let romanian = InstructionLanguage(
        code: "ro",
        kindNames: [
            .book: "cartea", .part: "partea", .title: "titlul", .chapter: "capitolul", .section: "secțiunea",
            .article: "articolul", .paragraph: "alineatul", .point: "punctul", .letter: "litera",
        ],
        aliases: ["art.": .article, "alin.": .paragraph, "pct.": .point, "lit.": .letter],
        numberForms: [.paragraph: "({n})", .letter: "{n})"],
        separator: ", ",
        newNouns: [
            .book: "o nouă carte", .part: "o nouă parte", .title: "un nou titlu", .chapter: "un nou capitol",
            .section: "o nouă secțiune", .article: "un nou articol", .paragraph: "un nou alineat",
            .point: "un nou punct", .letter: "o nouă literă",
        ],
        replaceWords: "La {ref}, sintagma {q}{x}{/q} se înlocuiește cu sintagma {q}{y}{/q}.",
        deleteWords: "La {ref}, sintagma {q}{x}{/q} se elimină.",
        replaceProvision: "{Ref} se modifică și va avea următorul cuprins:",
        insertAfter: "După {ref} se introduce {noun}, {new}, cu următorul cuprins:",
        insertAtStart: "La începutul {ref} se introduce {noun}, {new}, cu următorul cuprins:",
        repeal: "{Ref} se abrogă.",
        renumber: "{Ref} devine {new}.",
        renumberAll: "{Refs} devin {news}.",
        pluralNames: [
            .book: "cărțile", .part: "părțile", .title: "titlurile", .chapter: "capitolele", .section: "secțiunile",
            .article: "articolele",
        ],
        conjunction: "și",
        replaceOpening: "Titlul și textul dinaintea primei dispoziții se modifică și vor avea următorul cuprins:",
        quotes: ("„", "”"))

    /// German (Handbuch der Rechtsförmlichkeit): "§ 5 Absatz 2 wird wie folgt gefasst:".
    static let german = InstructionLanguage(
        code: "de",
        kindNames: [
            .book: "Buch", .part: "Teil", .title: "Titel", .chapter: "Kapitel", .section: "Abschnitt",
            .article: "§", .paragraph: "Absatz", .point: "Nummer", .letter: "Buchstabe",
        ],
        aliases: ["artikel": .article, "art.": .article, "abs.": .paragraph, "nr.": .point, "buchst.": .letter],
        numberForms: [:],
        separator: " ",
        newNouns: [
            .book: "folgendes", .part: "folgender", .title: "folgender", .chapter: "folgendes", .section: "folgender",
            .article: "folgender", .paragraph: "folgender", .point: "folgende", .letter: "folgender",
        ],
        replaceWords: "In {ref} werden die Wörter {q}{x}{/q} durch die Wörter {q}{y}{/q} ersetzt.",
        deleteWords: "In {ref} werden die Wörter {q}{x}{/q} gestrichen.",
        replaceProvision: "{Ref} wird wie folgt gefasst:",
        insertAfter: "Nach {ref} wird {noun} {new} eingefügt:",
        insertAtStart: "Am Anfang von {ref} wird {noun} {new} eingefügt:",
        repeal: "{Ref} wird aufgehoben.",
        renumber: "{det} bisherige {ref} wird {new}.",
        renumberAll: "Die bisherigen {refs} werden die {news}.",
        pluralNames: [.book: "Bücher", .part: "Teile", .title: "Titel", .chapter: "Kapitel", .section: "Abschnitte", .article: "§§"],
        conjunction: "und",
        formerArticles: [.book: "Das", .chapter: "Das", .point: "Die"],
        replaceOpening: "Die Überschrift und der Text vor der ersten Vorschrift werden wie folgt gefasst:",
        quotes: ("„", "“"))
}
