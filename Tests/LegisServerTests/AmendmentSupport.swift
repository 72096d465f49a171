import Foundation
import HTTPTypes
import LegisGit
import LegisTracker
import Testing

/// A working group on the fixture's workspace, signed in through the web interface: a member
/// of each role, each of another stakeholder.
struct AmendmentScene: Sendable {
    static let doc = "/documents/labour-law"
    static let documentID = "labour-law"

    let fixture: Fixture
    let client: MemberClient
    var secretary: WebMember
    var drafter: WebMember
    var reviewer: WebMember
    var partner: WebMember

    static func make(_ fixture: Fixture, _ client: MemberClient) async throws -> AmendmentScene {
        let workspace = try Workspace.open(at: fixture.path)
        func member(_ stakeholder: String, _ email: String, _ role: Member.Role) async throws -> WebMember {
            try await client.signIn(
                try await client.enrol(workspace, stakeholder: stakeholder, email: email, roles: [role]))
        }
        return AmendmentScene(
            fixture: fixture, client: client,
            secretary: try await member("magistrates", "sam@court.example", .secretariat),
            drafter: try await member("police-unit", "dana@police.example", .drafter),
            reviewer: try await member("research-lab", "rey@lab.example", .reviewer),
            partner: try await member("ngo-safe-home", "nora@ngo.example", .partner))
    }

    /// The latest text of the document.
    func text() throws -> String {
        let workspace = try Workspace.open(at: fixture.path)
        return try workspace.text(of: try workspace.revision(of: try DocumentID(Self.documentID)))
    }

    /// Every ref and the branch tip: what "nothing written" compares.
    func state() throws -> [String] { try MemberRouteTests.state(fixture) }

    /// The tip of the branch.
    func tip() throws -> ObjectID {
        try #require(try Workspace.open(at: fixture.path).tip())
    }

    /// Opens the edit form as the drafter and posts it to the tabling address with `text`.
    func tableFromEditForm(
        text: String, title: String, rationale: String = "", cosponsors: [String] = []
    ) async throws -> Page {
        let edit = try await client.get(Self.doc + "/edit", as: drafter)
        #expect(edit.status == .ok)
        #expect(edit.body.contains("Table as an amendment"))
        let fields: [(String, String)] =
            [
                ("csrf", edit.field("csrf") ?? ""), ("base", edit.field("base") ?? ""), ("text", text), ("message", ""),
                ("title", title), ("rationale", rationale),
            ] + cosponsors.map { ("cosponsor", $0) }
        return try await client.post(Self.doc + "/amendments/new", fields, as: drafter)
    }

    /// The secretariat's view of amendment `number`, with its forms.
    func secretariatPage(_ number: Int) async throws -> Page {
        try await client.get(Self.doc + "/amendments/\(number)", as: secretary)
    }

    /// Posts the secretariat's adoption of amendment `number`.
    func adopt(_ number: Int, compromise: String? = nil, note: String = "") async throws -> Page {
        let page = try await secretariatPage(number)
        var fields = [("csrf", page.field("csrf") ?? ""), ("note", note)]
        if let compromise { fields.append(("compromise", compromise)) }
        return try await client.post(Self.doc + "/amendments/\(number)/adopt", fields, as: secretary)
    }

    /// The text with `old` replaced by `new`, which must be there.
    static func replacing(_ text: String, _ old: String, _ new: String) throws -> String {
        try #require(text.contains(old), "the fixture text has no '\(old)'")
        return text.replacingOccurrences(of: old, with: new)
    }
}
