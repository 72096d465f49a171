import Foundation
import LegisDocument
import LegisGit
import LegisTracker
import LegisTestSupport
import Testing

@Suite("Documents: save, log, show, drafts")
struct DocumentTests {
    let id: DocumentID

    init() throws { id = try DocumentID("recruitment") }

    @Test func importMakesOneRevisionPerDraftNewestFirst() throws {
        let folder = try TemporaryFolder()
        let workspace = try Samples.workspace(in: folder)
        let log = try workspace.log(of: id)
        #expect(log.count == 3)
        #expect(log[0].message.contains("03.md"))
        #expect(log[2].message.contains("01.md"))
        #expect(log[1].drafts == ["consultation"])
        #expect(try workspace.text(of: workspace.revision(of: id, "~2")) == Samples.draft1)
        #expect(try workspace.text(of: workspace.revision(of: id, "consultation")) == Samples.draft2)
        #expect(try workspace.text(of: workspace.revision(of: id, "HEAD")) == Samples.draft3)
        #expect(try workspace.text(of: workspace.revision(of: id, log[2].commit.short)) == Samples.draft1)
        #expect(try folder.read("documents/recruitment.md") == Samples.draft3)
        #expect(try Git.run(["fsck", "--strict"], in: folder.path).status == 0)
        #expect(try Git.run(["status", "--porcelain"], in: folder.path).output == "")
        let tag = try Git.run(["cat-file", "-t", "recruitment/consultation"], in: folder.path)
        #expect(tag.output == "tag\n")
    }

    @Test func saveCommitsEditedDocumentsAndLeavesGitStatusClean() throws {
        let folder = try TemporaryFolder()
        let workspace = try Samples.workspace(in: folder)
        try folder.write("documents/recruitment.md", Samples.draft3 + "\n### Article 5 — Entry into force\n\n(1) This law enters into force on 1 January.\n")
        let result = try workspace.save([], message: "Add entry into force", author: tester)
        #expect(result.saved == [id])
        #expect(try workspace.log(of: id).count == 4)
        #expect(try Git.run(["status", "--porcelain"], in: folder.path).output == "")
        #expect(try Git.run(["fsck", "--strict"], in: folder.path).status == 0)
        let plain = try Git.run(["log", "-1", "--format=%an|%s"], in: folder.path)
        #expect(plain.output == "Ana Drafter|Add entry into force\n")
        let again = try workspace.save([id], message: "Nothing", author: tester)
        #expect(again.commit == nil)
    }

    @Test func aCommitMadeWithPlainGitIsARevision() throws {
        let folder = try TemporaryFolder()
        let workspace = try Samples.workspace(in: folder)
        try folder.write("documents/recruitment.md", Samples.draft3.replacingOccurrences(of: "public registry", with: "public electronic registry"))
        try Git.run(["commit", "-qam", "Edited with plain git"], in: folder.path)
        let log = try workspace.log(of: id)
        #expect(log.count == 4)
        #expect(log[0].message.hasPrefix("Edited with plain git"))
        #expect(log[0].author == "Plain Git")
    }

