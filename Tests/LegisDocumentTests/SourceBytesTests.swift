import LegisDocument
import Testing

/// A document parsed from bytes keeps them, and they are exactly the source's UTF-8.
@Suite("Source bytes")
struct SourceBytesTests {
    @Test("parsed from bytes or from text: the same document and the same bytes")
    func sameDocument() throws {
        let text = try Fixtures.bgb("2013-01-11")
        let fromText = try DocumentParser().parse(text)
        let fromBytes = try DocumentParser().parse(bytes: Array(text.utf8))
        #expect(fromBytes.source == fromText.source)
        #expect(fromBytes.frontMatter == fromText.frontMatter)
        #expect(fromBytes.blocks == fromText.blocks)
        #expect(fromBytes.provisions == fromText.provisions)
        #expect(fromBytes.sourceBytes == Array(text.utf8))
        #expect(fromText.sourceBytes == Array(text.utf8))
    }

    @Test("a document made by hand gives its source's bytes")
    func madeByHand() {
        let document = Document(
            source: "§ 1 Ä\n", frontMatter: FrontMatter(), language: "de", blocks: [], provisions: [])
        #expect(document.sourceBytes == Array("§ 1 Ä\n".utf8))
    }

    @Test("the text of bytes is made once, the same on every thread, ASCII or not")
    func textMadeOnce() async throws {
        for text in ["# Law\n\nArticle 1\n\nPlain text.\n", "---\ntitle: Lege\n---\n# Legea\n\nArticolul 1\n\nȘi așa.\n"] {
            let document = try DocumentParser().parse(bytes: Array(text.utf8))
            let seen = await withTaskGroup(of: String.self) { group in
                for _ in 0..<8 { group.addTask { document.source } }
                return await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(seen == Array(repeating: text, count: 8))
            #expect(document.render() == text)
            #expect(document.hasSameSource(as: try DocumentParser().parse(text)))
            #expect(!document.hasSameSource(as: try DocumentParser().parse(bytes: Array((text + " ").utf8))))
        }
    }
}
