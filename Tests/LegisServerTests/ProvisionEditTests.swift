import Foundation
import HTTPTypes
import LegisGit
import LegisTracker
import Testing

/// Editing one provision at a time: the form holds only its text, and saving puts it back into
/// the revision the form started from, with the same compare-and-swap as the whole text.
@Suite("Editing one provision on the web")
struct ProvisionEditTests {
    static let doc = AmendmentScene.doc

    @Test func aDrafterEditsOneArticleAndTheRestStaysAsItWas() async throws {
        let fixture = try Fixture.make()
        defer { fixture.remove() }
        try await withMemberServer(fixture) { client in
            let scene = try await AmendmentScene.make(fixture, client)
            let original = try scene.text()
            let form = try await client.get(Self.doc + "/edit?provision=art-3", as: scene.drafter)
            #expect(form.status == .ok)
            #expect(form.body.contains("<h1>Edit Article 3 of"))
            #expect(form.body.contains("name=\"provision\" value=\"art-3\""))
            let shown = try #require(Self.textArea(form.body))
            #expect(shown.hasPrefix("### Article 3 Penalties"))
            #expect(!shown.contains("Article 2"))

            let saved = try await client.post(
                Self.doc + "/edit",
                [
                    ("csrf", form.field("csrf") ?? ""), ("base", form.field("base") ?? ""), ("provision", "art-3"),
                    (
                        "text",
                        "### Article 3 Penalties\r\n\r\n(1) Recruiting without a licence is punished with a fine.\r\n\r\n(2) Repeat offences double it."
                    ),
                    ("message", "Article 3: repeat offences"),
                ],
                as: scene.drafter)
            #expect(saved.status == .seeOther, "\(saved.body)")
            let expected = original.replacingOccurrences(
                of: "punished with a fine.\n", with: "punished with a fine.\n\n(2) Repeat offences double it.\n")
            #expect(try scene.text() == expected)
        }
    }

    @Test func aStaleProvisionFormAnswers409AndAnUnknownOne404() async throws {
        let fixture = try Fixture.make()
        defer { fixture.remove() }
        try await withMemberServer(fixture) { client in
            let scene = try await AmendmentScene.make(fixture, client)
            let form = try await client.get(Self.doc + "/edit?provision=art-1", as: scene.drafter)
            let whole = try await client.get(Self.doc + "/edit", as: scene.drafter)
            let other = try await client.post(
                Self.doc + "/edit",
                [
                    ("csrf", whole.field("csrf") ?? ""), ("base", whole.field("base") ?? ""),
                    ("text", try scene.text() + "\nA last line.\n"), ("message", "Last line"),
                ],
                as: scene.drafter)
            #expect(other.status == .seeOther)
            let before = try scene.state()
            let mine = "### Article 1 Scope\n\n(1) This law applies to every agency.\n"
            let stale = try await client.post(
                Self.doc + "/edit",
                [
                    ("csrf", form.field("csrf") ?? ""), ("base", form.field("base") ?? ""), ("provision", "art-1"),
                    ("text", mine), ("message", "Scope"),
                ],
                as: scene.drafter)
            #expect(stale.status == .conflict)
            #expect(stale.body.contains("Someone saved first"))
            #expect(stale.body.contains("name=\"provision\" value=\"art-1\""))
            #expect(Self.textArea(stale.body) == mine)
            #expect(try scene.state() == before)
            // Saved again from the new revision, it goes through and keeps the other change.
            let retry = try await client.post(
                Self.doc + "/edit",
                [
                    ("csrf", stale.field("csrf") ?? ""), ("base", stale.field("base") ?? ""), ("provision", "art-1"),
                    ("text", mine), ("message", "Scope"),
                ],
                as: scene.drafter)
            #expect(retry.status == .seeOther)
            #expect(try scene.text().contains("A last line.") && scene.text().contains("applies to every agency"))

            #expect(try await client.get(Self.doc + "/edit?provision=art-99", as: scene.drafter).status == .notFound)
            #expect(try await client.get(Self.doc + "/edit?provision=art-1", as: scene.reviewer).status == .forbidden)
        }
    }

    @Test func tablingFromAProvisionFormTablesTheWholeTextWithThatProvisionChanged() async throws {
        let fixture = try Fixture.make()
        defer { fixture.remove() }
        try await withMemberServer(fixture) { client in
            let scene = try await AmendmentScene.make(fixture, client)
            let original = try scene.text()
            let form = try await client.get(Self.doc + "/edit?provision=art-3", as: scene.drafter)
            let tabled = try await client.post(
                Self.doc + "/amendments/new",
                [
                    ("csrf", form.field("csrf") ?? ""), ("base", form.field("base") ?? ""), ("provision", "art-3"),
                    (
                        "text",
                        "### Article 3 Penalties\n\n(1) Recruiting without a licence is punished with a heavy fine.\n"
                    ),
                    ("title", "Heavier fines"),
                ],
                as: scene.drafter)
            #expect(tabled.status == .seeOther, "\(tabled.body)")
            let workspace = try Workspace.open(at: fixture.path)
            let amendment = try workspace.amendment(try DocumentID("labour-law"), 1)
            #expect(amendment.provisions == ["art-3/par-1"])
            #expect(
                try workspace.amendmentTexts(amendment).tabled
                    == original.replacingOccurrences(of: "with a fine.", with: "with a heavy fine."))
            #expect(try scene.text() == original)
        }
    }

    /// The text in the page's text area, unescaped.
    static func textArea(_ body: String) -> String? {
        guard let open = body.range(of: "<textarea name=\"text\""),
            let start = body[open.upperBound...].firstIndex(of: ">"),
            let end = body.range(of: "</textarea>", range: start..<body.endIndex)
        else { return nil }
        return String(body[body.index(after: start)..<end.lowerBound])
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
