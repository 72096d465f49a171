import Foundation
import HTTPTypes
import LegisGit
import LegisTracker
import Testing

/// Recording decisions in the browser: only the secretariat sees the forms and may post them; an
/// adoption is one commit that names the amendment, and one that does not merge answers 409 with
/// the three texts of each provision in conflict, writing nothing.
@Suite("Deciding amendments on the web")
struct AmendmentDecisionTests {
    static let doc = AmendmentScene.doc

    /// Tables amendment 1 (Article 3's fine becomes a fine of 5 000 euro) as the drafter.
    static func tableFine(_ scene: AmendmentScene) async throws {
        let text = try AmendmentScene.replacing(try scene.text(), "with a fine.", "with a penalty of 5 000 euro.")
        let page = try await scene.tableFromEditForm(
            text: text, title: "Fine \(Hostile.script) \"quoted\"", rationale: "Why \(Hostile.all)")
        #expect(page.status == .seeOther, "\(page.body)")
    }

    @Test func theSecretariatAdoptsInOneCommitNamingTheAmendment() async throws {
        let fixture = try Fixture.make()
        defer { fixture.remove() }
        try await withMemberServer(fixture) { client in
            let scene = try await AmendmentScene.make(fixture, client)
            try await Self.tableFine(scene)
            let page = try await scene.secretariatPage(1)
            #expect(page.status == .ok)
            #expect(page.body.contains("action=\"/documents/labour-law/amendments/1/adopt\""))
            #expect(page.body.contains("value=\"withdrawn\""))
            expectEscaped(page)

            let before = try scene.tip()
            let adopted = try await scene.adopt(1, note: "Agreed \(Hostile.script)")
            #expect(adopted.status == .seeOther, "\(adopted.body)")
            #expect(adopted.headers[.location] == Self.doc + "/amendments/1")
            let workspace = try Workspace.open(at: fixture.path)
            let tip = try scene.tip()
            let commit = try workspace.repository.commit(tip)
            #expect(commit.parents == [before])
            #expect(commit.message.hasPrefix("Adopt amendment 1 to labour-law"))
            #expect(commit.message.contains("Legis-Adopts: refs/amendments/labour-law/1"))
            #expect(commit.author.email == "sam@court.example")
            #expect(try scene.text().contains("with a penalty of 5 000 euro."))
            let amendment = try workspace.amendment(try DocumentID("labour-law"), 1)
            #expect(amendment.status == .adopted)
            #expect(amendment.history.last?.note == "Agreed \(Hostile.script)")

            // Closed: no forms any more, and a second decision is a conflict.
            let after = try await scene.secretariatPage(1)
            #expect(!after.body.contains("/amendments/1/adopt\""))
            #expect(after.body.contains("Adopted"))
            expectEscaped(after)
            let again = try await client.post(
                Self.doc + "/amendments/1/decide", [("csrf", after.field("csrf") ?? ""), ("status", "rejected")],
                as: scene.secretary)
            #expect(again.status == .conflict)
            #expect(again.body.contains("adopted already"))
        }
    }

