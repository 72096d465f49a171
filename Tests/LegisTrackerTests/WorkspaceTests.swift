import Foundation
import LegisGit
@testable import LegisTracker
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

    @Test func settingsNotYetCommittedAreReadFromTheWorkingTree() throws {
        let folder = try TemporaryFolder()
        try Git.run(["init", "-q", "-b", "main"], in: folder.path)
        try folder.write("notes.md", "# Notes\n")
        try Git.run(["add", "-A"], in: folder.path)
        try Git.run(["commit", "-qm", "Notes"], in: folder.path)
        _ = try Workspace.open(at: folder.path)
        try folder.write("legis.yml", "documents: [\"../outside/*.md\"]\n")
        let error = try #require(throws: LegisError.self, "the working tree's settings were not read") {
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

    @Test("The byte-by-byte check of plain ids agrees with the full one on random ids")
    func plainCheckAgreesWithFullCheck() {
        let alphabet = ["a", "Z", "0", "-", "_", ".", "/", " ", "é", "\u{1}", "md", "..", "ă"]
        var state: UInt64 = 7
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var text = ""
            var bits = state
            for _ in 0..<Int(state >> 60) {
                text += alphabet[Int(bits % UInt64(alphabet.count))]
                bits /= UInt64(alphabet.count)
            }
            let fullyValid = (try? DocumentID.check(text)) != nil
            let plainASCII = text.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: " ") && $0 >= 0x20 }
            // Plain ids are valid ids; valid ids written in ASCII alone are plain.
            if DocumentID.isPlain(text) { #expect(fullyValid, "\(text)") }
            if fullyValid && plainASCII { #expect(DocumentID.isPlain(text), "\(text)") }
        }
        #expect(DocumentID.isPlain("laws/penal-code.md"))
        #expect(!DocumentID.isPlain("laws/.hidden") && !DocumentID.isPlain("a/") && !DocumentID.isPlain("/a"))
    }

    @Test func refSegmentsRoundTrip() throws {
        let id = try DocumentID("laws/penal-code")
        #expect(!id.refSegment.contains("/"))
        #expect(try DocumentID(refSegment: id.refSegment) == id)
    }
}
