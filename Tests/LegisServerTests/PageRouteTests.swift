import Foundation
import HTTPTypes
import LegisServer
import LegisTracker
import Testing

/// The HTML pages over a real workspace.
@Suite final class PageRouteTests {
    let fixture: Fixture

    init() throws { fixture = try Fixture.make() }
    deinit { fixture.remove() }

    @Test func listsTheDocuments() async throws {
        try await withServer(fixture) { client in
            let page = try await client.get("/")
            #expect(page.status == .ok)
            #expect(page.contentType.hasPrefix("text/html"))
            #expect(page.body.contains("href=\"/documents/labour-law\""))
            #expect(page.body.contains("href=\"/documents/laws%2Fpenal-code\""))
            #expect(page.body.contains("Labour Recruitment Act &lt;script&gt;"))
            #expect(page.body.contains("Penal Code (excerpt)"))
            #expect(page.body.contains("?rev=v2"), "the latest draft links to its text")
            #expect(page.body.contains("1 stale"))
            #expect(page.body.contains("Test Drafter"))
            expectEscaped(page)
        }
    }

    @Test func showsTheTextWithAnchorsAndContents() async throws {
        try await withServer(fixture) { client in
            let page = try await client.get("/documents/labour-law")
            #expect(page.status == .ok)
            #expect(page.body.contains("id=\"art-2-par-3\""))
            #expect(page.body.contains("href=\"#art-2-par-3\""), "each provision has a permalink")
            #expect(page.body.contains("<nav class=\"toc\""))
            #expect(page.body.contains("No fee may be charged"))
            #expect(page.body.contains("?rev=consultation-1"))
            #expect(page.body.contains("[x](javascript:alert(1))"), "a Markdown link is shown as text")
            #expect(page.body.contains("&lt;b&gt;bold&lt;/b&gt; &amp; more"))
            expectEscaped(page)
        }
    }

    @Test func showsAnOlderDraft() async throws {
        try await withServer(fixture) { client in
            let page = try await client.get("/documents/labour-law?rev=consultation-1")
            #expect(page.status == .ok)
            #expect(page.body.contains("An agency needs a licence."))
            #expect(!page.body.contains("No fee may be charged"))
            #expect(page.body.contains("show the latest"))
            #expect(page.body.contains("<option value=\"consultation-1\" selected>"))
        }
    }

    @Test func acceptsAnEncodedNestedID() async throws {
        try await withServer(fixture) { client in
            let page = try await client.get("/documents/laws%2Fpenal-code")
            #expect(page.status == .ok)
            #expect(page.body.contains("id=\"art-210-par-1\""))
            let history = try await client.get("/documents/laws%2Fpenal-code/history")
            #expect(history.status == .ok)
        }
    }

    @Test func showsTheHistoryWithWordsChanged() async throws {
        try await withServer(fixture) { client in
            let page = try await client.get("/documents/labour-law/history")
            #expect(page.status == .ok)
            #expect(page.body.components(separatedBy: "<td data-label=\"Revision\">").count - 1 == 3, "three revisions")
            #expect(page.body.contains("Tighten licensing &lt;script&gt;"))
            #expect(page.body.contains("First round &lt;script&gt;"), "the draft note, escaped")
            #expect(page.body.contains("first revision"))
            #expect(page.body.contains("class=\"added\">+"))
            #expect(page.body.contains("/documents/labour-law/compare?from="))
            expectEscaped(page)
        }
    }

    @Test func comparesTwoDrafts() async throws {
        try await withServer(fixture) { client in
            let page = try await client.get("/documents/labour-law/compare?from=consultation-1&to=HEAD")
            #expect(page.status == .ok)
            #expect(page.body.contains("<ins>"))
            #expect(page.body.contains("<del>"))
            #expect(page.body.contains("<table class=\"synopsis\">"))
            #expect(page.body.contains("<ol class=\"changes\">"))
            #expect(page.body.contains(">Article 2(3)</a>"), "provisions are named as lawyers name them")
            #expect(page.body.contains("<span class=\"kind\">inserted</span>"))
            #expect(page.body.contains("<span class=\"kind\">modified</span>"))
            #expect(page.body.contains("id=\"change-1\""))
            #expect(page.body.contains("<option value=\"consultation-1\" selected>"))
            #expect(page.body.contains("href=\"/api/documents/labour-law/compare?from=consultation-1&amp;to=HEAD\""))
            expectEscaped(page)
        }
    }

