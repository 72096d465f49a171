import Foundation
import LegisGit
import LegisSignature
import LegisTestSupport
import Testing

@testable import LegisTracker

/// Attacks on the stakeholder registry, with plain git: only changes signed by the secretariat count.
@Suite("Attacks: the stakeholder registry")
struct RegistryAttackTests {
    @Test func registryChangesMadeByLegisAreSignedCommitsThatGitVerifies() throws {
        let f = try TrustFixture()
        let trust = try f.workspace.registryTrust()
        #expect(trust.root == f.root.hex)
        #expect(trust.pinned == f.root.hex)
        #expect(trust.secretariat == ["secretariat"])
        #expect(trust.problems.isEmpty)
        let signers = try f.keys.write(
            "allowed_signers", "secretariat namespaces=\"git\" \(try f.keys.read("secretariat.pub"))")
        let verified = try Tool.run(
            "git", ["-c", "gpg.ssh.allowedSignersFile=\(signers)", "verify-commit", "HEAD"], in: f.folder.path)
        #expect(verified.status == 0, "\(verified.error)")
        #expect(verified.error.contains("Good \"git\" signature for secretariat"))
    }

    @Test func anUnsignedCommitAddingAKeyIsRefusedAndTheForgedEndorsementIsInvalid() throws {
        let f = try TrustFixture()
        try f.commitFile("stakeholders/alice.yml", try f.aliceFile(adding: "mallory"), message: "Update alice")
        let ref = "refs/endorsements/recruitment/alice/1"
        try f.forgeEndorsement(ref: ref, key: f.malloryKey, date: Date())

        let report = try f.report(ref)
        #expect(report.status == .invalid)
        #expect(report.reason.contains("not registered"))
        let problems = try f.workspace.registryTrust().problems
        #expect(problems.count == 1)
        #expect(problems.first?.reason.contains("not signed") == true)
        #expect(try f.workspace.stakeholder("alice").keys.count == 1, "the forged key is not shown either")
    }

    @Test func aCommitSignedByTheAttackersOwnKeyIsRefused() throws {
        let f = try TrustFixture()
        try f.commitFile(
            "stakeholders/alice.yml", try f.aliceFile(adding: "mallory"), message: "Update alice",
            signedWith: f.malloryKey)
        let ref = "refs/endorsements/recruitment/alice/1"
        try f.forgeEndorsement(ref: ref, key: f.malloryKey, date: Date())
        #expect(try f.report(ref).status == .invalid)
        let problems = try f.workspace.registryTrust().problems
        #expect(problems.first?.reason.contains("not a valid key of the secretariat") == true)
    }

