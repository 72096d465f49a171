import Foundation
import LegisGit
import LegisTestSupport
import Testing

@Suite("Tags and raw objects")
struct TagAndObjectTests {
    @Test("An annotated tag is readable by git cat-file and back")
    func annotatedTag() throws {
        let folder = try TemporaryFolder()
        let path = folder.child("r.git")
        let repository = try Repository.initialize(at: path, bare: true)
        let commit = try repository.commitOnMain([.write(path: "bill.md", contents: bytes("v1\n"))])
        let tagID = try repository.createTag(
            name: "second-reading", target: commit, tagger: drafter, message: "Second reading")
        #expect(
            try git(["cat-file", "-p", "second-reading"], in: path) == """
                object \(commit.hex)
                type commit
                tag second-reading
                tagger Ada Drafter <ada@example.org> 1700000000 +0100

                Second reading

                """)
        #expect(try gitLine(["rev-parse", "refs/tags/second-reading"], in: path) == tagID.hex)
        let tag = try repository.tag(tagID)
        #expect(tag.name == "second-reading")
        #expect(tag.target == commit)
        #expect(tag.targetType == .commit)
        #expect(tag.tagger == drafter)
        #expect(tag.message == "Second reading\n")
        #expect(try repository.tags() == [tag])
        #expect(try repository.reference(named: "refs/tags/second-reading")?.peeledCommit == commit)

        let again = #expect(throws: GitError.self) {
            try repository.createTag(name: "second-reading", target: commit, tagger: drafter, message: "Again")
        }
        #expect(again?.code == .exists)
        #expect(again?.isConflict == true)
    }

    @Test("A tag object built by hand round trips through writeObject and readObject")
    func handBuiltTag() throws {
        let folder = try TemporaryFolder()
        let path = folder.child("r.git")
        let repository = try Repository.initialize(at: path, bare: true)
        let commit = try repository.commitOnMain([.write(path: "bill.md", contents: bytes("v1\n"))])
        try git(["tag", "-a", "-m", "Endorsed by the working group", "endorsed", commit.hex], in: path)
        let printed = try git(["cat-file", "tag", "endorsed"], in: path)
        let gitTagID = try gitLine(["rev-parse", "refs/tags/endorsed"], in: path)

        let other = try Repository.initialize(at: folder.child("other.git"), bare: true)
        let copiedCommit = try other.commitOnMain([.write(path: "bill.md", contents: bytes("v1\n"))])
        #expect(copiedCommit == commit)
        let written = try other.writeObject(bytes(printed), type: .tag)
        #expect(written.hex == gitTagID)
        let read = try other.readObject(written)
        #expect(read.type == .tag)
        #expect(read.bytes == bytes(printed))
        #expect(try other.objectType(written) == .tag)
        try other.createReference(name: "refs/endorsements/bill-42/wg", target: written, message: "endorse")
        #expect(try other.tag(written).message == "Endorsed by the working group\n")
        #expect(try other.references(withPrefix: "refs/endorsements/").first?.peeledCommit == commit)
        _ = try git(["fsck", "--strict"], in: folder.child("other.git"))
    }

    @Test("Blobs: hashing agrees with git hash-object; writing, reading and existence checks")
    func blobs() throws {
        let folder = try TemporaryFolder()
        let repository = try Repository.initialize(at: folder.child("r.git"), bare: true)
        let contents = bytes("Article 1. Trafficking in persons is prohibited.\n")
        try Data(contents).write(to: URL(fileURLWithPath: folder.child("article.txt")))
        let expected = try gitLine(["hash-object", "article.txt"], in: folder.path)
        #expect(Repository.hashBlob(contents).hex == expected)
        #expect(!repository.objectExists(Repository.hashBlob(contents)))
        let id = try repository.writeBlob(contents)
        #expect(id.hex == expected)
        #expect(repository.objectExists(id))
        #expect(try repository.blob(id) == contents)
        #expect(try repository.blob(repository.writeBlob([])) == [])
        let missing = #expect(throws: GitError.self) { try repository.blob(Repository.hashBlob(bytes("absent"))) }
        #expect(missing?.isNotFound == true)
    }
}
