import LegisDocument
import Testing

@Suite("Path disambiguation")
struct PathDisambiguationTests {
    @Test("a repeated article number gets its container's path; the first keeps the short one")
    func containerPrefix() throws {
        let text = """
            #### Titel 1

            ##### § 1 Erster

            #### Titel 2

            ##### § 1 Zweiter

            ##### § 1 Dritter
            """
        let document = try DocumentParser(profile: .german).parse(text)
        #expect(
            document.pathStrings == [
                "title-1", "art-1", "title-2", "title-2/art-1", "title-2/art-1~2",
            ])
        #expect(document.provision(at: ProvisionPath("title-2/art-1"))?.heading == "Zweiter")
    }

    @Test("outside any container a repeated path gets ~2, ~3; children follow their parent")
    func tildes() throws {
        let text = """
            Article 1

            (1) One.

            (1) One again.

            Article 1

            (1) Other.
            """
        let document = try DocumentParser(profile: .english).parse(text)
        #expect(
            document.pathStrings == [
                "art-1", "art-1/par-1", "art-1/par-1~2", "art-1~2", "art-1~2/par-1",
            ])
    }

    @Test(
        "paths are unique in every corpus file",
        arguments: ["2012-12-02", "2013-01-11", "2018-11-08"])
    func unique(date: String) throws {
        let document = try DocumentParser().parse(Fixtures.bgb(date))
        let paths = document.pathStrings
        #expect(Set(paths).count == paths.count)
    }

    @Test("provisions before any article are relative to their container")
    func preamble() throws {
        let text = """
            ## Chapter I

            (1) A paragraph of the preamble.

            1. A point.

            ### Article 1

            Text.
            """
        let document = try DocumentParser(profile: .english).parse(text)
        #expect(document.pathStrings == ["chap-I", "chap-I/par-1", "chap-I/par-1/pt-1", "art-1"])
        let top = try DocumentParser(profile: .english).parse("1. First.\n2. Second.\n")
        #expect(top.pathStrings == ["pt-1", "pt-2"])
    }
}
