import LegisDocument
import Testing

@Suite("BGB corpus")
struct BGBTests {
    @Test("the 2013 file has more than 2,000 sections, § 1631d among them")
    func sections2013() throws {
        let document = try DocumentParser().parse(Fixtures.bgb("2013-01-11"))
        #expect(document.language == "de")
        #expect(document.frontMatter.title == "Bürgerliches Gesetzbuch")
        #expect(document.frontMatter.field("jurabk") == "BGB")
        let articles = document.allProvisions.filter { $0.kind == .article }
        #expect(articles.count > 2_000)
        let circumcision = try #require(document.provision(at: ProvisionPath("art-1631d")))
        #expect(circumcision.heading == "Beschneidung des männlichen Kindes")
        #expect(circumcision.label == "§ 1631d")
        #expect(
            circumcision.children.map(\.path.description) == ["art-1631d/par-1", "art-1631d/par-2"])
    }

    @Test("§ 1631d does not exist in 2012")
    func sections2012() throws {
        let document = try DocumentParser().parse(Fixtures.bgb("2012-12-02"))
        #expect(document.provision(at: ProvisionPath("art-1631d")) == nil)
        #expect(document.provision(at: ProvisionPath("art-1631c")) != nil)
    }

    @Test("the container hierarchy and nested lists are found")
    func hierarchy() throws {
        let document = try DocumentParser().parse(Fixtures.bgb("2013-01-11"))
        #expect(document.provisions.filter { $0.kind == .book }.count == 5)
        #expect(
            document.provision(at: ProvisionPath("book-1/div-1/title-2/subtitle-1/chap-1")) != nil)
        #expect(document.provision(at: ProvisionPath("art-309/pt-8/let-b/let-aa")) != nil)
        let section = try #require(document.provision(at: ProvisionPath("art-1")))
        #expect(
            document.text(of: section) == "##### § 1 Beginn der Rechtsfähigkeit\n\n"
                + "Die Rechtsfähigkeit des Menschen beginnt mit der Vollendung der\nGeburt.\n\n\n")
    }
}