    @Test func aCompromiseIsAdoptedWithChangesAndOtherDecisionsCarryTheirNote() async throws {
        let fixture = try Fixture.make()
        defer { fixture.remove() }
        try await withMemberServer(fixture) { client in
            let scene = try await AmendmentScene.make(fixture, client)
            try await Self.tableFine(scene)
            try await Self.tableFine(scene)
            try await Self.tableFine(scene)
            let tabled = try Workspace.open(at: fixture.path).amendmentTexts(
                try Workspace.open(at: fixture.path).amendment(try DocumentID("labour-law"), 1)
            ).tabled
            let compromise = tabled.replacingOccurrences(of: "5 000 euro", with: "3 000 euro")
                .replacingOccurrences(of: "\n", with: "\r\n")
            let adopted = try await scene.adopt(1, compromise: compromise)
            #expect(adopted.status == .seeOther, "\(adopted.body)")
            #expect(try scene.text().contains("with a penalty of 3 000 euro."))
            #expect(!(try scene.text().contains("\r")))

            let csrf = try await scene.secretariatPage(2).field("csrf") ?? ""
            for (number, status) in [(2, "withdrawn"), (3, "lapsed")] {
                let page = try await client.post(
                    Self.doc + "/amendments/\(number)/decide",
                    [("csrf", csrf), ("status", status), ("note", "By \(status)")],
                    as: scene.secretary)
                #expect(page.status == .seeOther, "\(page.body)")
            }
            let all = try Workspace.open(at: fixture.path).amendments(of: try DocumentID("labour-law"))
            #expect(all.map(\.status) == [.adoptedWithChanges, .withdrawn, .lapsed])
            #expect(all[1].history.last?.note == "By withdrawn")
            // Adoption is not decided through the closing form.
            #expect(
                try await client.post(
                    Self.doc + "/amendments/1/decide", [("csrf", csrf), ("status", "adopted")], as: scene.secretary
                )
                .status == .badRequest)
        }
    }

    @Test func decisionsAreRefusedToOtherRolesAnonymousAndFormsWithoutAToken() async throws {
        let fixture = try Fixture.make()
        defer { fixture.remove() }
        try await withMemberServer(fixture) { client in
            let scene = try await AmendmentScene.make(fixture, client)
            try await Self.tableFine(scene)
            let secretaryCSRF = try await scene.secretariatPage(1).field("csrf") ?? ""
            let drafterCSRF = try await client.get(Self.doc + "/edit", as: scene.drafter).field("csrf") ?? ""
            let before = try scene.state()
            let adopt = Self.doc + "/amendments/1/adopt"
            let decide = Self.doc + "/amendments/1/decide"

            // A drafter sees no forms and may not decide.
            let drafterView = try await client.get(Self.doc + "/amendments/1", as: scene.drafter)
            #expect(!drafterView.body.contains("/amendments/1/adopt"))
            #expect(try await client.post(adopt, [("csrf", drafterCSRF)], as: scene.drafter).status == .forbidden)
            #expect(
                try await client.post(decide, [("csrf", drafterCSRF), ("status", "rejected")], as: scene.drafter).status
                    == .forbidden)
            // Anonymous.
            #expect(try await client.post(adopt, [("csrf", secretaryCSRF)]).status == .forbidden)
            #expect(
                try await client.post(decide, [("csrf", secretaryCSRF), ("status", "rejected")]).status == .forbidden)
            // The secretariat without the token, with another's, from elsewhere.
            #expect(try await client.post(adopt, [], as: scene.secretary).status == .forbidden)
            #expect(try await client.post(decide, [("status", "rejected")], as: scene.secretary).status == .forbidden)
            #expect(try await client.post(adopt, [("csrf", drafterCSRF)], as: scene.secretary).status == .forbidden)
            #expect(
                try await client.post(
                    adopt, [("csrf", secretaryCSRF)], as: scene.secretary, origin: "http://evil.example"
                )
                .status == .forbidden)
            #expect(try scene.state() == before)
        }
    }

    @Test func anAdoptionThatDoesNotMergeAnswers409AndWritesNothing() async throws {
        let fixture = try Fixture.make()
        defer { fixture.remove() }
        try await withMemberServer(fixture) { client in
            let scene = try await AmendmentScene.make(fixture, client)
            try await Self.tableFine(scene)
            // Meanwhile the drafter changes the same words.
            let edit = try await client.get(Self.doc + "/edit", as: scene.drafter)
            let saved = try await client.post(
                Self.doc + "/edit",
                [
                    ("csrf", edit.field("csrf") ?? ""), ("base", edit.field("base") ?? ""),
                    ("text", try AmendmentScene.replacing(try scene.text(), "with a fine.", "with imprisonment.")),
                    ("message", "Prison instead"),
                ],
                as: scene.drafter)
            #expect(saved.status == .seeOther)
            let before = try scene.state()

            let conflict = try await scene.adopt(1)
            #expect(conflict.status == .conflict)
            #expect(conflict.body.contains("cannot be adopted"))
            #expect(conflict.body.contains("<h2>Article 3(1)</h2>"))
            // The three texts, the last two marked against the first.
            #expect(conflict.body.contains("<p>(1) Recruiting without a licence is punished with a fine.</p>"))
            #expect(conflict.body.contains("punished with <del>a fine</del><ins>imprisonment</ins>."))
            #expect(conflict.body.contains("punished with a <del>fine</del><ins>penalty of 5 000 euro</ins>."))
            #expect(conflict.body.contains("Fine &lt;script&gt;"))
            expectEscaped(conflict)
            #expect(try scene.state() == before)
            let amendment = try Workspace.open(at: fixture.path).amendment(try DocumentID("labour-law"), 1)
            #expect(amendment.status == .tabled)
        }
    }
}
