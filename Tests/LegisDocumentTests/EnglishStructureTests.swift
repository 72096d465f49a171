import LegisDocument
import Testing

@Suite("English structure")
struct EnglishStructureTests {
    static let law = """
        ---
        title: Law on preventing trafficking in human beings
        kind: law
        status: draft
        language: en
        ---

        # Law on preventing trafficking in human beings

        ## Chapter I — General provisions

        ### Article 1 — Subject matter

        (1) This law lays down rules on the prevention of trafficking in human
        beings and on the protection and assistance of its victims, as set out in
        Article 5 of this law.

        (2) For the purposes of this law:

        1.  "victim" means a natural person who has suffered harm;
        2.  "agency" means:

        a) a public body;
        b) a private body licensed under
        Article 5.

        ### Article 7^1 — Hotline

        The agency runs a free telephone line.

        ## Chapter II — Licensing

        ### Article 8: Licences

        Agencies need a licence.

        """

    @Test("containers, articles, paragraphs, points and letters get their paths")
    func paths() throws {
        let document = try DocumentParser().parse(Self.law)
        #expect(document.language == "en")
        #expect(
            document.pathStrings == [
                "chap-I", "art-1", "art-1/par-1", "art-1/par-2", "art-1/par-2/pt-1",
                "art-1/par-2/pt-2", "art-1/par-2/pt-2/let-a", "art-1/par-2/pt-2/let-b",
                "art-7^1", "chap-II", "art-8",
            ])
    }

    @Test("labels, numbers, headings and lines are as written")
    func markers() throws {
        let document = try DocumentParser().parse(Self.law)
        let chapter = try #require(document.provision(at: ProvisionPath("chap-I")))
        #expect(chapter.kind == .chapter)
        #expect(chapter.label == "Chapter I")
        #expect(chapter.heading == "General provisions")
        #expect(chapter.line == 10)
        let article = try #require(document.provision(at: ProvisionPath("art-1")))
        #expect(article.label == "Article 1")
        #expect(article.heading == "Subject matter")
        #expect(article.number == "1")
        let inserted = try #require(document.provision(at: ProvisionPath("art-7^1")))
        #expect(inserted.number == "7^1")
        #expect(inserted.heading == "Hotline")
        #expect(document.provision(at: ProvisionPath("art-8"))?.heading == "Licences")
        let letter = try #require(document.provision(at: ProvisionPath("art-1/par-2/pt-2/let-b")))
        #expect(letter.kind == .letter)
        #expect(letter.label == "b)")
        #expect(letter.heading == nil)
        #expect(document.provision(at: ProvisionPath("art-1/par-2/pt-1"))?.label == "1.")
    }

    @Test("a hard-wrapped paragraph is one provision, up to the next marker")
    func hardWrapped() throws {
        let document = try DocumentParser().parse(Self.law)
        let paragraph = try #require(document.provision(at: ProvisionPath("art-1/par-1")))
        #expect(
            document.text(of: paragraph) == """
                (1) This law lays down rules on the prevention of trafficking in human
                beings and on the protection and assistance of its victims, as set out in
                Article 5 of this law.


                """)
        #expect(paragraph.ownRange == paragraph.range)
        // `Article 5.` after a line that does not end a sentence is text, not an article.
        #expect(document.provision(at: ProvisionPath("art-5")) == nil)
        let letter = try #require(document.provision(at: ProvisionPath("art-1/par-2/pt-2/let-b")))
        #expect(document.text(of: letter).hasSuffix("licensed under\nArticle 5.\n\n"))
    }

    @Test("own range ends at the first child, range at the next sibling or ancestor")
    func ranges() throws {
        let document = try DocumentParser().parse(Self.law)
        let article = try #require(document.provision(at: ProvisionPath("art-1")))
        #expect(document.ownText(of: article) == "### Article 1 — Subject matter\n\n")
        #expect(document.text(of: article).hasSuffix("Article 5.\n\n"))
        let chapter = try #require(document.provision(at: ProvisionPath("chap-I")))
        #expect(chapter.children.map(\.path.description) == ["art-1", "art-7^1"])
        #expect(
            chapter.range.upperBound
                == document.provision(at: ProvisionPath("chap-II"))?.range.lowerBound)
        #expect(
            document.text(document.preambleRange)
                == "\n# Law on preventing trafficking in human beings\n\n")
    }

    @Test("plain-line markers, Art. with an inline paragraph and a separator")
    func plainLines() throws {
        let text = """
            Article 5
            Licensing of agencies

            Art. 16a. - (1) An agency needs a licence.
            (2) The licence lasts five years.
            Art. 17. The register is public.
            """
        let document = try DocumentParser(profile: .english).parse(text)
        #expect(
            document.pathStrings == [
                "art-5", "art-16a", "art-16a/par-1", "art-16a/par-2", "art-17",
            ])
        let article = try #require(document.provision(at: ProvisionPath("art-16a")))
        #expect(document.ownText(of: article) == "Art. 16a. - ")
        #expect(article.heading == nil)
        #expect(article.label == "Art. 16a")
        let paragraph = try #require(article.children.first)
        #expect(paragraph.line == article.line)
        #expect(document.text(of: paragraph) == "(1) An agency needs a licence.\n")
        #expect(
            document.provision(at: ProvisionPath("art-17"))?.heading == "The register is public.")
    }

    @Test("a wrapped line that starts like a marker but goes on is text")
    func notMarkers() throws {
        let text = """
            ### Article 2

            The agency applies the rules laid down in
            Article 5 of Law 678/2001 and
            Chapter 3 of the code.
            2012. was the year of the last review; in
            (b2) no case.
            """
        let document = try DocumentParser(profile: .english).parse(text)
        #expect(document.pathStrings == ["art-2"])
    }

    @Test("quoted lines in an amending bill are never markers")
    func quotedText() throws {
        let bill = """
            ### Article I

            Law no. 678/2001 is amended as follows:

            1. Article 2 is replaced by the following:

            > ### Article 2 — Definitions
            >
            > (1) New text.

            2. After Article 7, a new article is inserted:

            > Article 7^1
            > (1) Inserted text.

            ### Article II

            This law enters into force on 1 January.
            """
        let document = try DocumentParser(profile: .english).parse(bill)
        #expect(document.pathStrings == ["art-I", "art-I/pt-1", "art-I/pt-2", "art-II"])
        let point = try #require(document.provision(at: ProvisionPath("art-I/pt-1")))
        #expect(document.text(of: point).contains("> (1) New text."))
    }

    @Test("headings without a marker are text")
    func unmarkedHeadings() throws {
        let document = try DocumentParser(profile: .english).parse(
            "# Title of the law\n\n## Annexes\n\nSection text\n")
        #expect(document.provisions.isEmpty)
        #expect(document.blocks.map(\.role) == [.heading, .blank, .heading, .blank, .text])
    }
}
