import Foundation
import LegisTestSupport
import Testing

@testable import legis

@Suite("Trust root on the command line")
struct TrustCommandTests {
    @Test func initFixesTheTrustRootAndVerifyRefusesAnUnsignedRegistryChange() async throws {
        let scratch = try Scratch()
        for name in ["secretariat", "alice", "mallory"] {
            #expect(await legis("keygen", scratch.file(name), "--comment", name).status == 0)
        }
        let ws = scratch.file("ws")
        let repo = ["--repo", ws]
        let created = await legis("init", ws, author, "--secretariat-key", scratch.file("secretariat"))
        #expect(created.status == 0, "\(created.error)")
        #expect(created.output.contains("Trust root fixed"))
        try scratch.write("d/01.md", draft1)
        #expect(await legis(["import", "organs", scratch.file("d"), author] + repo).status == 0)

        // Registry commands sign with git's user.signingkey, which init set to the secretariat's key.
        let added = await legis(
            [
                "stakeholder", "add", "alice", "--name", "Alice", "--category", "ngo", "--key-file",
                scratch.file("alice.pub"), author,
            ] + repo)
        #expect(added.status == 0, "\(added.error)")
        #expect(await legis(["endorse", "organs", "--as", "alice", "--key", scratch.file("alice")] + repo).status == 0)
        #expect(await legis(["verify"] + repo).status == 0)
        let trust = await legis(["trust-root"] + repo)
        #expect(trust.status == 0)
        #expect(trust.output.contains("pinned in this clone"))

        // Another key cannot sign registry changes.
        let refused = await legis(
            [
                "stakeholder", "add-key", "alice", "--key-file", scratch.file("mallory.pub"), "--sign-with",
                scratch.file("mallory"), author,
            ] + repo)
        #expect(refused.status == 2)
        #expect(refused.error.contains("not a valid key of the secretariat"))

        // A plain, unsigned commit adding a key is refused by verify and trust-root (exit status 1).
        let file = ws + "/stakeholders/alice.yml"
        let text =
            try String(contentsOfFile: file, encoding: .utf8)
            + "  - key: \"\(try scratch.read("mallory.pub").trimmingCharacters(in: .whitespacesAndNewlines))\"\n"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try Tool.git(["commit", "-q", "-am", "Update alice"], in: ws).status == 0)
        let verify = await legis(["verify"] + repo)
        #expect(verify.status == 1)
        #expect(verify.error.contains("REGISTRY CHANGE REFUSED"))
        #expect(await legis(["trust-root"] + repo).status == 1)
        #expect(
            await legis(["endorse", "organs", "--as", "alice", "--key", scratch.file("mallory")] + repo).status == 1,
            "a key the trusted registry does not hold is a refusal (1), not a misuse (2)")

        // Retired and revoked keys are recorded and shown.
        let retired = await legis(
            [
                "stakeholder", "retire-key", "alice", scratch.file("alice.pub"), "--from", "2020-01-01", "--reason",
                "left",
                author,
            ] + repo)
        #expect(retired.status == 0, "\(retired.error)")
        #expect(await legis(["stakeholder", "show", "alice"] + repo).output.contains("RETIRED from 2020-01-01 (left)"))
        let afterRetirement = await legis(["verify"] + repo)
        #expect(afterRetirement.output.contains("INVALID"))
        #expect(afterRetirement.output.contains("retired"))
        #expect(
            await legis(["stakeholder", "revoke-key", "alice", scratch.file("alice.pub"), author] + repo).status == 0)
        let shown = await legis(["stakeholder", "show", "alice", "--json"] + repo)
        #expect(shown.output.contains("\"revokedReason\" : \"compromised\""))
    }

    @Test func aWorkspaceWithoutTrustRootFailsVerificationUntilOneIsFixed() async throws {
        let scratch = try Scratch()
        #expect(await legis("keygen", scratch.file("secretariat")).status == 0)
        let ws = scratch.file("ws")
        let created = await legis("init", ws, author, "--no-trust-root")
        #expect(created.error.contains("no trust root"))
        let verify = await legis("verify", "--repo", ws)
        #expect(verify.status == 1)
        #expect(verify.error.contains("NO TRUST ROOT"))
        #expect(verify.error.contains("cannot be told from a registered one"))
        let fixed = await legis("trust-root", "--key", scratch.file("secretariat"), "--repo", ws, author)
        #expect(fixed.status == 0, "\(fixed.error)")
        let again = await legis("trust-root", "--key", scratch.file("secretariat"), "--repo", ws, author)
        #expect(again.status == 1)
        let verified = await legis("verify", "--repo", ws)
        #expect(verified.status == 0)
        #expect(verified.error.isEmpty)
    }

    @Test func initFixesATrustRootWithANewSecretariatKeyByDefault() async throws {
        let scratch = try Scratch()
        let ws = scratch.file("group-ws")
        let created = await legis("init", ws, author)
        #expect(created.status == 0, "\(created.error)")
        let line = try #require(created.output.split(separator: "\n").first { $0.hasPrefix("The secretariat's key is ") })
        let keyPath = String(line.dropFirst("The secretariat's key is ".count).prefix { $0 != ":" })
        defer {
            try? FileManager.default.removeItem(atPath: keyPath)
            try? FileManager.default.removeItem(atPath: keyPath + ".pub")
        }
        #expect(FileManager.default.fileExists(atPath: keyPath))
        let attributes = try FileManager.default.attributesOfItem(atPath: keyPath)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(created.output.contains("Trust root fixed and pinned"))
        // Registry changes are signed with it without options, and verification passes.
        #expect(await legis("keygen", scratch.file("ngo")).status == 0)
        let added = await legis(
            "stakeholder", "add", "ngo", "--name", "NGO", "--category", "ngo", "--key-file", scratch.file("ngo.pub"),
            "--repo", ws, author)
        #expect(added.status == 0, "\(added.error)")
        let verify = await legis("verify", "--repo", ws)
        #expect(verify.status == 0, "\(verify.error)")
        // A stakeholder added with plain git does not count, and verify says so.
        let text = try String(contentsOfFile: ws + "/stakeholders/ngo.yml", encoding: .utf8)
        try text.replacingOccurrences(of: "id: ngo", with: "id: mallory")
            .write(toFile: ws + "/stakeholders/mallory.yml", atomically: true, encoding: .utf8)
        #expect(try run("git", ["add", "stakeholders/mallory.yml"], in: ws).status == 0)
        let commit = try run(
            "git", ["-c", "user.name=Mallory", "-c", "user.email=m@example.org", "commit", "-qm", "Add a stakeholder"], in: ws)
        #expect(commit.status == 0, "\(commit.error)")
        let afterForgery = await legis("verify", "--repo", ws)
        #expect(afterForgery.status == 1)
        #expect(afterForgery.error.contains("REGISTRY CHANGE REFUSED"))
    }
}
