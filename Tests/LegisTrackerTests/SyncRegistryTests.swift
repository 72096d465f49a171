import Foundation
import LegisGit
import LegisTestSupport
import Testing

@testable import LegisTracker

/// `legis sync` with a malicious remote whose branch changes the registry without the secretariat.
@Suite("Attacks: a malicious remote")
struct SyncRegistryTests {
    @Test func aRemoteBranchWithAnUnsignedRegistryChangeIsRefusedAndQuarantined() throws {
        let f = try TrustFixture()
        let remote = try TemporaryFolder()
        try Git.run(["init", "-q", "--bare", "-b", "main"], in: remote.path)
        let url = "file://" + remote.path
        #expect(try f.workspace.sync(remote: url).branch == "pushed")

        // Mallory clones, adds her key to alice's file with a plain commit and a forged endorsement, and pushes.
        let attacker = try TemporaryFolder()
        try Git.run(["clone", "-q", url, attacker.path], in: remote.path)
        let file = attacker.file("stakeholders/alice.yml")
        let text =
            try String(contentsOfFile: file, encoding: .utf8)
            + "  - key: \"\(try f.keys.read("mallory.pub").trimmingCharacters(in: .whitespacesAndNewlines))\"\n"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        try Git.run(["commit", "-q", "-am", "Update alice"], in: attacker.path)
        try Git.run(["push", "-q", "origin", "main"], in: attacker.path)

        let before = try f.git(["rev-parse", "main"])
        let report = try f.workspace.sync(remote: url)
        #expect(report.branch.hasPrefix("refused"))
        #expect(report.rejected.contains { $0.contains("not signed") })
        #expect(try f.git(["rev-parse", "main"]) == before, "the branch did not move")
        #expect(try f.workspace.stakeholder("alice").keys.count == 1)

        // A signed change from the secretariat, pushed the same way, is taken.
        try Git.run(["reset", "-q", "--hard", "HEAD~1"], in: attacker.path)
        try Git.run(
            [
                "-c", "gpg.format=ssh", "-c", "user.signingkey=\(f.secretariatKey)", "commit", "-q", "-S",
                "--allow-empty",
                "-m", "Secretariat note",
            ], in: attacker.path)
        try Git.run(["push", "-q", "-f", "origin", "main"], in: attacker.path)
        #expect(try f.workspace.sync(remote: url).branch == "fast-forwarded")
    }
}
