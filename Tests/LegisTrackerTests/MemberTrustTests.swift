import Foundation
import LegisGit
import LegisSignature
import LegisTestSupport
import Testing

@testable import LegisTracker

/// Members are part of the registry: in a workspace with a trust root, a member, a role or a
/// browser key counts only when the secretariat signed the commit that added it.
@Suite("Members under the chain of trust")
struct MemberTrustTests {
    @Test func aMemberAddedWithPlainGitIsRefusedAndGetsNoRole() throws {
        let f = try TrustFixture()
        let member = Member(
            email: "mallory@attacker.example", name: "Mallory", stakeholder: "alice", roles: [.secretariat],
            keys: [Stakeholder.Key(openSSH: try f.keys.read("mallory.pub").trimmingCharacters(in: .whitespacesAndNewlines))])
        try f.commitFile(Member.path(email: member.email), member.yaml, message: "Add a member")
        #expect(try f.workspace.member(email: "mallory@attacker.example") == nil)
        #expect(try f.workspace.members().isEmpty)
        let problems = try f.workspace.registryTrust().problems
        #expect(problems.count == 1)
        #expect(problems.first?.reason.contains("not signed") == true)
    }

    @Test func aRoleRaisedWithPlainGitIsNotTaken() throws {
        let f = try TrustFixture()
        try f.workspace.repository.setConfigValue("user.signingkey", f.secretariatKey)
        let invitation = try f.workspace.invite(
            stakeholder: "alice", name: "Nora", email: "nora@alice.example", roles: [.partner], invitedBy: "secretariat")
        let browserKey = SSHPrivateKey.generate()
        try f.workspace.enrol(token: invitation.token, publicKey: browserKey.publicKey.authorizedKeyLine)
        #expect(try f.workspace.registryTrust().problems.isEmpty, "the enrolment is signed by the server's secretariat key")
        var raised = try #require(try f.workspace.member(email: "nora@alice.example"))
        raised.roles = [.secretariat, .partner]
        try f.commitFile(Member.path(email: raised.email), raised.yaml, message: "Make Nora secretariat")
        #expect(try f.workspace.member(email: "nora@alice.example")?.roles == [.partner])
    }

    @Test func aServerWithoutASecretariatKeyRefusesEnrolmentAndKeepsTheInvitation() throws {
        let f = try TrustFixture()
        let invitation = try f.workspace.invite(
            stakeholder: "alice", name: "Nora", email: "nora@alice.example", roles: [.partner], invitedBy: "secretariat")
        let key = SSHPrivateKey.generate().publicKey.authorizedKeyLine
        #expect(throws: LegisError.self) { try f.workspace.enrol(token: invitation.token, publicKey: key) }
        #expect(try f.workspace.members().isEmpty)
        try f.workspace.repository.setConfigValue("user.signingkey", f.secretariatKey)
        let member = try f.workspace.enrol(token: invitation.token, publicKey: key)
        #expect(member.roles == [.partner])
    }
}
