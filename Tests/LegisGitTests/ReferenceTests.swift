import Foundation
import LegisGit
import LegisTestSupport
import Testing

@Suite("References and configuration")
struct ReferenceTests {
    @Test("Listing by prefix over thousands of loose and packed references")
    func manyReferences() throws {
        let folder = try TemporaryFolder()
        let path = folder.child("r.git")
        let repository = try Repository.initialize(at: path, bare: true)
        let commit = try repository.commitOnMain([.write(path: "bill.md", contents: bytes("v1\n"))])
        let tag = try repository.createTag(name: "v1", target: commit, tagger: drafter, message: "v1")
        // Thousands of references written straight into packed-refs, as `git pack-refs` leaves them.
        let packed = (0..<3000).map { "\(tag.hex) refs/endorsements/bill-\($0 % 30)/org-\($0)\n" }.sorted {
            $0.split(separator: " ")[1] < $1.split(separator: " ")[1]
        }
        try Data(("# pack-refs with: sorted \n" + packed.joined()).utf8)
            .write(to: URL(fileURLWithPath: path + "/packed-refs"))
        let loose = (0..<50).map { "create refs/endorsements/bill-7/late-\($0) \(tag.hex)\n" }
        try git(["update-ref", "--stdin"], in: path, input: loose.joined() + "create refs/other/x \(commit.hex)\n")

        let all = try repository.references(withPrefix: "refs/endorsements/")
        #expect(all.count == 3050)
        #expect(
            try git(["for-each-ref", "--format=%(refname)", "refs/endorsements/"], in: path)
                == all.map { $0.name + "\n" }.joined())
        #expect(all.map(\.name) == all.map(\.name).sorted())
        #expect(all.allSatisfy { $0.target == tag && $0.peeledCommit == commit })
        let bill7 = try repository.references(withPrefix: "refs/endorsements/bill-7/", peel: false)
        #expect(bill7.count == 150)
        #expect(bill7.allSatisfy { $0.peeledCommit == nil })
        let gitCount = try git(["for-each-ref", "--format=%(refname)", "refs/endorsements/bill-7/"], in: path)
        #expect(bill7.map { $0.name + "\n" }.joined() == gitCount)
        #expect(try repository.references(withPrefix: "refs/nothing/").isEmpty)
    }

    @Test("Creating, compare-and-swap updating and deleting references")
    func createUpdateDelete() throws {
        let folder = try TemporaryFolder()
        let path = folder.child("r.git")
        let repository = try Repository.initialize(at: path, bare: true)
        let first = try repository.commitOnMain([.write(path: "bill.md", contents: bytes("v1\n"))])
        let second = try repository.commitOnMain([.write(path: "bill.md", contents: bytes("v2\n"))])

        try repository.createReference(name: "refs/endorsements/bill-1/wg", target: first, message: "endorse")
        let taken = #expect(throws: GitError.self) {
            try repository.createReference(name: "refs/endorsements/bill-1/wg", target: second, message: "again")
        }
        #expect(taken?.code == .exists)
        #expect(try gitLine(["rev-parse", "refs/endorsements/bill-1/wg"], in: path) == first.hex)
        try repository.createReference(name: "refs/endorsements/bill-1/wg", target: second, force: true, message: "f")
        #expect(try repository.reference(named: "refs/endorsements/bill-1/wg")?.target == second)

        let stale = #expect(throws: GitError.self) {
            try repository.updateReference(name: "refs/endorsements/bill-1/wg", to: first, expected: first)
        }
        #expect(stale?.isConflict == true)
        try repository.updateReference(name: "refs/endorsements/bill-1/wg", to: first, expected: second)
        #expect(try gitLine(["rev-parse", "refs/endorsements/bill-1/wg"], in: path) == first.hex)

        let staleDelete = #expect(throws: GitError.self) {
            try repository.deleteReference(name: "refs/endorsements/bill-1/wg", expected: second)
        }
        #expect(staleDelete?.code == .modified)
        try repository.deleteReference(name: "refs/endorsements/bill-1/wg", expected: first)
        #expect(try repository.reference(named: "refs/endorsements/bill-1/wg") == nil)
        #expect(throws: GitCommandError.self) {
            try git(["rev-parse", "--verify", "-q", "refs/endorsements/bill-1/wg"], in: path)
        }
        let missing = #expect(throws: GitError.self) { try repository.deleteReference(name: "refs/heads/nothing") }
        #expect(missing?.isNotFound == true)
    }

    @Test("Configuration values are set locally and read like git config")
    func configuration() throws {
        let folder = try TemporaryFolder()
        let path = folder.child("r.git")
        let repository = try Repository.initialize(at: path, bare: true)
        #expect(try repository.configValue("legis.nothing") == nil)
        try repository.setConfigValue("user.name", "Grace Reviewer")
        try repository.setConfigValue("legis.workspace", "trafficking")
        #expect(try repository.configValue("user.name") == "Grace Reviewer")
        #expect(try gitLine(["config", "--local", "legis.workspace"], in: path) == "trafficking")
        try git(["config", "--local", "user.email", "grace@example.org"], in: path)
        #expect(try repository.configValue("user.email") == "grace@example.org")
        #expect(try repository.configValue("core.bare") == "true")
    }
}
