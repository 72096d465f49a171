import Foundation
import LegisGit
import LegisTestSupport
import Testing

@Suite("The files each commit changed")
struct WalkChangesTests {
    /// The files `git diff-tree` says `commit` changed, with the blob now (`nil`: deleted);
    /// submodule commits left out, as they are no files of the repository.
    private func gitChanges(_ commit: ObjectID, in folder: String) throws -> [String: ObjectID?] {
        var result: [String: ObjectID?] = [:]
        let output = try git(
            ["diff-tree", "-r", "--root", "--no-renames", "--no-commit-id", "-z", commit.hex], in: folder)
        let fields = output.split(separator: "\0", omittingEmptySubsequences: true)
        var index = 0
        while index + 1 < fields.count {
            let meta = fields[index].split(separator: " ")
            let path = String(fields[index + 1])
            index += 2
            guard meta.count == 5, meta[1] != "160000" else { continue }
            result[path] = meta[4] == "D" ? .some(nil) : .some(ObjectID(hex: String(meta[3])))
        }
        return result
    }

    @Test("Each commit's changes are those git diff-tree lists: edits, additions, deletions, files becoming folders")
    func agreesWithGit() throws {
        let folder = try TemporaryFolder()
        let work = folder.child("work")
        _ = try Repository.initialize(at: work)
        func write(_ path: String, _ text: String) throws {
            let url = URL(fileURLWithPath: work + "/" + path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        func commit(_ message: String) throws {
            try git(["add", "-A"], in: work)
            try git(["commit", "-q", "--allow-empty", "-m", message], in: work)
        }
        // Names that sort differently as files and as folders ("a" < "a-b" < "a.md" < "a/" < "a0").
        for name in ["a-b", "a.md", "a0", "b/x.md", "b/y/z.md", "c/d/e/f.md", "link-target.md"] {
            try write(name, "\(name) 1\n")
        }
        try write("a/inner.md", "inner\n")
        try commit("Start")
        try write("b/x.md", "x 2\n")
        try write("c/d/e/f.md", "f 2\n")
        try FileManager.default.removeItem(atPath: work + "/a0")
        try commit("Edit two, delete one")
        try FileManager.default.removeItem(atPath: work + "/a")
        try write("a", "a is a file now\n")
        try write("b/y/new.md", "new\n")
        try commit("A folder becomes a file")
        try FileManager.default.removeItem(atPath: work + "/a")
        try write("a/again.md", "again\n")
        try FileManager.default.removeItem(atPath: work + "/c")
        try commit("The file becomes a folder again, a whole tree goes")
        try FileManager.default.createSymbolicLink(atPath: work + "/link.md", withDestinationPath: "link-target.md")
        try git(["add", "link.md"], in: work)
        try git(
            ["update-index", "--add", "--cacheinfo", "160000,\(try gitLine(["rev-parse", "HEAD"], in: work)),sub"],
            in: work)
        try git(["commit", "-q", "-m", "A link and a submodule"], in: work)
        try git(["commit", "-q", "--allow-empty", "-m", "Nothing changed"], in: work)

        let repository = try Repository.open(at: work)
        let tip = try repository.resolve("HEAD")
        var seen = 0
        try repository.walkChanges(from: tip) { (changed) throws(GitError) -> Bool in
            seen += 1
            let expected = (try? gitChanges(changed.commit.id, in: work)) ?? [:]
            #expect(changed.paths == expected, "\(changed.commit.summary)")
            return true
        }
        #expect(seen == 6)
    }
}
