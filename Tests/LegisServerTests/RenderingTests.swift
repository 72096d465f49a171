import Foundation
import Synchronization
import LegisDiff
import LegisDocument
import LegisTracker
import Testing

@testable import LegisServer

/// The hand-written HTML: escaping, addresses, document and redline fragments, the cache.
struct RenderingTests {
    @Test func escapesTheFiveCharacters() {
        #expect(
            HTML.escape("<a href=\"x\" title='y'>&</a>")
                == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
        #expect(HTML.escape("Straße § 5 — ok") == "Straße § 5 — ok")
        #expect(HTML.escape(Substring("a<b").dropFirst()) == "&lt;b")
        #expect(HTML.escape("nul\u{0}byte") == "nul\u{FFFD}byte")
    }

    @Test func encodesIDsAsOneSegment() throws {
        #expect(URLPath.segment("laws/penal-code") == "laws%2Fpenal-code")
        let penal = try DocumentID("laws/penal-code")
        #expect(URLPath.document(penal, revision: "v 2&x") == "/documents/laws%2Fpenal-code?rev=v%202%26x")
        #expect(URLPath.decode("laws%2Fpenal-code") == "laws/penal-code")
        #expect(URLPath.decode("%C3%9F") == "ß")
        #expect(URLPath.decode("%ZZ") == nil)
        #expect(URLPath.decode("%C3") == nil, "broken UTF-8")
    }

    @Test func aMissingKeyAskedForAtOnceIsComputedOnce() {
        let cache = LRUCache<String, Int>(capacity: 10)
        let computations = Mutex(0)
        let results = Mutex<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let value = cache.value(
                for: "comparison", cost: { _ in 1 },
                compute: { () -> Int in
                    computations.withLock { $0 += 1 }
                    usleep(100_000)  // long enough for the other callers to arrive meanwhile
                    return 42
                })
            results.withLock { $0.append(value) }
        }
        #expect(computations.withLock { $0 } == 1)
        #expect(results.withLock { $0 } == Array(repeating: 42, count: 8))
    }

    @Test func aFailedComputationLeavesTheKeyToTheNextCaller() {
        struct Failure: Error {}
        let cache = LRUCache<String, Int>(capacity: 10)
        #expect(throws: Failure.self) {
            try cache.value(for: "k", cost: { _ in 1 }, compute: { () throws(Failure) -> Int in throw Failure() })
        }
        #expect(cache.value(for: "k", cost: { _ in 1 }, compute: { () -> Int in 7 }) == 7)
    }

    @Test func cacheDropsTheLeastRecentlyUsed() {
        let cache = LRUCache<String, Int>(capacity: 3)
        cache.insert(1, for: "a", cost: 1)
        cache.insert(2, for: "b", cost: 1)
        cache.insert(3, for: "c", cost: 1)
        #expect(cache.value(for: "a") == 1)
        cache.insert(4, for: "d", cost: 1)
        #expect(cache.value(for: "b") == nil, "b was the least recently used")
        #expect(cache.value(for: "a") == 1)
        #expect(cache.count == 3)
        cache.insert(5, for: "big", cost: 10)
        #expect(cache.count == 1, "an entry over capacity is kept alone")
        var computed = 0
        let value = cache.value(
            for: "e", cost: { _ in 1 },
            compute: { () -> Int in
                computed += 1
                return 6
            })
        let again = cache.value(
            for: "e", cost: { _ in 1 },
            compute: { () -> Int in
                computed += 1
                return 7
            })
        #expect(value == 6 && again == 6 && computed == 1)
    }

    @Test func documentHTMLNestsProvisionsWithAnchors() throws {
        let source = """
            ---
            title: T
            language: en
            ---

            # Heading <i>

            ### Article 1 Scope

            (1) First "quoted" & <b>.

            (2) Second.

            ### Article 2 Other

            Text.

            """
        let document = try DocumentParser().parse(bytes: Array(source.utf8))
        let html = DocumentHTML(document)
        #expect(!html.body.contains("title: T"), "the front matter is not shown")
        #expect(html.body.contains("<h2 class=\"text-heading\">Heading &lt;i&gt;</h2>"))
        #expect(html.body.contains("<section class=\"provision article\" id=\"art-1\">"))
        #expect(html.body.contains("<section class=\"provision paragraph\" id=\"art-1-par-2\">"))
        #expect(html.body.contains("<a class=\"permalink\" href=\"#art-1-par-2\""))
        #expect(html.body.contains("First &quot;quoted&quot; &amp; &lt;b&gt;."))
        let first = try #require(html.body.range(of: "id=\"art-1\""))
        let nested = try #require(html.body.range(of: "id=\"art-1-par-1\""))
        let second = try #require(html.body.range(of: "id=\"art-2\""))
        #expect(first.lowerBound < nested.lowerBound && nested.lowerBound < second.lowerBound)
        #expect(html.tableOfContents.contains("<a href=\"#art-2\">Article 2 Other</a>"))
        #expect(!html.tableOfContents.contains("par-1"), "paragraphs are not in the contents")
    }

    @Test func redlineHTMLMarksChangesAndCutsProvisions() throws {
        let old = try DocumentParser().parse(
            bytes: Array("### Article 1 A\n\nThe fee is <low>.\n\n### Article 2 B\n\nKept.\n".utf8))
        let new = try DocumentParser().parse(
            bytes: Array("### Article 1 A\n\nThe fee is \"high\".\n\n### Article 2 B\n\nKept.\n".utf8))
        let redline = DocumentDiff.compare(old, new)
        let html = RedlineHTML(redline)
        #expect(html.inline.contains("<del>&lt;low&gt;</del>") || html.inline.contains("&lt;low&gt;</del>"))
        #expect(html.inline.contains("&quot;high&quot;"))
        #expect(html.inline.contains("id=\"change-1\""))
        #expect(html.synopsis.contains("<td>"))
        #expect(html.synopsis.contains("<del>"))
        #expect(html.synopsis.contains("<ins>"))
        #expect(!html.synopsis.contains("Kept."), "an unchanged provision is not in the synopsis")
        #expect(html.changes.contains("<span class=\"kind\">modified</span>"))
        #expect(!html.inline.contains("<low>") && !html.synopsis.contains("<low>"))
    }
}
