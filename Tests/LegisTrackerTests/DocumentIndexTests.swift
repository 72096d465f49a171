import Foundation
import LegisDocument
import LegisGit
import LegisTracker
import LegisTestSupport
import Testing

@Suite("Document index")
struct DocumentIndexTests {
    let id: DocumentID

    init() throws { id = try DocumentID("recruitment") }

    /// The index file of a workspace.
    static func indexFile(_ folder: TemporaryFolder) -> String { folder.file(".git/legis/document-index") }

    /// Every document's last change as the index gives it equals the newest entry of its log.
    static func expectAgreesWithHistory(_ workspace: Workspace) throws {
        for entry in try workspace.documents() {
            let newest = try #require(try workspace.log(of: entry.id, limit: 1).first)
            #expect(entry.lastChange?.commit == newest.commit, "last change of \(entry.id)")
            #expect(entry.lastChange?.date == newest.date)
            #expect(entry.lastChange?.author == newest.author)
        }
    }

    @Test func builtWhenMissingThenReused() throws {
        let folder = try TemporaryFolder()
        let workspace = try Samples.workspace(in: folder)
        try? FileManager.default.removeItem(atPath: Self.indexFile(folder))
        let first = try Workspace.open(at: folder.path)
        #expect(try first.refreshIndex() == .rebuilt(reason: "there was no index"))
        #expect(FileManager.default.fileExists(atPath: Self.indexFile(folder)))
        let stored = try Data(contentsOf: URL(fileURLWithPath: Self.indexFile(folder)))
        #expect(String(decoding: stored, as: UTF8.self).hasPrefix("legis-document-index 2\ntip \(try #require(try workspace.tip()).hex)\n"))
        #expect(try Workspace.open(at: folder.path).refreshIndex() == .reused)
        let documents = try first.documents()
        #expect(documents.map(\.id) == [id])
        #expect(documents.first?.title == "Law on Labour Recruitment Agencies")
        #expect(documents.first?.frontMatter.kind == .bill)
        #expect(documents.first?.frontMatter.status == "draft")
        try Self.expectAgreesWithHistory(first)
    }

    @Test func updatedAfterASaveWalkingOnlyTheNewCommit() throws {
        let folder = try TemporaryFolder()
        let workspace = try Samples.workspace(in: folder)
        try folder.write("documents/other.md", "---\ntitle: Other law\nstatus: final\n---\n\n# Other\n\n### Article 1\n\n(1) Text.\n")
        _ = try workspace.save([], message: "Add another law", author: tester)
        _ = try workspace.refreshIndex()
        #expect(try workspace.refreshIndex() == .reused)
        let before = try workspace.documents()
        try folder.write("documents/recruitment.md", Samples.draft3.replacingOccurrences(of: "title: Law on Labour Recruitment Agencies", with: "title: Law on Recruitment Agencies"))
        let saved = try workspace.save([id], message: "Shorter title", author: tester)
        #expect(saved.saved == [id])
        #expect(try Workspace.open(at: folder.path).refreshIndex() == .updated(commits: 1))
        let after = try workspace.documents()
        let tip = try #require(try workspace.tip())
        #expect(after.first { $0.id == id }?.title == "Law on Recruitment Agencies")
        #expect(after.first { $0.id == id }?.lastChange?.commit == tip)
        #expect(after.first { $0.id == id }?.lastChange?.summary == "Shorter title")
        // The other law keeps its last change and title.
        let other = try DocumentID("other")
        #expect(after.first { $0.id == other }?.lastChange == before.first { $0.id == other }?.lastChange)
        #expect(after.first { $0.id == other }?.frontMatter.status == "final")
        try Self.expectAgreesWithHistory(workspace)
    }

    @Test func updatedAfterACommitMadeWithPlainGitAndAfterASync() throws {
        let folder = try TemporaryFolder()
        let workspace = try Samples.workspace(in: folder)
        let remote = try TemporaryFolder()
        try Git.run(["init", "-q", "--bare", "-b", "main"], in: remote.path)
        let url = "file://" + remote.path
        _ = try workspace.sync(remote: url)

        // Another organisation clones, edits with plain git and pushes.
        let other = try TemporaryFolder()
        try Git.run(["clone", "-q", url, other.path], in: folder.path)
        try other.write("documents/recruitment.md", Samples.draft3 + "\n### Article 5 — Entry into force\n\n(1) At once.\n")
        try other.write("documents/second.md", "---\ntitle: Second law\n---\n\n# Second\n")
        try Git.run(["add", "-A"], in: other.path)
        try Git.run(["commit", "-q", "-m", "Entry into force"], in: other.path)
        try other.write("documents/second.md", "---\ntitle: Second law, amended\n---\n\n# Second\n")
        try Git.run(["commit", "-q", "-am", "Amend the second law"], in: other.path)
        try Git.run(["push", "-q", "origin", "main"], in: other.path)
        // Their index follows a commit made with plain git.
        #expect(try Workspace.open(at: other.path).refreshIndex() == .rebuilt(reason: "there was no index"))

        _ = try workspace.refreshIndex()
        #expect(try workspace.refreshIndex() == .reused)
        let report = try workspace.sync(remote: url)
        #expect(report.branch == "fast-forwarded")
        #expect(try workspace.refreshIndex() == .updated(commits: 2))
        let documents = try workspace.documents()
        #expect(documents.map(\.id.rawValue) == ["recruitment", "second"])
        #expect(documents.last?.title == "Second law, amended")
        #expect(documents.first?.lastChange?.summary == "Entry into force")
        try Self.expectAgreesWithHistory(workspace)
    }

