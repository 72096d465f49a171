import Foundation
import LegisSignature
import Testing

@Suite("Tag objects in a real git repository")
struct TagObjectGitTests {
    let ref = "refs/endorsements/doc/alice/1"

    func tagger() throws -> Tagger {
        try Tagger(
            name: "Alice Partner", email: "alice@partner.example", timestamp: 1_740_000_000, utcOffsetMinutes: 60)
    }

    /// Writes `bytes` as a tag object, points `ref` at it and returns the object id.
    func store(_ bytes: [UInt8], at ref: String, in sandbox: Sandbox, repo: String) throws -> String {
        let id = try sandbox.gitChecked(["hash-object", "-t", "tag", "-w", "--stdin"], input: bytes, in: repo)
        try sandbox.gitChecked(["update-ref", ref, id], in: repo)
        return id
    }

    func verifyTag(_ ref: String, allowedSigners: String, in sandbox: Sandbox, repo: String) throws -> ToolResult {
        try sandbox.git(
            ["-c", "gpg.format=ssh", "-c", "gpg.ssh.allowedSignersFile=\(allowedSigners)", "verify-tag", ref], in: repo)
    }

    @Test("the unsigned payload is what git mktag accepts, byte for byte")
    func payloadMatchesGit() throws {
        let sandbox = try Sandbox()
        let (repo, commit) = try sandbox.makeRepository()
        let tag = try TagObject(object: commit, name: "endorsements/doc/alice/1", tagger: tagger(), message: "Hello\n")
        let id = try sandbox.gitChecked(["mktag"], input: tag.payload, in: repo)
        let stored = try sandbox.run("git", ["cat-file", "tag", id], in: repo)
        #expect(stored.stdout == tag.payload)
        let parsed = try TagObject.parse(bytes: stored.stdout)
        #expect(parsed.tag == tag)
        #expect(parsed.signature == nil)
        #expect(throws: TagObjectError.unsigned) { try parsed.verifiedSignature() }
    }

    @Test("a natively signed tag passes git fsck --strict and git verify-tag; tampered copies fail")
    func signedTagVerifiesWithGit() throws {
        let sandbox = try Sandbox()
        let (repo, commit) = try sandbox.makeRepository()
        let alice = SSHPrivateKey.generate(comment: "alice")
        let mallory = SSHPrivateKey.generate(comment: "mallory")
        let signers = try sandbox.write(
            "allowed_signers", AllowedSigners(entries: [try .init(principal: "alice", key: alice.publicKey)]).text)

        let tag = try TagObject(
            object: commit, name: "endorsements/doc/alice/1", tagger: tagger(), message: "We support this draft.\n")
        let signed = try tag.signed(with: NativeSigner(key: alice))
        #expect(Array(signed.prefix(tag.payload.count)) == tag.payload)
        let id = try store(signed, at: ref, in: sandbox, repo: repo)
        try sandbox.gitChecked(["fsck", "--strict", "--no-dangling"], in: repo)
        let verified = try verifyTag(ref, allowedSigners: signers, in: sandbox, repo: repo)
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(try sandbox.run("git", ["cat-file", "tag", id], in: repo).stdout == signed)

        let parsed = try TagObject.parse(bytes: signed)
        #expect(parsed.tag == tag)
        #expect(parsed.payload == tag.payload)
        #expect(try parsed.verifiedSignature(signedBy: alice.publicKey).publicKey == alice.publicKey)

        // The message edited, the signature kept.
        let edited = Array(
            String(decoding: signed, as: UTF8.self).replacingOccurrences(of: "support", with: "oppose").utf8)
        _ = try store(edited, at: "refs/endorsements/doc/alice/2", in: sandbox, repo: repo)
        let editedResult = try verifyTag(
            "refs/endorsements/doc/alice/2", allowedSigners: signers, in: sandbox, repo: repo)
        #expect(editedResult.status != 0)
        #expect(throws: TagObjectError.signature(.invalidSignature)) {
            try TagObject.parse(bytes: edited).verifiedSignature()
        }

        // Signed by a key that is not alice's.
        let forged = try tag.signed(with: NativeSigner(key: mallory))
        _ = try store(forged, at: "refs/endorsements/doc/alice/3", in: sandbox, repo: repo)
        let forgedResult = try verifyTag(
            "refs/endorsements/doc/alice/3", allowedSigners: signers, in: sandbox, repo: repo)
        #expect(forgedResult.status != 0)
        #expect(
            throws: TagObjectError.signature(
                .unexpectedKey(expected: alice.publicKey.fingerprint, found: mallory.publicKey.fingerprint))
        ) {
            try TagObject.parse(bytes: forged).verifiedSignature(signedBy: alice.publicKey)
        }
    }

    @Test("a tag signed by git itself parses and verifies natively")
    func gitSignedTag() throws {
        let sandbox = try Sandbox()
        let (repo, _) = try sandbox.makeRepository()
        let keyPath = try sandbox.makeKey("alice")
        try sandbox.gitChecked(
            ["-c", "gpg.format=ssh", "-c", "user.signingkey=\(keyPath)", "tag", "-s", "v1", "-m", "Signed by git"],
            in: repo)
        let bytes = try sandbox.run("git", ["cat-file", "tag", "v1"], in: repo).stdout
        let parsed = try TagObject.parse(bytes: bytes)
        #expect(parsed.tag.name == "v1")
        #expect(parsed.tag.message == "Signed by git\n")
        let key = try SSHPublicKey(line: try sandbox.read("alice.pub"))
        #expect(try parsed.verifiedSignature(signedBy: key).namespace == "git")
        #expect(parsed.payload + Array((parsed.signature?.armored ?? "").utf8) == bytes)
    }

    @Test("a signer returning a signature by another key is caught")
    func lyingSigner() throws {
        struct LyingSigner: Signer {
            let claimed: SSHPublicKey
            let actual: SSHPrivateKey
            var publicKey: SSHPublicKey { claimed }
            func sign(_ payload: [UInt8]) throws -> String {
                try SSHSignature.sign(message: payload, key: actual).armored
            }
        }
        let tag = try TagObject(object: String(repeating: "a", count: 40), name: "x", tagger: tagger(), message: "m")
        let signer = LyingSigner(claimed: SSHPrivateKey.generate().publicKey, actual: SSHPrivateKey.generate())
        #expect(throws: TagObjectError.self) { try tag.signed(with: signer) }
    }
}
