import Foundation
import LegisTestSupport
import LegisTracker
import Testing

@Suite("legis invite")
struct InviteTests {
    @Test func inviteprintsASingleUseLinkAndRefusesBadInput() async throws {
        let scratch = try Scratch()
        let ws = scratch.file("ws")
        #expect(await legis("init", ws, author).status == 0)
        let key = scratch.file("k")
        #expect(await legis("keygen", key).status == 0)
        let added = await legis(
            "stakeholder", "add", "ministry", "--name", "Ministry", "--category", "central-administration",
            "--key-file", key + ".pub", "--repo", ws, author)
        #expect(added.status == 0, "\(added.error)")
        let invited = await legis(
            "invite", "--stakeholder", "ministry", "--name", "Dana Drafter", "--email", "dana@gov.example",
            "--role", "drafter", "reviewer", "--url", "https://legis.example/", "--repo", ws, author)
        #expect(invited.status == 0, "\(invited.error)")
        let link = try #require(invited.output.split(separator: "\n").last.map(String.init))
        #expect(link.hasPrefix("https://legis.example/enrol?token="))
        let token = String(link.dropFirst("https://legis.example/enrol?token=".count))
        let invitation = try Workspace.open(at: ws).invitation(token: token)
        #expect(invitation.roles == [.drafter, .reviewer])
        #expect(invitation.email == "dana@gov.example")

        let badRole = await legis(
            "invite", "--stakeholder", "ministry", "--name", "X", "--email", "x@gov.example", "--role", "admin", "--repo", ws, author)
        #expect(badRole.status == 2)
        #expect(badRole.error.contains("not a role"))
        let unknown = await legis(
            "invite", "--stakeholder", "nobody", "--name", "X", "--email", "x@gov.example", "--role", "drafter", "--repo", ws, author)
        #expect(unknown.status == 1)
    }
}