    @Test func rebuiltWhenDeletedDamagedOrOfAnotherVersion() throws {
        let folder = try TemporaryFolder()
        let workspace = try Samples.workspace(in: folder)
        _ = try workspace.refreshIndex()
        let expected = try workspace.documents()
        let file = Self.indexFile(folder)

        try FileManager.default.removeItem(atPath: file)
        #expect(try workspace.refreshIndex() == .rebuilt(reason: "there was no index"))
        #expect(try workspace.documents() == expected)

        // One changed byte in the middle: the checksum no longer matches.
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        bytes[bytes.count / 2] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        #expect(try workspace.refreshIndex() == .rebuilt(reason: "the index file was damaged or of another version"))
        #expect(try workspace.documents() == expected)

        // Cut short, as by a crash of a writer that did not rename.
        let whole = try Data(contentsOf: URL(fileURLWithPath: file))
        try whole.prefix(whole.count - 30).write(to: URL(fileURLWithPath: file))
        #expect(try workspace.refreshIndex() == .rebuilt(reason: "the index file was damaged or of another version"))

        // Garbage, and another format version.
        try Data("not an index\n".utf8).write(to: URL(fileURLWithPath: file))
        #expect(try workspace.refreshIndex() == .rebuilt(reason: "the index file was damaged or of another version"))
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self)
        try Data(text.replacingOccurrences(of: "legis-document-index 2\n", with: "legis-document-index 99\n").utf8)
            .write(to: URL(fileURLWithPath: file))
        #expect(try workspace.refreshIndex() == .rebuilt(reason: "the index file was damaged or of another version"))
        #expect(try workspace.documents() == expected)
        #expect(try workspace.refreshIndex() == .reused)
    }

    @Test func rebuiltWhenTheBranchWasRewritten() throws {
        let folder = try TemporaryFolder()
        let workspace = try Samples.workspace(in: folder)
        _ = try workspace.refreshIndex()
        try Git.run(["reset", "-q", "--hard", "HEAD~1"], in: folder.path)
        let reopened = try Workspace.open(at: folder.path)
        #expect(try reopened.refreshIndex() == .rebuilt(reason: "the branch was rewritten or the settings changed"))
        try Self.expectAgreesWithHistory(reopened)
        #expect(try reopened.documents().first?.lastChange?.commit == reopened.tip())
    }

    @Test func aMergeCountsOnlyWhereTheTextDiffersFromEveryParent() throws {
        let folder = try TemporaryFolder()
        let workspace = try Samples.workspace(in: folder)
        try folder.write("documents/a.md", "# A\n\n### Article 1\n\n(1) One.\n")
        try folder.write("documents/b.md", "# B\n\n### Article 1\n\n(1) One.\n")
        try Git.run(["add", "-A"], in: folder.path)
        try Git.run(["commit", "-q", "-m", "Add a and b"], in: folder.path)
        try Git.run(["checkout", "-q", "-b", "side"], in: folder.path)
        try folder.write("documents/a.md", "# A\n\n### Article 1\n\n(1) One, on the side.\n")
        try Git.run(["commit", "-q", "-am", "Side change to a"], in: folder.path)
        try Git.run(["checkout", "-q", "main"], in: folder.path)
        try folder.write("documents/b.md", "# B\n\n### Article 1\n\n(1) One, on main.\n")
        try Git.run(["commit", "-q", "-am", "Main change to b"], in: folder.path)
        try Git.run(["merge", "-q", "--no-edit", "side"], in: folder.path)
        _ = workspace
        let reopened = try Workspace.open(at: folder.path)
        let documents = try reopened.documents()
        #expect(documents.first { $0.id.rawValue == "a" }?.lastChange?.summary == "Side change to a")
        #expect(documents.first { $0.id.rawValue == "b" }?.lastChange?.summary == "Main change to b")
        try Self.expectAgreesWithHistory(reopened)
    }
}
