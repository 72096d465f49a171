import Foundation
import HTTPTypes
import LegisGit
import LegisSignature
import LegisTestSupport
import LegisTracker
import Testing

/// The members' routes over a real workspace: enrolment, sign-in, editing and endorsing, and
/// every forbidden action refused with 403 and nothing written.
@Suite("Members on the web")
struct MemberRouteTests {
    static let doc = "/documents/labour-law"

    /// Every ref and the branch tip: what "nothing written" compares.
    static func state(_ fixture: Fixture) throws -> [String] {
        let workspace = try Workspace.open(at: fixture.path)
        return try workspace.repository.references(withPrefix: "refs/").map { "\($0.name) \($0.target.hex)" }.sorted()
    }

    /// The latest text of the fixture's document.
    static func text(_ workspace: Workspace) throws -> String {
        let revision = try workspace.revision(of: try DocumentID("labour-law"))
        return String(decoding: try workspace.repository.blob(revision.blob), as: UTF8.self)
    }

    @Test func aDrafterSignsInAndSavesACommitAuthoredByThem() async throws {
        let fixture = try Fixture.make(endorsements: true)
        defer { fixture.remove() }
        try await withMemberServer(fixture) { client in
            let workspace = try Workspace.open(at: fixture.path)
            let member = try await client.signIn(
                try await client.enrol(workspace, stakeholder: "police-unit", email: "ana@police.example", roles: [.drafter]))
            let edit = try await client.get(Self.doc + "/edit", as: member)
            #expect(edit.status == .ok)
            let base = try #require(edit.field("base"))
            let csrf = try #require(edit.field("csrf"))
            let text = try Self.text(workspace) + "\nA closing sentence.\n"
            let saved = try await client.post(
                Self.doc + "/edit", [("csrf", csrf), ("base", base), ("text", text), ("message", "Add a closing sentence")],
                as: member)
            #expect(saved.status == .seeOther, "\(saved.body)")
            let after = try Workspace.open(at: fixture.path)
            let log = try after.log(of: try DocumentID("labour-law"))
            #expect(log.first?.message.trimmingCharacters(in: .whitespacesAndNewlines) == "Add a closing sentence")
            #expect(log.first?.email == "ana@police.example")
            #expect(try Self.text(after) == text)
        }
    }

    @Test func aSaveBasedOnAnOldRevisionShowsTheRedlineAndKeepsTheText() async throws {
        let fixture = try Fixture.make(endorsements: true)
        defer { fixture.remove() }
        try await withMemberServer(fixture) { client in
            let workspace = try Workspace.open(at: fixture.path)
            let first = try await client.signIn(
                try await client.enrol(workspace, stakeholder: "police-unit", email: "a@police.example", roles: [.drafter]))
            let second = try await client.signIn(
                try await client.enrol(workspace, stakeholder: "police-unit", email: "b@police.example", roles: [.drafter]))
            let pageA = try await client.get(Self.doc + "/edit", as: first)
            let pageB = try await client.get(Self.doc + "/edit", as: second)
            let original = try Self.text(workspace)
            let theirs = original + "\nTheir sentence.\n"
            let mine = original + "\nMy own sentence.\n"
            let savedB = try await client.post(
                Self.doc + "/edit",
                [("csrf", pageB.field("csrf") ?? ""), ("base", pageB.field("base") ?? ""), ("text", theirs), ("message", "B")],
                as: second)
            #expect(savedB.status == .seeOther)
            let before = try Self.state(fixture)
            let conflict = try await client.post(
                Self.doc + "/edit",
                [("csrf", pageA.field("csrf") ?? ""), ("base", pageA.field("base") ?? ""), ("text", mine), ("message", "A")],
                as: first)
            #expect(conflict.status == .conflict)
            #expect(conflict.body.contains("Someone saved first"))
            #expect(conflict.body.contains("My own sentence."))
            #expect(conflict.body.contains("<ins>Their</ins>") || conflict.body.contains("<ins>Their sentence"))
            #expect(try Self.state(fixture) == before)
            // The form now starts from the new tip: saving again succeeds.
            let retry = try await client.post(
                Self.doc + "/edit",
                [("csrf", conflict.field("csrf") ?? ""), ("base", conflict.field("base") ?? ""), ("text", mine), ("message", "A")],
                as: first)
            #expect(retry.status == .seeOther)
        }
    }

