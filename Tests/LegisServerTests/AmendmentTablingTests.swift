import Foundation
import HTTPTypes
import HummingbirdTesting
import LegisGit
import LegisTracker
import Testing

/// Tabling amendments in the browser: from the edit form or the amendment form, by the roles
/// allowed, sponsored by the member's stakeholder and the co-sponsors ticked; everyone else
/// refused with 403 and nothing written.
@Suite("Tabling amendments on the web")
struct AmendmentTablingTests {
    static let doc = AmendmentScene.doc

    @Test func aDrafterTablesFromTheEditFormAndNothingElseChanges() async throws {
        let fixture = try Fixture.make()
        defer { fixture.remove() }
        try await withMemberServer(fixture) { client in
            let scene = try await AmendmentScene.make(fixture, client)
            let tipBefore = try scene.tip()
            let text = try AmendmentScene.replacing(try scene.text(), "valid for three years", "valid for five years")
            let page = try await scene.tableFromEditForm(
                text: text, title: "Five years \(Hostile.script)", rationale: "Because \(Hostile.all)",
                cosponsors: ["ngo-safe-home"])
            #expect(page.status == .seeOther, "\(page.body)")
            #expect(page.headers[.location] == Self.doc + "/amendments/1")
            #expect(try scene.tip() == tipBefore)

            let amendment = try Workspace.open(at: fixture.path).amendment(try DocumentID("labour-law"), 1)
            #expect(amendment.sponsors == ["police-unit", "ngo-safe-home"])
            #expect(amendment.base == tipBefore)
            #expect(amendment.title == "Five years \(Hostile.script)")
            #expect(amendment.history.first?.by == "Member dana@police.example <dana@police.example>")
            #expect(amendment.status == .tabled)

            // Everyone reads it escaped, with the status and history and without decision forms.
            for reader in [nil, scene.drafter, scene.partner] {
                let shown = try await client.get(Self.doc + "/amendments/1", as: reader)
                #expect(shown.status == .ok)
                #expect(shown.body.contains("Five years &lt;script&gt;"))
                #expect(shown.body.contains("Tabled"))
                #expect(!shown.body.contains("/amendments/1/adopt"))
                expectEscaped(shown)
            }
            let list = try await client.get(Self.doc + "/amendments")
            #expect(list.body.contains("Five years &lt;script&gt;"))
            expectEscaped(list)
        }
    }

    @Test func aReviewerTablesOnTheAmendmentFormAndARefusalKeepsTheText() async throws {
        let fixture = try Fixture.make()
        defer { fixture.remove() }
        try await withMemberServer(fixture) { client in
            let scene = try await AmendmentScene.make(fixture, client)
            let form = try await client.get(Self.doc + "/amendments/new", as: scene.reviewer)
            #expect(form.status == .ok)
            #expect(form.body.contains("name=\"cosponsor\" value=\"police-unit\""))
            #expect(!form.body.contains("name=\"cosponsor\" value=\"research-lab\""))
            let text = try AmendmentScene.replacing(try scene.text(), "a fine", "a fine of 5 000 euro")
            let before = try scene.state()
            let fields: [(String, String)] = [
                ("csrf", form.field("csrf") ?? ""), ("base", form.field("base") ?? ""), ("text", text),
                ("rationale", "Say \"how much\" \(Hostile.attribute)"), ("cosponsor", "magistrates"),
            ]

            // No title: the form comes back with the problem and everything written.
            let untitled = try await client.post(
                Self.doc + "/amendments/new", fields + [("title", " ")], as: scene.reviewer)
            #expect(untitled.status == .badRequest)
            #expect(untitled.body.contains("needs a title"))
            #expect(untitled.body.contains("a fine of 5 000 euro"))
            #expect(untitled.body.contains("value=\"magistrates\" checked"))
            expectEscaped(untitled)
            // The text unchanged: nothing to amend.
            let same = try await client.post(
                Self.doc + "/amendments/new",
                [
                    ("csrf", form.field("csrf") ?? ""), ("base", form.field("base") ?? ""), ("text", try scene.text()),
                    ("title", "Nothing"),
                ],
                as: scene.reviewer)
            #expect(same.status == .badRequest)
            // A co-sponsor that is not registered.
            let stranger = try await client.post(
                Self.doc + "/amendments/new", fields + [("title", "T"), ("cosponsor", "nobody")], as: scene.reviewer)
            #expect(stranger.status == .badRequest)
            #expect(try scene.state() == before)

            let tabled = try await client.post(
                Self.doc + "/amendments/new", fields + [("title", "Amount")], as: scene.reviewer)
            #expect(tabled.status == .seeOther, "\(tabled.body)")
            let amendment = try Workspace.open(at: fixture.path).amendment(try DocumentID("labour-law"), 1)
            #expect(amendment.sponsors == ["research-lab", "magistrates"])
            #expect(amendment.rationale == "Say \"how much\" \(Hostile.attribute)")
        }
    }

    @Test func tablingIsRefusedWithoutTheRoleSessionTokenOrOrigin() async throws {
        let fixture = try Fixture.make()
        defer { fixture.remove() }
        try await withMemberServer(fixture) { client in
            let scene = try await AmendmentScene.make(fixture, client)
            let form = try await client.get(Self.doc + "/amendments/new", as: scene.drafter)
            let csrf = form.field("csrf") ?? ""
            let text = try scene.text() + "\nMore.\n"
            let fields: [(String, String)] = [("base", form.field("base") ?? ""), ("text", text), ("title", "T")]
            let path = Self.doc + "/amendments/new"
            let before = try scene.state()

            // A partner.
            let partnerCSRF = try await client.get(Self.doc + "/endorse", as: scene.partner).field("csrf") ?? ""
            #expect(try await client.get(path, as: scene.partner).status == .forbidden)
            #expect(
                try await client.post(path, fields + [("csrf", partnerCSRF)], as: scene.partner).status == .forbidden)
            // Anonymous.
            #expect(try await client.get(path).status == .forbidden)
            #expect(try await client.post(path, fields + [("csrf", csrf)]).status == .forbidden)
            // No token, another session's token, another origin, no origin.
            #expect(try await client.post(path, fields, as: scene.drafter).status == .forbidden)
            #expect(
                try await client.post(path, fields + [("csrf", partnerCSRF)], as: scene.drafter).status == .forbidden)
            #expect(
                try await client.post(path, fields + [("csrf", csrf)], as: scene.drafter, origin: "http://evil.example")
                    .status
                    == .forbidden)
            #expect(
                try await client.post(path, fields + [("csrf", csrf)], as: scene.drafter, origin: nil).status
                    == .forbidden)
            #expect(try scene.state() == before)
            // Only POST and GET answer there.
            #expect(try await client.client.execute(uri: path, method: .put) { $0.status } == .methodNotAllowed)
        }
    }
}
