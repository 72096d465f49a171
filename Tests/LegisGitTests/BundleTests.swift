import Foundation
import LegisGit
import LegisTestSupport
import Testing

@Suite("Bundles")
struct BundleTests {
    @Test("A bundle written through libgit2 is accepted by git and read back with every object")
    func bundleRoundTrip() throws {
        let folder = try TemporaryFolder()
        let path = folder.child("r.git")
        let repository = try Repository.initialize(at: path, bare: true)
        let first = try repository.commitOnMain([.write(path: "bill.md", contents: bytes("v1\n"))])
        let second = try repository.commitOnMain([.write(path: "bill.md", contents: bytes("v2\n"))], message: "Second")
        let tag = try repository.createTag(name: "reading", target: first, tagger: drafter, message: "First reading")
        let bundle = try repository.bundle([
            BundleReference(name: "refs/heads/main", target: second),
            BundleReference(name: "refs/evidence/tag", target: tag),
        ])
        #expect(bundle.starts(with: Array(Repository.bundleSignature.utf8)))
        try Data(bundle).write(to: URL(fileURLWithPath: folder.child("x.bundle")))

        _ = try git(["init", "-q", "--bare", "plain.git"], in: folder.path)
        let plain = folder.child("plain.git")
        _ = try git(["bundle", "verify", "../x.bundle"], in: plain)
        _ = try git(["fetch", "-q", "../x.bundle", "refs/*:refs/*"], in: plain)
        #expect(try gitLine(["rev-parse", "refs/heads/main"], in: plain) == second.hex)
        #expect(try gitLine(["cat-file", "-p", "refs/heads/main~1:bill.md"], in: plain) == "v1")
        _ = try git(["fsck", "--strict"], in: plain)

        let other = try Repository.initialize(at: folder.child("other.git"), bare: true)
        let refs = try other.unbundle(bundle)
        #expect(refs.map(\.name) == ["refs/heads/main", "refs/evidence/tag"])
        #expect(other.objectExists(first) && other.objectExists(second) && other.objectExists(tag))
        #expect(try other.file(at: first, path: "bill.md") == bytes("v1\n"))

        var damaged = bundle
        damaged[damaged.count - 30] ^= 0xFF
        let third = try Repository.initialize(at: folder.child("third.git"), bare: true)
        #expect(throws: GitError.self) { try third.unbundle(damaged) }
        #expect(throws: GitError.self) { try third.unbundle(bytes("# v3 git bundle\n\n")) }
    }
}