    @Test func aPartnerEndorsesWithASignatureMadeOutsideTheServer() async throws {
        let fixture = try Fixture.make(endorsements: true)
        defer { fixture.remove() }
        try await withMemberServer(fixture) { client in
            let workspace = try Workspace.open(at: fixture.path)
            let partner = try await client.signIn(
                try await client.enrol(workspace, stakeholder: "police-unit", email: "p@police.example", roles: [.partner]))
            let form = try await client.get(Self.doc + "/endorse", as: partner)
            #expect(form.status == .ok)
            let prepared = try await client.post(
                Self.doc + "/endorse",
                [("csrf", form.field("csrf") ?? ""), ("revision", form.field("revision") ?? ""),
                 ("stakeholder", "police-unit"), ("stance", "support"), ("scope", "art-1"),
                 ("statement", "We support article 1.")],
                as: partner)
            #expect(prepared.status == .ok, "\(prepared.body)")
            let payloadText = try #require(prepared.field("payload"))
            let payload = try #require(Data(base64Encoded: payloadText))
            let signature = try SSHSignature.sign(message: [UInt8](payload), key: partner.key, namespace: "git")
            let done = try await client.post(
                Self.doc + "/endorse/sign",
                [("csrf", prepared.field("csrf") ?? ""), ("pending", prepared.field("pending") ?? ""),
                 ("signature", signature.armored)],
                as: partner)
            #expect(done.status == .seeOther, "\(done.body)")
            let reports = try Workspace.open(at: fixture.path).endorsements(of: try DocumentID("labour-law"))
                .filter { $0.stakeholder == "police-unit" && $0.status == .current }
            let report = try #require(reports.first)
            let folder = fixture.root
            let signers = folder + "/allowed_signers"
            try workspace.allowedSigners().write(toFile: signers, atomically: true, encoding: .utf8)
            let verify = try Tool.run(
                "git", ["-c", "gpg.format=ssh", "-c", "gpg.ssh.allowedSignersFile=\(signers)", "verify-tag", report.ref],
                in: fixture.path)
            #expect(verify.status == 0, "\(verify.error)")
            // The pending endorsement is used up: a second post is refused.
            let again = try await client.post(
                Self.doc + "/endorse/sign",
                [("csrf", prepared.field("csrf") ?? ""), ("pending", prepared.field("pending") ?? ""),
                 ("signature", signature.armored)],
                as: partner)
            #expect(again.status == .forbidden)
        }
    }

