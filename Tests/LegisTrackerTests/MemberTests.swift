import Foundation
import LegisGit
import LegisSignature
import LegisTestSupport
import LegisTracker
import Testing

/// Members, invitations and enrolment over a real repository.
@Suite("Members")
struct MemberTests {
    /// A workspace with one stakeholder, `ngo-safe-home`.
    static func workspace() throws -> (TemporaryFolder, Workspace) {
        let folder = try TemporaryFolder()
        let workspace = try Workspace.initialize(at: folder.path + "/ws", author: tester)
        try workspace.addStakeholder(
            id: "ngo-safe-home", name: "Safe Home", category: .ngo, contact: nil,
            publicKey: SSHPrivateKey.generate().publicKey.authorizedKeyLine, author: tester)
        return (folder, workspace)
    }

    @Test func anInvitationEnrolsAPartnerWhoseKeyMayEndorse() throws {
        let (folder, workspace) = try Self.workspace()
        defer { withExtendedLifetime(folder) {} }
        let invitation = try workspace.invite(
            stakeholder: "ngo-safe-home", name: "Nora Partner", email: "Nora@Safe-Home.example", roles: [.partner, .reviewer],
            invitedBy: tester.description)
        let key = SSHPrivateKey.generate()
        let member = try workspace.enrol(token: invitation.token, publicKey: key.publicKey.authorizedKeyLine)
        #expect(member.email == "nora@safe-home.example")
        #expect(member.roles == [.reviewer, .partner])
        let stored = try #require(try workspace.member(email: "nora@safe-home.example"))
        #expect(stored == member)
        #expect(stored.keys.count == 1 && stored.keys[0].validFrom != nil && stored.keys[0].validUntil != nil)
        // The commit is authored by the member and carries the key for the stakeholder too.
        let tip = try #require(try workspace.tip())
        #expect(try workspace.repository.commit(tip).author.email == "nora@safe-home.example")
        let identity = "ssh-ed25519 \(key.publicKey.base64Blob)"
        #expect(try workspace.stakeholder("ngo-safe-home").keys.contains { $0.identity == identity })
        #expect(try workspace.member(withKey: key.publicKey)?.email == "nora@safe-home.example")
    }

