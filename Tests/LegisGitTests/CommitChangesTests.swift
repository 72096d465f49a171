import Foundation
import LegisGit
import LegisTestSupport
import Testing

@Suite("Committing without a working tree")
struct CommitChangesTests {
    @Test("Commits into a bare repository build nested folders, delete files and prune empty folders")
    func bareCommits() throws {
        let folder = try TemporaryFolder()
        let path = folder.child("drafts.git")
        let repository = try Repository.initialize(at: path, bare: true)
        let first = try repository.commitOnMain(
            [
                .write(path: "README.md", contents: bytes("# Drafts\n")),
                .write(path: "bills/trafficking/bill.md", contents: bytes("Article 1\n")),
                .write(path: "bills/trafficking/notes/context.md", contents: bytes("Context\n")),
                .write(path: "tools/check.sh", contents: bytes("#!/bin/sh\n"), executable: true),
            ], message: "First draft")
        let second = try repository.commitOnMain(
            [
                .write(path: "bills/trafficking/bill.md", contents: bytes("Article 1\nArticle 2\n")),
                .delete(path: "bills/trafficking/notes/context.md"),
                .delete(path: "does/not/exist.md"),
            ], message: "Second draft\n\nAdds article 2.")

        _ = try git(["fsck", "--strict"], in: path)
        #expect(try gitLine(["rev-parse", "main"], in: path) == second.hex)
        #expect(
            try gitLine(["log", "--format=%H %P %s", "main"], in: path)
                == "\(second.hex) \(first.hex) Second draft\n\(first.hex)  First draft")
        #expect(try git(["show", "main:bills/trafficking/bill.md"], in: path) == "Article 1\nArticle 2\n")
        #expect(
            try git(["ls-tree", "-r", "--name-only", "main"], in: path)
                == "README.md\nbills/trafficking/bill.md\ntools/check.sh\n")
        #expect(try git(["ls-tree", "main", "tools/check.sh"], in: path).hasPrefix("100755 blob"))
        #expect(try git(["ls-tree", "-d", "main", "bills/trafficking/notes"], in: path).isEmpty)
        #expect(
            try gitLine(["log", "-1", "--format=%an <%ae> %at %ai", "main"], in: path)
                == "Ada Drafter <ada@example.org> 1700000000 2023-11-14 23:13:20 +0100")

        let commit = try repository.commit(second)
        #expect(commit.parents == [first])
        #expect(commit.summary == "Second draft")
        #expect(commit.message == "Second draft\n\nAdds article 2.\n")
        #expect(commit.author == drafter)
        #expect(
            try repository.files(at: second).keys.sorted()
                == ["README.md", "bills/trafficking/bill.md", "tools/check.sh"])
        #expect(try repository.file(at: first, path: "bills/trafficking/notes/context.md") == bytes("Context\n"))
        #expect(try repository.file(at: second, path: "bills/trafficking/notes/context.md") == nil)
        #expect(try repository.blobID(at: second, path: "bills") == nil)
        #expect(
            try repository.blobID(at: second, path: "README.md")?.hex
                == gitLine(["rev-parse", "main:README.md"], in: path))
    }

    @Test("Deleting the last file leaves an empty tree, and a file can replace a folder")
    func emptyTreeAndReplacement() throws {
        let folder = try TemporaryFolder()
        let path = folder.child("drafts.git")
        let repository = try Repository.initialize(at: path, bare: true)
        try repository.commitOnMain([.write(path: "a/b.md", contents: bytes("b"))])
        let emptied = try repository.commitOnMain([.delete(path: "a/b.md")])
        #expect(try repository.commit(emptied).tree.hex == "4b825dc642cb6eb9a060e54bf8d69288fbee4904")
        let replaced = try repository.commitOnMain([
            .write(path: "a/b.md", contents: bytes("b")), .write(path: "a", contents: bytes("file now")),
        ])
        #expect(try repository.files(at: replaced) == ["a": Repository.hashBlob(bytes("file now"))])
        _ = try git(["fsck", "--strict"], in: path)
    }

    @Test(
        "Invalid paths are refused before anything is written", arguments: ["", "/abs.md", "a//b", "../up", ".git/x"])
    func invalidPaths(path: String) throws {
        let folder = try TemporaryFolder()
        let repository = try Repository.initialize(at: folder.child("r.git"), bare: true)
        let error = #expect(throws: GitError.self) {
            try repository.commitOnMain([.write(path: path, contents: bytes("x"))])
        }
        #expect(error?.code == .invalid)
        #expect(try repository.reference(named: "refs/heads/main") == nil)
    }

    @Test("A commit against a stale tip is a conflict and leaves the branch alone")
    func staleTip() throws {
        let folder = try TemporaryFolder()
        let repository = try Repository.initialize(at: folder.child("r.git"), bare: true)
        let first = try repository.commitOnMain([.write(path: "bill.md", contents: bytes("v1"))])
        let second = try repository.commitOnMain([.write(path: "bill.md", contents: bytes("v2"))])
        let error = #expect(throws: GitError.self) {
            try repository.commit(
                changes: [.write(path: "bill.md", contents: bytes("v3"))], onto: "refs/heads/main",
                expectedTip: first, message: "Stale", author: drafter, committer: drafter)
        }
        #expect(error?.isConflict == true)
        #expect(error?.code == .modified)
        #expect(error?.message.contains("moved") == true)
        #expect(error?.message.contains("retry") == true)
        #expect(try repository.reference(named: "refs/heads/main")?.target == second)

        let firstAgain = #expect(throws: GitError.self) {
            try repository.commit(
                changes: [], onto: "refs/heads/main", expectedTip: nil, message: "Also first", author: drafter,
                committer: drafter)
        }
        #expect(firstAgain?.isConflict == true)
        #expect(try repository.reference(named: "refs/heads/main")?.target == second)

        let deleted = #expect(throws: GitError.self) {
            try repository.commit(
                changes: [], onto: "refs/heads/gone", expectedTip: second, message: "Gone", author: drafter,
                committer: drafter)
        }
        #expect(deleted?.isConflict == true)
        #expect(try repository.reference(named: "refs/heads/gone") == nil)
    }

    @Test("Two threads committing on the same tip: exactly one wins")
    func concurrentCommits() async throws {
        let folder = try TemporaryFolder()
        let path = folder.child("r.git")
        let tip = try Repository.initialize(at: path, bare: true)
            .commitOnMain([.write(path: "bill.md", contents: bytes("v1"))])
        let outcomes = await withTaskGroup(of: Result<ObjectID, GitError>.self) { group in
            for writer in 0..<2 {
                group.addTask {
                    Result { () throws(GitError) -> ObjectID in
                        let repository = try Repository.open(at: path)
                        return try repository.commit(
                            changes: [.write(path: "bill.md", contents: bytes("writer \(writer)"))],
                            onto: "refs/heads/main", expectedTip: tip, message: "Writer \(writer)", author: drafter,
                            committer: drafter)
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        let winners = outcomes.compactMap { try? $0.get() }
        let losers = outcomes.compactMap { outcome -> GitError? in
            if case .failure(let error) = outcome { return error }
            return nil
        }
        #expect(winners.count == 1)
        #expect(losers.count == 1)
        #expect(losers.first?.isConflict == true)
        #expect(try gitLine(["rev-parse", "main"], in: path) == winners.first?.hex)
        #expect(try gitLine(["rev-parse", "main~1"], in: path) == tip.hex)
    }

    @Test("In a working tree on the branch, the index follows, so git status is clean")
    func workingTreeIndex() throws {
        let folder = try TemporaryFolder()
        let work = folder.child("work")
        let repository = try Repository.initialize(at: work)
        let files: [(String, String)] = [("bill.md", "Article 1\n"), ("annex/a.md", "Annex A\n")]
        for (name, text) in files {
            try FileManager.default.createDirectory(
                atPath: (work + "/" + name as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: work + "/" + name))
        }
        #expect(try repository.isModified(path: "bill.md"))
        try repository.commitOnMain(files.map { FileChange.write(path: $0.0, contents: bytes($0.1)) })
        #expect(try git(["status", "--porcelain"], in: work).isEmpty)
        #expect(try !repository.isModified(path: "bill.md"))

        // The committed bytes differ from the working file: git sees a modification, not a staged change.
        try repository.commitOnMain([
            .write(path: "bill.md", contents: bytes("Article 1 amended\n")), .delete(path: "annex/a.md"),
        ])
        #expect(try git(["status", "--porcelain"], in: work) == " M bill.md\n?? annex/\n")
        #expect(try repository.status(of: ["bill.md"])["bill.md"] == .workTreeModified)
    }
}