    @Test func forbiddenActionsAreRefusedWith403AndWriteNothing() async throws {
        let fixture = try Fixture.make(endorsements: true)
        defer { fixture.remove() }
        try await withMemberServer(fixture) { client in
            let workspace = try Workspace.open(at: fixture.path)
            let partner = try await client.signIn(
                try await client.enrol(workspace, stakeholder: "police-unit", email: "p@police.example", roles: [.partner]))
            let drafter = try await client.signIn(
                try await client.enrol(workspace, stakeholder: "ngo-safe-home", email: "d@ngo.example", roles: [.drafter]))
            let draftPage = try await client.get(Self.doc + "/edit", as: drafter)
            let partnerForm = try await client.get(Self.doc + "/endorse", as: partner)
            let text = try Self.text(workspace) + "\nMore.\n"
            let edit: [(String, String)] = [("base", draftPage.field("base") ?? ""), ("text", text), ("message", "m")]
            let before = try Self.state(fixture)

            // A partner editing.
            let partnerCSRF = partnerForm.field("csrf") ?? ""
            #expect(try await client.get(Self.doc + "/edit", as: partner).status == .forbidden)
            #expect(try await client.post(Self.doc + "/edit", edit + [("csrf", partnerCSRF)], as: partner).status == .forbidden)
            // An anonymous POST.
            #expect(try await client.post(Self.doc + "/edit", edit + [("csrf", partnerCSRF)]).status == .forbidden)
            // A POST without a CSRF token, and with another session's token.
            #expect(try await client.post(Self.doc + "/edit", edit, as: drafter).status == .forbidden)
            #expect(try await client.post(Self.doc + "/edit", edit + [("csrf", partnerCSRF)], as: drafter).status == .forbidden)
            // A POST from another origin, or with none.
            let drafterCSRF = draftPage.field("csrf") ?? ""
            #expect(
                try await client.post(Self.doc + "/edit", edit + [("csrf", drafterCSRF)], as: drafter, origin: "http://evil.example")
                    .status == .forbidden)
            #expect(
                try await client.post(Self.doc + "/edit", edit + [("csrf", drafterCSRF)], as: drafter, origin: nil).status
                    == .forbidden)
            // A drafter endorsing; a partner endorsing for another stakeholder.
            let endorse: [(String, String)] = [("stance", "support"), ("statement", "x")]
            #expect(try await client.get(Self.doc + "/endorse", as: drafter).status == .forbidden)
            #expect(try await client.post(Self.doc + "/endorse", endorse + [("csrf", drafterCSRF)], as: drafter).status == .forbidden)
            #expect(
                try await client.post(
                    Self.doc + "/endorse", endorse + [("csrf", partnerCSRF), ("stakeholder", "ngo-safe-home")], as: partner
                ).status == .forbidden)
            // A non-secretariat inviting.
            #expect(
                try await client.post(
                    "/invite", [("csrf", drafterCSRF), ("stakeholder", "ngo-safe-home"), ("name", "X"), ("email", "x@x.example"), ("role", "secretariat")],
                    as: drafter
                ).status == .forbidden)
            #expect(try Self.state(fixture) == before)
        }
    }

    @Test func aChallengeAndAnInvitationWorkOnce() async throws {
        let fixture = try Fixture.make(endorsements: true)
        defer { fixture.remove() }
        try await withMemberServer(fixture) { client in
            let workspace = try Workspace.open(at: fixture.path)
            let invitation = try workspace.invite(
                stakeholder: "police-unit", name: "Ana", email: "ana@police.example", roles: [.reviewer], invitedBy: "test")
            let key = SSHPrivateKey.generate()
            let enrolled = try await client.post(
                "/enrol", [("token", invitation.token), ("publicKey", key.publicKey.authorizedKeyLine)])
            #expect(enrolled.status == .ok)
            let before = try Self.state(fixture)
            // The same invitation again, with another key.
            let other = SSHPrivateKey.generate()
            let reused = try await client.post(
                "/enrol", [("token", invitation.token), ("publicKey", other.publicKey.authorizedKeyLine)])
            #expect(reused.status == .forbidden)
            #expect(try await client.get("/enrol?token=\(invitation.token)").status == .forbidden)
            #expect(try Self.state(fixture) == before)

            // A challenge answered twice.
            let challenge = try #require(try await client.get("/signin").field("challenge"))
            let signature = try SSHSignature.sign(message: Array(challenge.utf8), key: key, namespace: "legis-sign-in")
            let fields = [("challenge", challenge), ("signature", signature.armored)]
            #expect(try await client.post("/signin", fields).status == .seeOther)
            let replay = try await client.post("/signin", fields)
            #expect(replay.status == .forbidden)
            #expect(replay.cookie("legis_session") == nil)

            // A signature in the git namespace is not a sign-in, and a sign-in signature is no endorsement.
            let fresh = try #require(try await client.get("/signin").field("challenge"))
            let gitSigned = try SSHSignature.sign(message: Array(fresh.utf8), key: key, namespace: "git")
            #expect(try await client.post("/signin", [("challenge", fresh), ("signature", gitSigned.armored)]).status == .forbidden)
            let signIn = try SSHSignature.sign(message: [1], key: key, namespace: "legis-sign-in")
            #expect(!signIn.verify(message: [1], namespace: "git"))
        }
    }

    @Test func signInCookieIsHttpOnlyStrictAndSignOutEndsTheSession() async throws {
        let fixture = try Fixture.make(endorsements: false)
        defer { fixture.remove() }
        try Workspace.open(at: fixture.path).addStakeholder(
            id: "ministry", name: "Ministry", category: .centralAdministration, contact: nil,
            publicKey: SSHPrivateKey.generate().publicKey.authorizedKeyLine, author: Fixture.author)
        try await withMemberServer(fixture) { client in
            let workspace = try Workspace.open(at: fixture.path)
            let enrolled = try await client.enrol(workspace, stakeholder: "ministry", email: "s@gov.example", roles: [.secretariat])
            let challenge = try #require(try await client.get("/signin").field("challenge"))
            let signature = try SSHSignature.sign(message: Array(challenge.utf8), key: enrolled.key, namespace: "legis-sign-in")
            let page = try await client.post("/signin", [("challenge", challenge), ("signature", signature.armored)])
            let header = try #require(page.headers[values: .setCookie].first)
            #expect(header.contains("HttpOnly") && header.contains("SameSite=Strict") && header.contains("Max-Age=43200"))
            var member = enrolled
            member.cookie = try #require(page.cookie("legis_session"))
            let invite = try await client.get("/invite", as: member)
            #expect(invite.status == .ok)
            let made = try await client.post(
                "/invite",
                [("csrf", invite.field("csrf") ?? ""), ("stakeholder", "ministry"), ("name", "Bo"), ("email", "bo@gov.example"),
                 ("role", "drafter"), ("role", "reviewer")],
                as: member)
            #expect(made.status == .ok)
            #expect(made.body.contains("http://localhost/enrol?token="))
            let out = try await client.post("/signout", [("csrf", invite.field("csrf") ?? "")], as: member)
            #expect(out.status == .seeOther)
            #expect(try await client.get("/invite", as: member).status == .forbidden)
        }
    }

    @Test func failedSignInsAreRateLimited() async throws {
        let fixture = try Fixture.make(endorsements: false)
        defer { fixture.remove() }
        try await withMemberServer(fixture) { client in
            let stranger = SSHPrivateKey.generate()
            var statuses: [HTTPResponse.Status] = []
            for _ in 0..<7 {
                let challenge = try #require(try await client.get("/signin").field("challenge"))
                let signature = try SSHSignature.sign(message: Array(challenge.utf8), key: stranger, namespace: "legis-sign-in")
                statuses.append(try await client.post("/signin", [("challenge", challenge), ("signature", signature.armored)]).status)
            }
            #expect(statuses.prefix(5).allSatisfy { $0 == .forbidden })
            #expect(statuses.suffix(2).allSatisfy { $0 == .tooManyRequests })
        }
    }

    @Test func aMembersOnlyWorkspaceSendsStrangersToSignIn() async throws {
        let fixture = try Fixture.make(endorsements: false)
        defer { fixture.remove() }
        let workspace = try Workspace.open(at: fixture.path)
        var config = workspace.config
        config.visibility = .members
        try workspace.commit(
            [.write(path: "legis.yml", contents: Array(config.yaml.utf8), executable: false)], message: "Members only",
            author: Fixture.author)
        try await withMemberServer(fixture) { client in
            let home = try await client.get("/")
            #expect(home.status == .seeOther)
            #expect(home.headers[.location] == "/signin")
            #expect(try await client.get("/api/documents").status == .forbidden)
            #expect(try await client.get("/signin").status == .ok)
            #expect(try await client.get("/legis.js").status == .ok)
        }
    }
}

