import Foundation
import LegisGit
import LegisTracker
import LegisTestSupport
import Testing

@Suite("Workspace")
struct WorkspaceTests {
    @Test func initCommitsSettingsThatPlainGitAccepts() throws {
        let folder = try TemporaryFolder()
        let workspace = try Workspace.initialize(at: folder.path, author: tester)
        #expect(try workspace.tip() != nil)
        #expect(try folder.read("legis.yml").contains("documents/**/*.md"))
        #expect(try Git.run(["status", "--porcelain"], in: folder.path).output == "")
        let fsck = try Git.run(["fsck", "--strict"], in: folder.path)
        #expect(fsck.status == 0, "\(fsck.error)")
        let log = try Git.run(["log", "--format=%s"], in: folder.path)
        #expect(log.output.contains("Create Legis workspace"))
    }

    @Test func opensFromASubfolderAsGitDoes() throws {
        let folder = try TemporaryFolder()
        _ = try Samples.workspace(in: folder)
        try FileManager.default.createDirectory(atPath: folder.file("documents/sub"), withIntermediateDirectories: true)
        let reopened = try Workspace.open(at: folder.file("documents/sub"))
        #expect(try reopened.documents().map(\.id.rawValue) == ["recruitment"])
    }

    @Test func aFolderThatIsNoRepositoryIsAClearError() throws {
        let folder = try TemporaryFolder()
        let error = try #require(throws: LegisError.self) { try Workspace.open(at: folder.path) }
        #expect(error.message.contains("legis init"))
        #expect(error.exitStatus == 1)
    }

    @Test func anExistingRepositoryOfLawsOpensWithoutMovingAFile() throws {
        let folder = try TemporaryFolder()
        try Git.run(["init", "-q", "-b", "main"], in: folder.path)
        try folder.write("b/bgb/index.md", "# Bürgerliches Gesetzbuch\n\n##### § 1 Beginn der Rechtsfähigkeit\n\nDie Rechtsfähigkeit des Menschen beginnt mit der Vollendung der Geburt.\n")
        try folder.write("README.md", "# Laws\n")
        try Git.run(["add", "-A"], in: folder.path)
        try Git.run(["commit", "-qm", "Laws"], in: folder.path)
        let workspace = try Workspace.open(at: folder.path)
        let ids = try workspace.documents().map(\.id.rawValue)
        #expect(ids == ["b/bgb/index"])
        let text = try workspace.text(of: try workspace.revision(of: try DocumentID("b/bgb/index")))
        #expect(text.contains("Rechtsfähigkeit"))
    }

    @Test func badSettingsAreReportedWithTheFileName() throws {
        let folder = try TemporaryFolder()
        try Git.run(["init", "-q", "-b", "main"], in: folder.path)
        try folder.write("legis.yml", "documents: [\"../outside/*.md\"]\n")
        try Git.run(["add", "-A"], in: folder.path)
        try Git.run(["commit", "-qm", "Bad settings"], in: folder.path)
        let error = try #require(throws: LegisError.self, "a pattern leaving the repository was accepted") {
            _ = try Workspace.open(at: folder.path)
        }
        #expect(error.message.contains("legis.yml"))
    }
}

@Suite("Document ids")
struct DocumentIDTests {
    @Test(arguments: ["../x", "/etc/x", "a/../b", "a//b", ".hidden", "a\u{1}b", "", "a b", "x/./y"])
    func escapingOrMalformedIdsAreRefused(_ text: String) {
        #expect(throws: LegisError.self) { try DocumentID(text) }
    }

    @Test(arguments: ["labour-law", "laws/penal-code", "bgb_2013", "legea-123.2024", "închisoare"])
    func ordinaryIdsAreAccepted(_ text: String) throws {
        #expect(try DocumentID(text).rawValue == text)
    }

    @Test func refSegmentsRoundTrip() throws {
        let id = try DocumentID("laws/penal-code")
        #expect(!id.refSegment.contains("/"))
        #expect(try DocumentID(refSegment: id.refSegment) == id)
    }
}
