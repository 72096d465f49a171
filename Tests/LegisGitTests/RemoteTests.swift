import Foundation
import LegisGit
import LegisTestSupport
import Testing

@Suite("Fetching and pushing through file:// URLs")
struct RemoteTests {
    /// A bare "server" repository with two commits on main and an endorsement, and an empty local one.
    private func makePair(in folder: TemporaryFolder) throws -> (server: Repository, local: Repository, url: String) {
        let server = try Repository.initialize(at: folder.child("server.git"), bare: true)
        let first = try server.commitOnMain([.write(path: "bill.md", contents: bytes("v1\n"))])
        try server.commitOnMain([.write(path: "bill.md", contents: bytes("v2\n"))])
        let tag = try server.createTag(name: "v1", target: first, tagger: drafter, message: "v1")
        try server.createReference(name: "refs/endorsements/bill-1/wg", target: tag, message: "endorse")
        let local = try Repository.initialize(at: folder.child("local.git"), bare: true)
        return (server, local, "file://" + folder.child("server.git"))
    }

    @Test("Listing remote references and fetching with glob refspecs")
    func fetchGlob() throws {
        let folder = try TemporaryFolder()
        let (server, local, url) = try makePair(in: folder)
        let serverMain = try server.resolve("main")
        let advertised = try local.listRemoteReferences(remote: url)
        #expect(advertised["refs/heads/main"] == serverMain)
        #expect(advertised["HEAD"] == serverMain)
        #expect(advertised["refs/endorsements/bill-1/wg"] != nil)

        try local.addRemote(name: "origin", url: url)
        #expect(try local.remoteURL(name: "origin") == url)
        #expect(try local.remoteURL(name: "upstream") == nil)
        let updates = try local.fetch(
            remote: "origin",
            refspecs: ["+refs/heads/*:refs/remotes/origin/*", "refs/endorsements/*:refs/endorsements/*"])
        #expect(
            Set(updates.map(\.reference)).isSuperset(of: ["refs/remotes/origin/main", "refs/endorsements/bill-1/wg"]))
        #expect(updates.first { $0.reference == "refs/remotes/origin/main" }?.new == serverMain)
        #expect(updates.allSatisfy { $0.old == nil })
        #expect(try local.reference(named: "refs/remotes/origin/main")?.target == serverMain)
        #expect(try local.reference(named: "refs/endorsements/bill-1/wg")?.peeledCommit == server.resolve("main~1"))
        _ = try git(["fsck", "--strict"], in: folder.child("local.git"))