extension MemberRouteTests {
    @Test func aBrowserPostWithANullOriginPassesOnlyWhenSameOrigin() async throws {
        let fixture = try Fixture.make(endorsements: true)
        defer { fixture.remove() }
        try await withMemberServer(fixture) { client in
            let workspace = try Workspace.open(at: fixture.path)
            let invitation = try workspace.invite(
                stakeholder: "police-unit", name: "Ana", email: "ana@police.example", roles: [.reviewer], invitedBy: "test")
            let key = SSHPrivateKey.generate().publicKey.authorizedKeyLine
            let fields = [("token", invitation.token), ("publicKey", key)]
            #expect(try await client.post("/enrol", fields, origin: "null").status == .forbidden)
            #expect(try await client.post("/enrol", fields, origin: "null", fetchSite: "cross-site").status == .forbidden)
            #expect(try await client.post("/enrol", fields, origin: "null", fetchSite: "same-origin").status == .ok)
        }
    }
}

extension MemberRouteTests {
    @Test func pagesUseOnlyTheSiteScriptUnderThePolicy() async throws {
        let fixture = try Fixture.make(endorsements: false)
        defer { fixture.remove() }
        try await withMemberServer(fixture) { client in
            let page = try await client.get("/signin")
            let policy = page.headers[.contentSecurityPolicy] ?? ""
            #expect(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"))
            let scripts = page.body.components(separatedBy: "<script").dropFirst()
            #expect(scripts.count == 1)
            #expect(scripts.allSatisfy { $0.hasPrefix(" src=\"/legis.js\"></script>") })
            let script = try await client.get("/legis.js")
            #expect(script.contentType.hasPrefix("text/javascript"))
            // The private key is made non-extractable; the script loads nothing from anywhere.
            #expect(script.body.contains("generateKey({ name: \"Ed25519\" }, false"))
            #expect(!script.body.contains("fetch(") && !script.body.contains("import(") && !script.body.contains("XMLHttpRequest"))
            // The reading pages carry no script at all.
            #expect(!(try await client.get("/").body.contains("<script")))
        }
    }
}
