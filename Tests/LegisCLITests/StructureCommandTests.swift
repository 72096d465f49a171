import Foundation
import LegisTestSupport
import Testing

@testable import legis

/// `legis structure FILE`: the provision tree as text and JSON, and its errors.
@Suite struct StructureCommandTests {
    static let text = """
        ##### **Articolul 16**: *Egalitatea în drepturi*

        1. Cetățenii sunt egali în fața legii.
        1. Nimeni nu este mai presus de lege.

        """

    @Test func printsTheTreeAsTextAndJSON() async throws {
        let scratch = try Scratch()
        let file = try scratch.write("law.md", Self.text)
        let plain = await legis("structure", file, "--language", "ro")
        #expect(plain.status == 0)
        #expect(plain.output.contains("art-16/par-2  paragraph 2  Art. 16 alin. (2)"))
        #expect(plain.output.contains("“Egalitatea în drepturi”"))
        let json = await legis("structure", file, "--json")
        #expect(json.status == 0)
        let lines = try #require(
            try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(lines.map { $0["path"] as? String } == ["art-16", "art-16/par-1", "art-16/par-2"])
        #expect(lines.last?["kind"] as? String == "paragraph")
        #expect(lines.last?["citation"] as? String == "Art. 16 alin. (2)")
        let start = try #require(lines.last?["start"] as? Int)
        let end = try #require(lines.last?["end"] as? Int)
        #expect(Array(Self.text.utf8)[start..<end].elementsEqual("1. Nimeni nu este mai presus de lege.\n".utf8))
    }

    @Test func errors() async throws {
        let scratch = try Scratch()
        let file = try scratch.write("law.md", Self.text)
        let missing = await legis("structure", scratch.file("nope.md"))
        #expect(missing.status == 1)
        #expect(missing.error.contains("no such file"))
        let language = await legis("structure", file, "--language", "xx")
        #expect(language.status == 2)
        #expect(language.error.contains("en, ro, de"))
    }
}
