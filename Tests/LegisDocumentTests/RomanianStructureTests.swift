import LegisDocument
import Testing

@Suite("Romanian structure")
struct RomanianStructureTests {
    static let law = """
        TITLUL I
        Dispoziții generale

        CAPITOLUL I
        Obiectul legii

        Articolul 1
        (1) Prezenta lege reglementează prevenirea și combaterea traficului de
        persoane.
        (2) În sensul prezentei legi:
        a) victimă este persoana fizică vătămată;
        b) agenție este:
        1. o instituție publică;
        2. o persoană juridică autorizată.

        Art. 7^1. - (1) Se înființează o linie telefonică gratuită.
        (2) Linia funcționează permanent.

        Secțiunea 1
        Autorizarea

        Articolul 7¹
        Text dublu.

        Art. 16^2. - Agențiile sunt autorizate.
        """

    @Test("paths for each numbering form")
    func paths() throws {
        let document = try DocumentParser().parse(Self.law)
        #expect(document.language == "ro")
        #expect(
            document.pathStrings == [
                "title-I", "title-I/chap-I", "art-1", "art-1/par-1", "art-1/par-2",
                "art-1/par-2/let-a", "art-1/par-2/let-b", "art-1/par-2/let-b/pt-1",
                "art-1/par-2/let-b/pt-2",
                "art-7^1", "art-7^1/par-1", "art-7^1/par-2", "title-I/chap-I/sec-1",
                "title-I/chap-I/sec-1/art-7^1", "art-16^2",
            ])
    }

    @Test("superscript numbers are normalised, labels keep the text as written")
    func superscripts() throws {
        let document = try DocumentParser().parse(Self.law)
        let duplicate = try #require(
            document.provision(at: ProvisionPath("title-I/chap-I/sec-1/art-7^1")))
        #expect(duplicate.number == "7^1")
        #expect(duplicate.label == "Articolul 7¹")
        let section = try #require(document.provision(at: ProvisionPath("title-I/chap-I/sec-1")))
        #expect(section.kind == .section)
        #expect(section.label == "Secțiunea 1")
        #expect(document.provision(at: ProvisionPath("art-7^1"))?.label == "Art. 7^1")
    }

    @Test("points nest in letters when the letter came first")
    func pointsAfterLetters() throws {
        // No point is open when `1.` follows letter b), so the points go inside the letter.
        let document = try DocumentParser().parse(Self.law)
        let letter = try #require(document.provision(at: ProvisionPath("art-1/par-2/let-b")))
        #expect(letter.children.count == 2)
    }

    @Test("a hard-wrapped paragraph without blank lines stays whole")
    func wrapped() throws {
        let document = try DocumentParser().parse(Self.law)
        let paragraph = try #require(document.provision(at: ProvisionPath("art-1/par-1")))
        #expect(document.text(of: paragraph).hasSuffix("traficului de\npersoane.\n"))
        #expect(paragraph.line == 8)
    }
}