    @Test func aStakeholderCannotSignRegistryChangesEvenForItself() throws {
        let f = try TrustFixture()
        try f.commitFile(
            "stakeholders/alice.yml", try f.aliceFile(adding: "mallory"), message: "My second key",
            signedWith: f.aliceKey)
        #expect(try f.workspace.registryTrust().problems.count == 1)
        #expect(throws: LegisError.self) {
            try f.workspace.addKey(
                to: "alice", publicKey: try f.keys.read("mallory.pub"), author: tester, signer: try f.signer(f.aliceKey)
            )
        }
    }

    @Test func pointingLegisYmlAtAnotherRegistryFolderIsRefused() throws {
        let f = try TrustFixture()
        let forged = try f.folder.read("stakeholders/secretariat.yml")
        _ = try f.folder.write("forged/secretariat.yml", forged)
        _ = try f.folder.write(
            "forged/alice.yml",
            "id: alice\nname: \"Alice Association\"\ncategory: ngo\nkeys:\n  - key: \"\(try f.keys.read("mallory.pub").trimmingCharacters(in: .whitespacesAndNewlines))\"\n"
        )
        let settings = try f.folder.read("legis.yml").replacingOccurrences(
            of: "stakeholders: stakeholders", with: "stakeholders: forged")
        try f.commitFile("legis.yml", settings, message: "Move the registry")
        let ref = "refs/endorsements/recruitment/alice/1"
        try f.forgeEndorsement(ref: ref, key: f.malloryKey, date: Date())

        #expect(try f.report(ref).status == .invalid)
        #expect(try f.workspace.registryTrust().problems.count == 1)
        // Alice's real endorsement still verifies against the trusted registry.
        let real = try f.endorse()
        #expect(try f.report(real.name).status == .current)
    }

    @Test func droppingTheSecretariatFromLegisYmlIsRefused() throws {
        let f = try TrustFixture()
        var settings = try f.folder.read("legis.yml")
        let cut = try #require(settings.range(of: "# Stakeholders whose keys"))
        settings = String(settings[..<cut.lowerBound])
        try f.commitFile("legis.yml", settings, message: "Simplify settings")
        try f.commitFile("stakeholders/alice.yml", try f.aliceFile(adding: "mallory"), message: "Update alice")
        let ref = "refs/endorsements/recruitment/alice/1"
        try f.forgeEndorsement(ref: ref, key: f.malloryKey, date: Date())
        #expect(try f.report(ref).status == .invalid)
        #expect(try f.workspace.registryTrust().problems.count == 2)
        // Later commits that leave the registry alone add no further problem.
        try f.git(["commit", "-q", "--allow-empty", "-m", "An ordinary revision"])
        #expect(try f.workspace.registryTrust().problems.count == 2)
    }

    @Test func aReplacedHistoryWithItsOwnTrustRootIsNotTrusted() throws {
        let f = try TrustFixture()
        let real = try f.endorse()
        // Mallory rebuilds the branch from scratch with herself as secretariat.
        try f.git(["checkout", "-q", "--orphan", "forged"])
        let settings = try f.folder.read("legis.yml")
        _ = try f.folder.write(
            "stakeholders/secretariat.yml",
            "id: secretariat\nname: \"Secretariat\"\ncategory: other\nkeys:\n  - key: \"\(try f.keys.read("mallory.pub").trimmingCharacters(in: .whitespacesAndNewlines))\"\n"
        )
        _ = try f.folder.write("legis.yml", settings)
        try f.git(["add", "-A"])
        try f.git(signingWith: f.malloryKey, ["commit", "-q", "-S", "-m", "Create Legis workspace"])
        try f.git(["update-ref", "refs/heads/main", try f.git(["rev-parse", "HEAD"])])
        try f.git(["checkout", "-q", "-f", "main"])

        let trust = try f.workspace.registryTrust()
        #expect(!trust.problems.isEmpty)
        #expect(trust.problems.first?.reason.contains("pinned") == true)
        #expect(try f.report(real.name).status == .invalid)
    }

    @Test func aWorkspaceWithoutTrustRootSaysSoAndCanBeMigrated() throws {
        let folder = try TemporaryFolder()
        let workspace = try Samples.workspace(in: folder)
        let keys = try TemporaryFolder()
        let alice = try TrustFixture.keygen("alice", in: keys)
        let secretariat = try TrustFixture.keygen("secretariat", in: keys)
        try workspace.addStakeholder(
            id: "alice", name: "Alice", category: .ngo, contact: nil, publicKey: try keys.read("alice.pub"),
            author: tester)
        let before = try workspace.endorse(
            try DocumentID("recruitment"), as: "alice", signer: try Workspace.signer(forKeyFile: alice),
            stance: .support)
        #expect(try workspace.registryTrust().root == nil)

        try workspace.establishTrustRoot(
            secretariat: "secretariat", name: "Secretariat", signer: try Workspace.signer(forKeyFile: secretariat),
            author: tester)
        let migrated = try Workspace.open(at: folder.path)
        #expect(try migrated.registryTrust().root != nil)
        #expect(try migrated.endorsements().first { $0.ref == before.name }?.status == .current)
        // From now on an unsigned registry change is refused before anything is written.
        #expect(throws: LegisError.self) {
            try migrated.addKey(to: "alice", publicKey: try keys.read("secretariat.pub"), author: tester)
        }
        #expect(try migrated.registryTrust().problems.isEmpty)
    }
}

/// Registry changes that arrive through merges.
@Suite("Attacks: registry changes through merges")
struct RegistryMergeTests {
    @Test func aSignedChangeMergedFromAnotherBranchCountsAnUnsignedOneDoesNot() throws {
        let f = try TrustFixture()
        // A signed change on a side branch, merged with a plain (unsigned) merge commit.
        try f.git(["checkout", "-q", "-b", "secretariat-work"])
        try f.commitFile(
            "stakeholders/alice.yml", try f.aliceFile(adding: "police"), message: "Alice's second key",
            signedWith: f.secretariatKey)
        try f.git(["checkout", "-q", "main"])
        try f.git(["commit", "-q", "--allow-empty", "-m", "Meanwhile on main"])
        try f.git(["merge", "-q", "--no-edit", "secretariat-work"])
        #expect(try f.workspace.registryTrust().problems.isEmpty)
        #expect(try f.workspace.stakeholder("alice").keys.count == 2)

        // An unsigned change on a side branch stays refused after the merge.
        try f.git(["checkout", "-q", "-b", "mallory-work"])
        try f.commitFile("stakeholders/alice.yml", try f.aliceFile(adding: "mallory"), message: "Update alice")
        try f.git(["checkout", "-q", "main"])
        try f.git(["commit", "-q", "--allow-empty", "-m", "Meanwhile on main"])
        try f.git(["merge", "-q", "--no-edit", "mallory-work"])
        let problems = try f.workspace.registryTrust().problems
        #expect(problems.count == 1, "the unsigned commit, once: \(problems)")
        #expect(try f.workspace.stakeholder("alice").keys.count == 2)
        let ref = "refs/endorsements/recruitment/alice/1"
        try f.forgeEndorsement(ref: ref, key: f.malloryKey, date: Date())
        #expect(try f.report(ref).status == .invalid)
    }
}
