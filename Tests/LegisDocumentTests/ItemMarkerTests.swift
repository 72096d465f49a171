import LegisDocument
import Testing

@Suite("Paragraph, point and letter markers")
struct ItemMarkerTests {
    @Test(
        "numbering forms of items",
        arguments: [
            ("(1) a\n(1^1) b\n(2a) c\n", ["par-1", "par-1^1", "par-2a"]),
            ("1.  a\n12a. b\n3^1. c\n", ["pt-1", "pt-12a", "pt-3^1"]),
            ("(a) a\n(b) b\na^1) c\n", ["let-a", "let-b", "let-a^1"]),
            ("aa) first\nbb) second\n", ["let-aa", "let-bb"]),
            ("    (1) indented\n\n        a)  deeper\n", ["par-1", "par-1/let-a"]),
            ("(1) windows\r\n(2) lines\r\n", ["par-1", "par-2"]),
        ] as [(String, [String])])
    func forms(text: String, paths: [String]) throws {
        let document = try DocumentParser(profile: .english).parse(text)
        #expect(document.pathStrings == paths)
        #expect(document.render() == text)
    }

    @Test(
        "markers need a blank or the end of the line after them",
        arguments: [
            "(1)text\n", "1.5 million\n", "a)b\n", "(12345) too long\n", "1234. too long\n",
        ])
    func notItems(text: String) throws {
        #expect(try DocumentParser(profile: .english).parse(text).provisions.isEmpty)
    }

    @Test("a superscript insertion index becomes ^n")
    func superscript() throws {
        let document = try DocumentParser(profile: .english).parse("Article 7¹²\n(3¹) x\n")
        #expect(document.pathStrings == ["art-7^12", "art-7^12/par-3^1"])
    }
}
