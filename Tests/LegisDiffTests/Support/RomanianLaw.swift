import LegisDiff
import LegisDocument

/// A Romanian law as the official gazette prints it, and a new version of it.
///
/// `Articolul N` stands alone on its line, the article's title on the next, paragraphs `(1)` on
/// consecutive lines. In the new version the last sentence of art. 2 (1) moved to art. 7 (1) and
/// words of art. 3 changed.
enum RomanianLaw {
    static let old = """
        LEGEA nr. 100/2026
        privind agențiile de ocupare a forței de muncă

        CAPITOLUL I
        Dispoziții generale

        Articolul 1
        Obiectul legii
        (1) Prezenta lege reglementează înființarea și funcționarea agențiilor de ocupare a forței de muncă.
        (2) Dispozițiile prezentei legi se aplică persoanelor juridice române și străine.

        Articolul 2
        Principii
        (1) Agențiile acționează cu respectarea principiului egalității de șanse. \(sentence)
        (2) Agențiile păstrează confidențialitatea datelor personale.

        Articolul 3
        Licențierea
        (1) Agențiile funcționează numai pe baza unei licențe emise de inspectorat.
        (2) Licența se eliberează în termen de 30 de zile de la depunerea cererii complete.
        (3) Licența este valabilă pe o perioadă de 3 ani.

        Articolul 4
        Registrul agențiilor
        (1) Inspectoratul ține registrul agențiilor licențiate.
        (2) Registrul este public.

        Articolul 5
        Obligațiile agențiilor
        (1) Agențiile informează persoanele despre condițiile de muncă oferite.
        (2) Agențiile transmit anual un raport de activitate inspectoratului.

        Articolul 6
        Controlul
        (1) Inspectoratul controlează activitatea agențiilor.
        (2) Controlul se efectuează cel puțin o dată pe an.

        Articolul 7
        Tarife
        (1) Agențiile pot percepe tarife numai de la angajatori.
        (2) Tarifele se afișează la sediul agenției.

        """

    /// The sentence that moves.
    static let sentence = "Agenția nu percepe niciun tarif de la persoanele care caută un loc de muncă în România."

    static let new =
        old
        .replacing(" " + sentence, with: "")
        .replacing("numai de la angajatori.", with: "numai de la angajatori. " + sentence)
        .replacing(
            "în termen de 30 de zile de la depunerea cererii complete",
            with: "în termen de 15 zile lucrătoare de la depunerea cererii"
        )
        .replacing("pe o perioadă de 3 ani", with: "pe o perioadă de 5 ani")

    static func redline() throws -> Redline {
        let parser = DocumentParser()
        return DocumentDiff.compare(try parser.parse(old), try parser.parse(new))
    }
}