    @Test func anInvitationWorksOnceAndNotAfterItExpires() throws {
        let (folder, workspace) = try Self.workspace()
        defer { withExtendedLifetime(folder) {} }
        let invitation = try workspace.invite(
            stakeholder: "ngo-safe-home", name: "Ana", email: "ana@x.example", roles: [.drafter], invitedBy: "t")
        try workspace.enrol(token: invitation.token, publicKey: SSHPrivateKey.generate().publicKey.authorizedKeyLine)
        let tip = try workspace.tip()
        #expect(throws: LegisError.self) {
            try workspace.enrol(token: invitation.token, publicKey: SSHPrivateKey.generate().publicKey.authorizedKeyLine)
        }
        let old = try workspace.invite(
            stakeholder: "ngo-safe-home", name: "Bo", email: "bo@x.example", roles: [.drafter], invitedBy: "t",
            lifetime: 60, date: Date().addingTimeInterval(-120))
        #expect(throws: LegisError.self) {
            try workspace.enrol(token: old.token, publicKey: SSHPrivateKey.generate().publicKey.authorizedKeyLine)
        }
        #expect(throws: LegisError.self) { try workspace.enrol(token: String(repeating: "0", count: 64), publicKey: "") }
        #expect(try workspace.tip() == tip)
        // Only a digest of the token is stored, never the token.
        let stored = try FileManager.default.contentsOfDirectory(
            atPath: workspace.repository.gitDirectory + "/legis/invitations")
        #expect(!stored.contains { $0.contains(invitation.token) })
    }

    @Test func badInvitationsAreRefusedWithAReason() throws {
        let (folder, workspace) = try Self.workspace()
        defer { withExtendedLifetime(folder) {} }
        #expect(throws: LegisError.self) {
            try workspace.invite(stakeholder: "nobody", name: "A", email: "a@x.example", roles: [.drafter], invitedBy: "t")
        }
        #expect(throws: LegisError.self) {
            try workspace.invite(stakeholder: "ngo-safe-home", name: "A", email: "not-an-email", roles: [.drafter], invitedBy: "t")
        }
        #expect(throws: LegisError.self) {
            try workspace.invite(stakeholder: "ngo-safe-home", name: "A", email: "a@x.example", roles: [], invitedBy: "t")
        }
        #expect(throws: LegisError.self) {
            try workspace.invite(stakeholder: "ngo-safe-home", name: "A <b>", email: "a@x.example", roles: [.drafter], invitedBy: "t")
        }
        #expect(throws: LegisError.self) { try Member.Role(parsing: "admin") }
    }

    @Test func retiredKeysNoLongerSignIn() throws {
        let (folder, workspace) = try Self.workspace()
        defer { withExtendedLifetime(folder) {} }
        let invitation = try workspace.invite(
            stakeholder: "ngo-safe-home", name: "Nora", email: "nora@x.example", roles: [.partner], invitedBy: "t")
        let key = SSHPrivateKey.generate()
        try workspace.enrol(token: invitation.token, publicKey: key.publicKey.authorizedKeyLine)
        let identity = "ssh-ed25519 \(key.publicKey.base64Blob)"
        #expect(try workspace.member(email: "nora@x.example")?.usableKey(identity: identity, at: Date()) != nil)
        try workspace.retireKeys(of: "nora@x.example", author: tester)
        #expect(try workspace.member(email: "nora@x.example")?.usableKey(identity: identity, at: Date()) == nil)
    }

    @Test func aPreparedEndorsementSignedElsewhereIsTheSameTagGitVerifies() throws {
        let (folder, workspace) = try Self.workspace()
        let file = folder.path + "/bill.md"
        try Samples.draft1.write(toFile: file, atomically: true, encoding: .utf8)
        let id = try DocumentID("bill")
        try workspace.importDrafts(id, from: [file], author: tester)
        let key = SSHPrivateKey.generate()
        try workspace.addKey(to: "ngo-safe-home", publicKey: key.publicKey.authorizedKeyLine, author: tester)
        let prepared = try workspace.prepareEndorsement(
            id, as: "ngo-safe-home", publicKey: key.publicKey, stance: .support, statement: "Yes.")
        #expect(try workspace.repository.references(withPrefix: "refs/endorsements/").isEmpty)
        let signature = try SSHSignature.sign(message: prepared.payload, key: key, namespace: "git")
        // A signature in another namespace, or of other bytes, is refused.
        let wrong = try SSHSignature.sign(message: prepared.payload, key: key, namespace: "legis-sign-in")
        #expect(throws: LegisError.self) { try workspace.endorse(prepared, signature: wrong.armored) }
        let ref = try workspace.endorse(prepared, signature: signature.armored)
        let signers = try folder.write("allowed_signers", try workspace.allowedSigners())
        let verify = try Git.run(
            ["-c", "gpg.format=ssh", "-c", "gpg.ssh.allowedSignersFile=\(signers)", "verify-tag", ref.name],
            in: folder.path + "/ws")
        #expect(verify.status == 0, "\(verify.error)")
        #expect(try workspace.endorsements(of: id).first?.status == .current)
    }

    @Test func visibilityIsReadFromLegisYml() throws {
        #expect(try WorkspaceConfig.parse("visibility: members\n").visibility == .members)
        #expect(try WorkspaceConfig.parse("documents: [\"**/*.md\"]\n").visibility == .public)
        #expect(throws: LegisError.self) { try WorkspaceConfig.parse("visibility: secret\n") }
        var config = WorkspaceConfig.initial
        config.visibility = .members
        #expect(try WorkspaceConfig.parse(config.yaml).visibility == .members)
    }
}