    @Test func compareShowsTheTextAsItReadsWithTheRawFormAClickAway() async throws {
        try await withServer(fixture) { client in
            let page = try await client.get("/documents/labour-law/compare?from=consultation-1&to=HEAD")
            #expect(page.body.contains("<div class=\"redline reading\">"))
            #expect(page.body.contains("href=\"/documents/labour-law/compare?from=consultation-1&amp;to=HEAD&amp;view=raw#redline\""))
            let raw = try await client.get("/documents/labour-law/compare?from=consultation-1&to=HEAD&view=raw")
            #expect(raw.status == .ok)
            #expect(raw.body.contains("<div class=\"redline\">"))
            #expect(raw.body.contains("<ins>"))
            expectEscaped(raw)
        }
    }

    @Test func comparingWithoutRevisionsShowsTheFormWith400() async throws {
        try await withServer(fixture) { client in
            let page = try await client.get("/documents/labour-law/compare")
            #expect(page.status == .badRequest)
            #expect(page.body.contains("<form class=\"compare\""))
            #expect(page.body.contains("Choose the two revisions"))
            let half = try await client.get("/documents/labour-law/compare?from=v2")
            #expect(half.status == .badRequest)
        }
    }

    @Test func showsEndorsementsInEveryState() async throws {
        try await withServer(fixture) { client in
            let page = try await client.get("/documents/labour-law/endorsements")
            #expect(page.status == .ok)
            for status in ["current", "stale", "revoked", "invalid"] {
                #expect(page.body.contains("<span class=\"status \(status)\">\(status)</span>"), "status \(status)")
            }
            #expect(page.body.contains("Compare the endorsed version with the latest"))
            #expect(page.body.contains("compare?from="))
            #expect(page.body.contains("consultation-1"), "the draft name of the stale endorsement")
            #expect(page.body.contains("We agree. &lt;script&gt;"))
            #expect(page.body.contains("Safe Home &lt;script&gt;"))
            expectEscaped(page)
        }
    }

    @Test func listsStakeholdersByCategory() async throws {
        try await withServer(fixture) { client in
            let page = try await client.get("/stakeholders")
            #expect(page.status == .ok)
            #expect(page.body.contains("<h2>Non-governmental organisations</h2>"))
            #expect(page.body.contains("<h2>Police</h2>"))
            #expect(page.body.contains("Magistrates &quot;&gt;&lt;img"))
            #expect(page.body.contains("1 revoked"), "research-lab's key")
            // Every key with its fingerprint and validity window, as the endorsing guide promises.
            let keyLines = page.body.components(separatedBy: "<p class=\"meta key-note\">Key SHA256:").count - 1
            #expect(keyLines >= 3, "one line per registered key, each naming its fingerprint")
            #expect(page.body.contains(": may sign "), "a valid key's window")
            #expect(page.body.contains("revoked (compromised)"), "the revoked key says so")
            #expect(page.body.contains("href=\"/documents/labour-law/endorsements\""))
            expectEscaped(page)
        }
    }

    @Test func pagesFollowNewCommitsAndDrafts() async throws {
        let path = fixture.path
        try await withServer(fixture) { client in
            let before = try await client.get("/documents/labour-law/history")
            #expect(before.body.components(separatedBy: "<td data-label=\"Revision\">").count - 1 == 3)
            let first = try await client.get("/documents/labour-law")
            #expect(!first.body.contains("?rev=final"))

            let workspace = try Workspace.open(at: path)
            let id = try DocumentID(Fixture.documentID)
            let file = try #require(workspace.workingPath(try workspace.path(of: id)))
            try (Fixture.draft(version: 3) + "\n### Article 4 Entry into force\n\n(1) This law enters into force.\n")
                .write(toFile: file, atomically: true, encoding: .utf8)
            _ = try workspace.save([id], message: "Add entry into force", author: Fixture.author)
            try workspace.nameDraft(id, name: "final", note: nil, author: Fixture.author)

            let after = try await client.get("/documents/labour-law/history")
            #expect(after.body.components(separatedBy: "<td data-label=\"Revision\">").count - 1 == 4)
            #expect(after.body.contains("Add entry into force"))
            let text = try await client.get("/documents/labour-law")
            #expect(text.body.contains("id=\"art-4\""))
            #expect(text.body.contains("?rev=final"), "the new draft is offered")
        }
    }

    @Test func servesTheStylesheetWithPrintRules() async throws {
        try await withServer(fixture) { client in
            let page = try await client.get("/style.css")
            #expect(page.status == .ok)
            #expect(page.contentType.hasPrefix("text/css"))
            #expect(page.body.contains("@media print"))
            #expect(page.body.contains("line-through"))
        }
    }
}
