import Foundation
import LegisGit
import LegisTestSupport
import Testing

@Suite("History of a path and resolving revisions")
struct HistoryTests {
    /// A working-tree repository with four commits: two by this module, one by plain git, one more.
    private func makeRepository(in folder: TemporaryFolder) throws -> (Repository, [ObjectID]) {
        let work = folder.child("work")
        let repository = try Repository.initialize(at: work)
        let added = try repository.commitOnMain(
            [.write(path: "bill.md", contents: bytes("v1\n")), .write(path: "other.md", contents: bytes("o1\n"))],
            message: "Add bill")
        let unrelated = try repository.commitOnMain(
            [.write(path: "other.md", contents: bytes("o2\n"))], message: "Touch other")
        try git(["checkout", "-q", "--", "."], in: work)
        try Data("v2 by plain git\n".utf8).write(to: URL(fileURLWithPath: work + "/bill.md"))
        try git(["commit", "-q", "-am", "Edit bill with git"], in: work)
        let byGit = try repository.resolve("HEAD")
        let last = try repository.commitOnMain([.write(path: "bill.md", contents: bytes("v3\n"))], message: "Edit bill")
        try git(["tag", "-a", "-m", "First reading", "first-reading", added.hex], in: work)
        return (repository, [added, unrelated, byGit, last])
    }

    @Test("History lists the commits that changed the path, newest first, including plain git commits")
    func historyOfPath() throws {
        let folder = try TemporaryFolder()
        let (repository, commits) = try makeRepository(in: folder)
        let history = try repository.history(of: "bill.md", from: commits[3])
        #expect(history.map(\.id) == [commits[3], commits[2], commits[0]])
        #expect(history.map(\.summary) == ["Edit bill", "Edit bill with git", "Add bill"])
        #expect(try repository.history(of: "other.md", from: commits[3]).map(\.id) == [commits[1], commits[0]])
        #expect(try repository.history(of: "bill.md", from: commits[3], limit: 1).map(\.id) == [commits[3]])
        #expect(try repository.history(of: "missing.md", from: commits[3]).isEmpty)
        let gitHistory = try git(["log", "--format=%H", "--", "bill.md"], in: folder.child("work"))
        #expect(gitHistory == history.map { $0.id.hex + "\n" }.joined())
    }

    @Test("History follows nested folders by name as git does: prefixes, files where folders are expected")
    func historyInNestedFolders() throws {
        let folder = try TemporaryFolder()
        let work = folder.child("work")
        let repository = try Repository.initialize(at: work)
        var tip = try repository.commitOnMain(
            [
                .write(path: "b/bgb/index.md", contents: bytes("1\n")),
                .write(path: "b/bgbau/index.md", contents: bytes("1\n")),
                .write(path: "b/bg/index.md", contents: bytes("1\n")),
                .write(path: "b.md", contents: bytes("1\n")),
                .write(path: "b/bgb.md", contents: bytes("1\n")),
            ], message: "Add")
        tip = try repository.commitOnMain([.write(path: "b/bgbau/index.md", contents: bytes("2\n"))], message: "Neighbour")
        tip = try repository.commitOnMain([.write(path: "b/bgb/index.md", contents: bytes("2\n"))], message: "Edit")
        tip = try repository.commitOnMain([.write(path: "b/bgb.md", contents: bytes("2\n"))], message: "File beside")
        try git(["checkout", "-q", "--", "."], in: work)
        for path in ["b/bgb/index.md", "b/bgbau/index.md", "b/bg/index.md", "b.md", "b/bgb.md", "b/bgb", "b/bgb.md/index.md", "b/index.md", "c/x.md"] {
            let ours = try repository.history(of: path, from: tip).map { $0.id.hex + "\n" }.joined()
            let theirs = path == "b/bgb" ? "" : try git(["log", "--format=%H", "--", path], in: work)
            #expect(ours == theirs, "\(path)")
        }
        #expect(try repository.history(of: "b/bgb/index.md", from: tip).count == 2)
        // A folder asked for as a file has no history of its own.
        #expect(try repository.history(of: "b/bgb", from: tip).isEmpty)
    }

    @Test("The log lists every commit newest first, with a limit")
    func log() throws {
        let folder = try TemporaryFolder()
        let (repository, commits) = try makeRepository(in: folder)
        #expect(try repository.log(from: commits[3]).map(\.id) == commits.reversed())
        #expect(try repository.log(from: commits[3], limit: 2).map(\.id) == [commits[3], commits[2]])
        #expect(try repository.commit(commits[2]).author.name == "Plain Git")
    }

    @Test("Revisions resolve like git rev-parse: HEAD, branches, short ids, tags, ancestors")
    func resolve() throws {
        let folder = try TemporaryFolder()
        let (repository, commits) = try makeRepository(in: folder)
        #expect(try repository.resolve("HEAD") == commits[3])
        #expect(try repository.resolve("main") == commits[3])
        #expect(try repository.resolve("refs/heads/main") == commits[3])
        #expect(try repository.resolve("HEAD~1") == commits[2])
        #expect(try repository.resolve("main^^") == commits[1])
        #expect(try repository.resolve(commits[1].short) == commits[1])
        #expect(try repository.resolve(commits[1].hex) == commits[1])
        #expect(try repository.resolve("first-reading") == commits[0])
        for unknown in ["no-such-branch", "HEAD~9", "0123456789abcdef0123456789abcdef01234567"] {
            let error = #expect(throws: GitError.self) { try repository.resolve(unknown) }
            #expect(error?.isNotFound == true, "\(unknown): \(String(describing: error))")
        }
    }
}
