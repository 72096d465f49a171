import Foundation
import LegisDiff
import LegisDocument
import Testing

/// Hostile text in the documents and in provision paths never escapes its place in HTML or JSON.
@Suite struct EscapingTests {
    static let hostile = #"<script>alert("x")</script> & 'quoted' "double" <img src=x onerror="alert(1)"> a\b"#

    static func hostileRedline() -> Redline {
        let old = "Article 1\nThe text.\n"
        let new = "Article 1\nThe \(hostile) text.\n"
        var redline = DocumentDiff.compare(SampleDocument.make(old), SampleDocument.make(new))
        redline.provisions.append(
            ProvisionChange(
                kind: .inserted, oldPath: nil,
                newPath: ProvisionPath(components: [#"art-"><script>x</script>"#, "par-'1'&"]),
                insertedWords: 1))
        return redline
    }

    @Test(arguments: [RedlineFormat.html, .synopsisHTML])
    func htmlEscapesTextPathsAndTitle(format: RedlineFormat) {
        let page = Self.hostileRedline().render(format, options: RenderOptions(title: #"Draft "<b>" & 'co'"#))
        #expect(!page.contains("<script>"))
        #expect(!page.contains("<img"))
        #expect(!page.contains(#"onerror=""#))
        #expect(!page.contains("'quoted'"))
        #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;"))
        #expect(page.contains("&lt;b&gt;"))
        #expect(page.contains("&quot;&gt;&lt;script&gt;x&lt;/script&gt;") || format == .synopsisHTML)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<style>"))
        // Only the page's own tags remain.
        let tags = Set(page.matches(of: /<\/?([a-zA-Z0-9]+)/).map { String($0.output.1) })
        #expect(
            tags.isSubset(of: [
                "html", "head", "meta", "title", "style", "body", "h1", "p", "table", "tr", "th", "td", "div", "span",
                "del", "ins",
            ]))
    }

    @Test func htmlMarksChanges() {
        let page = WordDiff.redline(old: "a b c", new: "a x c").render(.html)
        #expect(page.contains("a <del>b</del><ins>x</ins> c"))
    }

    @Test func jsonEscapesControlCharactersQuotesBackslashesAndKeepsUnicode() throws {
        let old = "plain\n"
        let new = "quote \" backslash \\ tab \t bell \u{07} nul \u{00} esc \u{1B} del \u{7F} Straße ș € 𝔘\r\n"
        let redline = WordDiff.redline(old: old, new: new)
        let bytes = redline.json()
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#"quote \" backslash \\ tab \t bell \u0007 nul \u0000 esc \u001b"#))
        #expect(text.contains("Straße ș € 𝔘\\r\\n"))
        // No raw control character is left.
        #expect(!bytes.contains { $0 < 0x20 })
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let segments = try #require(parsed["segments"] as? [[String: Any]])
        let rebuiltNew = segments.filter { $0["op"] as? String != "delete" }.compactMap { $0["text"] as? String }
            .joined()
        #expect(rebuiltNew == new)
    }

    @Test func jsonMatchesTheSchema() throws {
        let redline = ProvisionKindTests.compare(
            ProvisionKindTests.law,
            ProvisionKindTests.replacing(ProvisionKindTests.law, "ninety days", with: "thirty days \"at least\""))
        let bytes = redline.json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(Set(object.keys) == ["segments", "provisions", "stats"])
        let segments = try #require(object["segments"] as? [[String: Any]])
        for segment in segments {
            #expect(Set(segment.keys) == ["op", "text"])
            #expect(["equal", "delete", "insert"].contains(segment["op"] as? String ?? ""))
            #expect(segment["text"] is String)
        }
        let provisions = try #require(object["provisions"] as? [[String: Any]])
        #expect(provisions.count == 1)
        for provision in provisions {
            #expect(
                ["modified", "inserted", "deleted", "moved", "renumbered"].contains(provision["kind"] as? String ?? ""))
            #expect(provision["old"] is String || provision["old"] is NSNull)
            #expect(provision["new"] is String || provision["new"] is NSNull)
        }
        #expect(provisions.first?["old"] as? String == "art-5")
        let stats = try #require(object["stats"] as? [String: Any])
        #expect(stats["insertedWords"] as? Int == redline.stats.insertedWords)
        #expect(stats["deletedWords"] as? Int == redline.stats.deletedWords)
        // Keys come in a fixed order.
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix(#"{"segments":[{"op":"equal","text":"#))
        #expect(text.contains(#"],"provisions":[{"kind":"modified","old":"art-5","new":"art-5","insertedWords":"#))
        #expect(
            text.hasSuffix(
                #""stats":{"insertedWords":\#(redline.stats.insertedWords),"deletedWords":\#(redline.stats.deletedWords)}}"#
            ))
    }
}