        // Nothing new: a second fetch changes nothing.
        #expect(try local.fetch(remote: url, refspecs: ["+refs/heads/*:refs/remotes/origin/*"]).isEmpty)
    }

    @Test("A fetch refspec without + creates and fast-forwards, but keeps a diverging local value")
    func fetchWithoutForce() throws {
        let folder = try TemporaryFolder()
        let (server, local, url) = try makePair(in: folder)
        let serverEndorsement = try #require(try server.reference(named: "refs/endorsements/bill-1/wg")).target
        try local.fetch(remote: url, refspecs: ["+refs/heads/*:refs/remotes/origin/*"])
        let localTag = try local.createTag(
            name: "mine", target: try local.resolve("refs/remotes/origin/main"), tagger: drafter, message: "mine")
        try local.createReference(name: "refs/endorsements/bill-1/wg", target: localTag, message: "local")
        let oldMain = try local.resolve("refs/remotes/origin/main~1")
        try local.updateReference(name: "refs/heads/main", to: oldMain, expected: nil)
        try server.createReference(name: "refs/endorsements/bill-2/wg", target: serverEndorsement, message: "new")

        let updates = try local.fetch(
            remote: url,
            refspecs: ["refs/endorsements/*:refs/endorsements/*", "refs/heads/main:refs/heads/main"])
        let byName = Dictionary(uniqueKeysWithValues: updates.map { ($0.reference, $0) })
        #expect(byName.count == 3)
        let kept = try #require(byName["refs/endorsements/bill-1/wg"])
        #expect(!kept.isApplied)
        #expect(kept.old == localTag)
        #expect(kept.new == serverEndorsement)
        #expect(kept.rejection?.contains("fast-forward") == true)
        #expect(try local.reference(named: "refs/endorsements/bill-1/wg")?.target == localTag)
        #expect(
            byName["refs/endorsements/bill-2/wg"]
                == FetchUpdate(
                    reference: "refs/endorsements/bill-2/wg", old: nil, new: serverEndorsement))
        let serverMain = try server.resolve("main")
        #expect(byName["refs/heads/main"] == FetchUpdate(reference: "refs/heads/main", old: oldMain, new: serverMain))
        #expect(try local.resolve("main") == server.resolve("main"))
        #expect(try local.references(withPrefix: "refs/legis-fetch/").isEmpty)
        #expect(try git(["for-each-ref", "refs/legis-fetch/"], in: folder.child("local.git")).isEmpty)
    }

    @Test("Pushing explicit refspecs; a non-fast-forward push is refused as a whole")
    func push() throws {
        let folder = try TemporaryFolder()
        let (server, local, url) = try makePair(in: folder)
        let serverPath = folder.child("server.git")
        try local.fetch(remote: url, refspecs: ["+refs/heads/*:refs/remotes/origin/*"])
        let base = try local.resolve("refs/remotes/origin/main")
        try local.updateReference(name: "refs/heads/main", to: base, expected: nil)
        let next = try local.commitOnMain([.write(path: "bill.md", contents: bytes("v3\n"))], message: "v3")
        let tag = try local.createTag(name: "v3", target: next, tagger: drafter, message: "v3")
        try local.createReference(name: "refs/endorsements/bill-3/wg", target: tag, message: "endorse")

        let results = try local.push(
            remote: url,
            refspecs: ["refs/heads/main:refs/heads/main", "refs/endorsements/bill-3/wg:refs/endorsements/bill-3/wg"])
        #expect(
            Set(results) == [
                PushResult(reference: "refs/heads/main", message: nil),
                PushResult(reference: "refs/endorsements/bill-3/wg", message: nil),
            ])
        #expect(results.allSatisfy { $0.isAccepted })
        #expect(try gitLine(["rev-parse", "main"], in: serverPath) == next.hex)
        #expect(try gitLine(["rev-parse", "refs/endorsements/bill-3/wg"], in: serverPath) == tag.hex)
        _ = try git(["fsck", "--strict"], in: serverPath)

        try local.createReference(name: "refs/heads/other", target: base, message: "branch")
        let diverging = try local.commit(
            changes: [.write(path: "bill.md", contents: bytes("other\n"))], onto: "refs/heads/other",
            expectedTip: base, message: "other", author: drafter, committer: drafter)
        try local.createReference(name: "refs/endorsements/bill-4/wg", target: tag, message: "endorse")
        let refused = #expect(throws: GitError.self) {
            try local.push(
                remote: url,
                refspecs: [
                    "refs/endorsements/bill-4/wg:refs/endorsements/bill-4/wg", "refs/heads/other:refs/heads/main",
                ])
        }
        #expect(refused?.code == GitError.Code.nonFastForward)
        #expect(refused?.isConflict == true)
        #expect(refused?.message.contains("fetch") == true)
        #expect(try server.resolve("main") == next)
        #expect(try server.reference(named: "refs/endorsements/bill-4/wg") == nil)

        let forced = try local.push(remote: url, refspecs: ["+refs/heads/other:refs/heads/main"])
        #expect(forced == [PushResult(reference: "refs/heads/main", message: nil)])
        #expect(try server.resolve("main") == diverging)
    }

    @Test("A reference the remote cannot update is reported with the remote's message")
    func pushRejectedByRemote() throws {
        let folder = try TemporaryFolder()
        let (_, local, url) = try makePair(in: folder)
        try local.fetch(remote: url, refspecs: ["+refs/heads/main:refs/heads/main"])
        try local.createReference(name: "refs/heads/locked", target: try local.resolve("main"), message: "b")
        _ = FileManager.default.createFile(atPath: folder.child("server.git/refs/heads/locked.lock"), contents: Data())
        let results = try local.push(remote: url, refspecs: ["refs/heads/locked:refs/heads/locked"])
        #expect(results.count == 1)
        #expect(results.first?.reference == "refs/heads/locked")
        #expect(results.first?.isAccepted == false)
        #expect(results.first?.message?.contains("lock") == true)
        #expect(throws: GitCommandError.self) {
            try git(["rev-parse", "--verify", "-q", "refs/heads/locked"], in: folder.child("server.git"))
        }
    }
}
