import Foundation
import LegisGit
import LegisSignature
import LegisTracker
import LegisTestSupport
import Testing

@Suite("Sync")
struct SyncTests {
    @Test func documentsDraftsAndEndorsementsTravelThroughAFileRemote() throws {
        let f = try EndorsementFixture()
        let remote = try TemporaryFolder()
        try Git.run(["init", "-q", "--bare", "-b", "main"], in: remote.path)
        let url = "file://" + remote.path
        let ref = try f.workspace.endorse(f.id, as: "ngo-safe-home", signer: NativeSigner(key: f.ngo), stance: .support)

        let first = try f.workspace.sync(remote: url)
        #expect(first.branch == "pushed")
        #expect(first.pushed.contains(ref.name))
        #expect(first.pushed.contains("refs/tags/recruitment/consultation"))
        #expect(first.tampered.isEmpty)

        // A second organisation starts from the remote alone.
        let other = try TemporaryFolder()
        try Git.run(["init", "-q", "-b", "main"], in: other.path)
        let theirs = try Workspace.open(at: other.path)
        let pulled = try theirs.sync(remote: url)
        #expect(pulled.branch == "fast-forwarded")
        #expect(pulled.fetched.contains(ref.name))
        #expect(try other.read("documents/recruitment.md") == Samples.draft3)
        let reopened = try Workspace.open(at: other.path)
        #expect(try reopened.endorsements().map(\.status) == [.current])
        #expect(try reopened.drafts(of: f.id).map(\.name) == ["consultation"])

        // They endorse too and sync back; the first side receives it.
        let police = try reopened.endorse(f.id, as: "police", signer: NativeSigner(key: f.police), stance: .object)
        _ = try reopened.sync(remote: url)
        let back = try f.workspace.sync(remote: url)
        #expect(back.fetched == [police.name])
        #expect(try f.workspace.endorsements().count == 2)
        #expect(try Git.run(["fsck", "--strict"], in: remote.path).status == 0)
    }

    @Test func aChangedEndorsementOnTheRemoteIsReportedAndNotTaken() throws {
        let f = try EndorsementFixture()
        let remote = try TemporaryFolder()
        try Git.run(["init", "-q", "--bare", "-b", "main"], in: remote.path)
        let url = "file://" + remote.path
        let ref = try f.workspace.endorse(f.id, as: "ngo-safe-home", signer: NativeSigner(key: f.ngo), stance: .support)
        _ = try f.workspace.sync(remote: url)
        let ours = try #require(try f.workspace.repository.reference(named: ref.name)).target

        // Someone with write access to the remote replaces the endorsement with an objection.
        let remoteRepository = try Repository.open(at: remote.path)
        let original = try remoteRepository.readObject(ours).bytes
        let forged = String(decoding: original, as: UTF8.self).replacingOccurrences(of: "Stance: support", with: "Stance: object")
        let forgedID = try remoteRepository.writeObject(Array(forged.utf8), type: .tag)
        try remoteRepository.updateReference(name: ref.name, to: forgedID, expected: ours)

        let report = try f.workspace.sync(remote: url)
        #expect(report.tampered == [ref.name])
        #expect(try f.workspace.repository.reference(named: ref.name)?.target == ours)
        #expect(try f.workspace.endorsements().first?.status == .current)
        // Ours is not pushed over theirs either: the remote still holds the forged object.
        #expect(try remoteRepository.reference(named: ref.name)?.target == forgedID)
    }

    @Test func divergedBranchesAreLeftForAMerge() throws {
        let f = try EndorsementFixture()
        let remote = try TemporaryFolder()
        try Git.run(["init", "-q", "--bare", "-b", "main"], in: remote.path)
        let url = "file://" + remote.path
        _ = try f.workspace.sync(remote: url)
        let other = try TemporaryFolder()
        try Git.run(["clone", "-q", url, other.path], in: remote.path)
        try other.write("documents/recruitment.md", Samples.draft3 + "\nTheirs.\n")
        try Git.run(["commit", "-qam", "Theirs"], in: other.path)
        try Git.run(["push", "-q", "origin", "main"], in: other.path)
        try f.folder.write("documents/recruitment.md", Samples.draft3 + "\nOurs.\n")
        _ = try f.workspace.save([f.id], message: "Ours", author: tester)
        let report = try f.workspace.sync(remote: url)
        #expect(report.branch.hasPrefix("diverged"))
        #expect(try f.folder.read("documents/recruitment.md").hasSuffix("Ours.\n"))
    }

    @Test func anUnknownRemoteIsAClearError() throws {
        let f = try EndorsementFixture()
        let error = try #require(throws: LegisError.self, "an unknown remote was accepted") {
            _ = try f.workspace.sync(remote: "nowhere")
        }
        #expect(error.message.contains("nowhere"))
    }
}