    @Test func aRacingSaveGetsAConflictAndLosesNothing() throws {
        let folder = try TemporaryFolder()
        let workspace = try Samples.workspace(in: folder)
        let base = try #require(try workspace.tip())
        let mine = Samples.draft3.replacingOccurrences(of: "two years", with: "five years")
        let theirs = Samples.draft3.replacingOccurrences(of: "two years", with: "four years")
        // The other drafter saves first, from the same base.
        try folder.write("documents/recruitment.md", theirs)
        _ = try workspace.save([id], message: "Four years", author: tester, basedOn: base)
        // This drafter's save was based on the old tip: it must fail, keep the file, commit nothing.
        try folder.write("documents/recruitment.md", mine)
        let error = try #require(throws: LegisError.self, "the second save of the same base succeeded") {
            _ = try workspace.save([id], message: "Five years", author: tester, basedOn: base)
        }
        #expect(error.kind == .conflict)
        #expect(error.message.contains("nothing was committed"))
        #expect(try folder.read("documents/recruitment.md") == mine)
        #expect(try workspace.text(of: workspace.revision(of: id)) == theirs)
        #expect(try workspace.log(of: id).count == 4)
    }

    @Test func concurrentSavesFromTwoHandlesNeverLoseAnEdit() async throws {
        let folder = try TemporaryFolder()
        _ = try Samples.workspace(in: folder)
        let base = try #require(try Workspace.open(at: folder.path).tip())
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for n in 0..<2 {
                group.addTask {
                    do {
                        let workspace = try Workspace.open(at: folder.path)
                        let file = "documents/extra-\(n).md"
                        try Data("# Extra \(n)\n".utf8).write(to: URL(fileURLWithPath: folder.file(file)))
                        _ = try workspace.save([try DocumentID("extra-\(n)")], message: "Extra \(n)", author: tester, basedOn: base)
                        return true
                    } catch {
                        return false
                    }
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 }.count == 1)
        let workspace = try Workspace.open(at: folder.path)
        #expect(try workspace.log(of: try DocumentID("recruitment")).count == 3)
        #expect(FileManager.default.fileExists(atPath: folder.file("documents/extra-0.md")))
        #expect(FileManager.default.fileExists(atPath: folder.file("documents/extra-1.md")))
    }

    @Test func unknownDocumentsAndRevisionsAreClearErrors() throws {
        let folder = try TemporaryFolder()
        let workspace = try Samples.workspace(in: folder)
        #expect(throws: LegisError.self) { try workspace.revision(of: try DocumentID("nope")) }
        for bad in ["v99", "~7", "0000000", "HEAD~99"] {
            let error = try #require(throws: LegisError.self, "revision \(bad) was accepted") {
                _ = try workspace.revision(of: id, bad)
            }
            #expect(error.kind == .notFound)
            #expect(error.message.contains(bad))
        }
    }

    @Test func draftsAreNamedOnceAndListed() throws {
        let folder = try TemporaryFolder()
        let workspace = try Samples.workspace(in: folder)
        try workspace.nameDraft(id, name: "final", note: nil, author: tester)
        #expect(try workspace.drafts(of: id).map(\.name) == ["consultation", "final"])
        #expect(throws: LegisError.self) { try workspace.nameDraft(id, name: "final", note: nil, author: tester) }
        #expect(throws: LegisError.self) { try workspace.nameDraft(id, name: "../x", note: nil, author: tester) }
        #expect(try Git.run(["fsck", "--strict"], in: folder.path).status == 0)
    }

    @Test func newDocumentsComeFromTemplates() throws {
        let folder = try TemporaryFolder()
        let workspace = try Workspace.initialize(at: folder.path, author: tester)
        for template in ["law", "bill", "strategy"] {
            let doc = try DocumentID("new-\(template)")
            try workspace.create(doc, template: template, title: "A \(template): with a colon", author: tester)
            let text = try folder.read("documents/new-\(template).md")
            #expect(text.contains("A \(template): with a colon"))
            #expect(!text.contains("{{title}}"))
            #expect(try workspace.documents().first { $0.id == doc }?.frontMatter.title == "A \(template): with a colon")
        }
        #expect(try Git.run(["status", "--porcelain"], in: folder.path).output == "")
        let error = try #require(throws: LegisError.self, "an unknown template was accepted") {
            try workspace.create(try DocumentID("x"), template: "memo", title: nil, author: tester)
        }
        #expect(error.kind == .notFound)
        #expect(error.message.contains("law, bill, strategy") || error.message.contains("bill, law, strategy"))
        #expect(throws: LegisError.self) { try workspace.create(try DocumentID("new-law"), template: "law", title: nil, author: tester) }
    }
}

@Suite("Bad input")
struct BadInputTests {
    let id: DocumentID

    init() throws { id = try DocumentID("recruitment") }

    private func expectRefused(_ bytes: [UInt8], mentioning fragment: String) throws {
        let folder = try TemporaryFolder()
        let workspace = try Samples.workspace(in: folder)
        let before = try workspace.tip()
        try Data(bytes).write(to: URL(fileURLWithPath: folder.file("documents/recruitment.md")))
        let error = try #require(throws: LegisError.self, "bad input was saved") {
            _ = try workspace.save([id], message: "Bad", author: tester)
        }
        #expect(error.message.contains("documents/recruitment.md"), "\(error.message)")
        #expect(error.message.lowercased().contains(fragment), "\(error.message)")
        #expect(try workspace.tip() == before)
        // Importing the same file is refused before any commit too.
        let bad = try folder.write("bad.md", "")
        try Data(bytes).write(to: URL(fileURLWithPath: bad))
        let good = try folder.write("good.md", Samples.draft1)
        #expect(throws: LegisError.self) { try workspace.importDrafts(id, from: [good, bad], author: tester) }
        #expect(try workspace.tip() == before)
    }

    @Test func nonUTF8IsRefused() throws {
        try expectRefused(Array("# Title\n\nArticle 1\n".utf8) + [0xC3, 0x28, 0x0A], mentioning: "utf-8")
    }

    @Test func binaryIsRefused() throws {
        try expectRefused(Array("# Title\n\nArticle 1\n".utf8) + [0x00, 0x00, 0x01, 0x0A], mentioning: "binary")
    }

    @Test func oversizedIsRefused() throws {
        let line = Array("(1) A paragraph of a very long law that goes on and on and on and on.\n".utf8)
        var bytes: [UInt8] = []
        while bytes.count <= 8 * 1024 * 1024 + 1 { bytes += line }
        try expectRefused(bytes, mentioning: "limit")
    }

    @Test func badFrontMatterIsRefusedWithItsLine() throws {
        try expectRefused(Array("---\ntitle: x\nkind: decree\n---\n\n# X\n".utf8), mentioning: "kind")
    }
}
