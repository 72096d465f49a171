import Foundation
import LegisGit
import LegisSignature
@testable import LegisTracker
import LegisTestSupport
import Testing

/// The paths a new user takes through the guides: defaults, orderings and refusals.
@Suite("A new user's paths")
struct NewUserPathTests {
    /// The sample workspace with a second document imported after the first.
    static func twoDocuments(in folder: TemporaryFolder) throws -> (Workspace, DocumentID, DocumentID) {
        let workspace = try Samples.workspace(in: folder)
        let other = try DocumentID("lege-agentii")
        let file = try folder.write("other/01.md", Samples.draft1.replacingOccurrences(of: "Labour", with: "Other"))
        try workspace.importDrafts(other, from: [file], author: tester)
        return (workspace, try DocumentID("recruitment"), other)
    }

    @Test func theLatestIsTheDocumentsLastRevisionNotTheWorkspacesLastCommit() throws {
        let folder = try TemporaryFolder()
        let (workspace, id, _) = try Self.twoDocuments(in: folder)
        let history = try workspace.log(of: id)
        let tip = try #require(try workspace.tip())
        #expect(history[0].commit != tip)
        #expect(try workspace.revision(of: id).commit == history[0].commit)
        #expect(try workspace.revision(of: id, "HEAD").commit == history[0].commit)
        #expect(try workspace.revision(of: id, "latest").commit == history[0].commit)
        // A draft named without a revision names the document's own latest revision.
        let draft = try workspace.nameDraft(id, name: "v-final", note: nil, author: tester)
        #expect(draft.commit == history[0].commit)
        // An endorsement without a revision records the draft naming that revision.
        let key = SSHPrivateKey.generate(comment: "ngo")
        try workspace.addStakeholder(
            id: "ngo-x", name: "NGO", category: .ngo, contact: nil, publicKey: key.publicKey.authorizedKeyLine,
            author: tester)
        let ref = try workspace.endorse(id, as: "ngo-x", signer: NativeSigner(key: key), stance: .support)
        let report = try #require(try workspace.endorsements(of: id).first { $0.ref == ref.name })
        #expect(report.commit == history[0].commit)
        #expect(report.drafts == ["v-final"])
        #expect(report.status == .current)
    }

    @Test func relativeRevisionsSurviveTheShellAndTheOldFormStillWorks() throws {
        let folder = try TemporaryFolder()
        let (workspace, id, _) = try Self.twoDocuments(in: folder)
        let history = try workspace.log(of: id)
        #expect(try workspace.revision(of: id, "latest-2").commit == history[2].commit)
        #expect(try workspace.revision(of: id, "~2").commit == history[2].commit)
        #expect(try workspace.revision(of: id, "latest-0").commit == history[0].commit)
        #expect(throws: LegisError.self) { try workspace.revision(of: id, "latest-3") }
        #expect(throws: LegisError.self) { try workspace.nameDraft(id, name: "latest-1", note: nil, author: tester) }
    }

    @Test func draftsNamedInTheSameSecondListInHistoryOrder() throws {
        let folder = try TemporaryFolder()
        let workspace = try Samples.workspace(in: folder)
        let id = try DocumentID("recruitment")
        // "v-final" sorts before "v1" by name; "v1" names the older revision.
        try workspace.nameDraft(id, name: "v1", revision: "latest-2", note: nil, author: tester)
        try workspace.nameDraft(id, name: "v-final", revision: "latest", note: nil, author: tester)
        let names = try workspace.drafts(of: id).map(\.name)
        #expect(names == ["v1", "consultation", "v-final"])
    }

    @Test func importKeepsHistoryInOrderAndNumbersRevisionsByHistory() throws {
        let folder = try TemporaryFolder()
        let workspace = try Samples.workspace(in: folder)
        let id = try DocumentID("recruitment")
        let file = try folder.write("later/04.md", Samples.draft3 + "\n### Article 5 — Entry\n\n(1) In force.\n")
        // An import that runs "earlier" than the last commit is still dated after it.
        let last = try workspace.repository.commit(try #require(try workspace.tip()))
        try workspace.importDrafts(id, from: [file], author: tester, date: last.committer.date.addingTimeInterval(-3600))
        let tip = try workspace.repository.commit(try #require(try workspace.tip()))
        #expect(tip.committer.date >= last.committer.date)
        #expect(tip.message.contains("as revision 4 of recruitment"))
        // Three imports in a row: every commit date at or after its parent's.
        var previous = Date.distantPast
        for entry in try workspace.log(of: id).reversed() {
            let commit = try workspace.repository.commit(entry.commit)
            #expect(commit.committer.date >= previous)
            previous = commit.committer.date
        }
    }

    @Test func importCanTakeTheFilesOwnDates() throws {
        let folder = try TemporaryFolder()
        let workspace = try Workspace.initialize(at: folder.file("ws"), author: tester)
        let first = try folder.write("d/v1.md", Samples.draft1)
        let second = try folder.write("d/v2.md", Samples.draft2)
        let written = Date(timeIntervalSince1970: 1_600_000_000)
        try FileManager.default.setAttributes([.modificationDate: written], ofItemAtPath: first)
        try FileManager.default.setAttributes([.modificationDate: written.addingTimeInterval(86_400)], ofItemAtPath: second)
        try workspace.importDrafts(try DocumentID("law"), from: [folder.file("d")], author: tester, dates: .fileModified)
        let log = try workspace.log(of: try DocumentID("law"))
        #expect(log.map(\.date) == [written.addingTimeInterval(86_400), written])
        let tip = try workspace.repository.commit(log[0].commit)
        #expect(tip.committer.date > written.addingTimeInterval(86_400))
    }

    @Test func draftsAndEndorsementsOfAnUnknownDocumentAreNotFound() throws {
        let folder = try TemporaryFolder()
        let workspace = try Samples.workspace(in: folder)
        let nosuch = try DocumentID("nosuch")
        #expect { try workspace.drafts(of: nosuch) } throws: { ($0 as? LegisError)?.kind == .notFound }
        #expect { try workspace.endorsements(of: nosuch) } throws: { ($0 as? LegisError)?.kind == .notFound }
        #expect(try workspace.endorsements(of: try DocumentID("recruitment")).isEmpty)
    }

    @Test func aSecondRevocationWritesNothing() throws {
        let f = try EndorsementFixture()
        let signer = NativeSigner(key: f.ngo)
        let ref = try f.workspace.endorse(f.id, as: "ngo-safe-home", signer: signer, stance: .support)
        try f.workspace.revokeEndorsement(ref.name, signer: signer)
        let before = try Self.objectCount(f.folder.path)
        #expect { try f.workspace.revokeEndorsement(ref.name, signer: signer, date: Date().addingTimeInterval(5)) } throws: {
            ($0 as? LegisError)?.kind == .conflict
        }
        #expect(try Self.objectCount(f.folder.path) == before)
    }

    /// The number of loose and packed objects, as `git count-objects` reports them.
    static func objectCount(_ folder: String) throws -> Int {
        let output = try Git.run(["count-objects", "-v"], in: folder).output
        var total = 0
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2, parts[0] == "count:" || parts[0] == "in-pack:", let value = Int(parts[1]) { total += value }
        }
        return total
    }
}
