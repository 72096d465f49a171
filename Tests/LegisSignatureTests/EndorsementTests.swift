import Foundation
import LegisSignature
import Testing

@Suite("Endorsements end to end")
struct EndorsementTests {
    func statement(commit: String, stakeholder: String = "alice", text: String = "We support this.") throws
        -> EndorsementStatement
    {
        try EndorsementStatement(
            document: "doc", commit: commit, blob: String(repeating: "b", count: 40),
            textSHA256: EndorsementStatement.textDigest(of: "Article 1."), stakeholder: stakeholder, stance: .support,
            statement: text, date: Date(timeIntervalSince1970: 1_740_000_000))
    }

    @Test("an endorsement written to git verifies with git and natively; a forged one fails both")
    func endToEnd() throws {
        let sandbox = try Sandbox()
        let (repo, commit) = try sandbox.makeRepository()
        let alice = SSHPrivateKey.generate(comment: "alice")
        let bob = SSHPrivateKey.generate(comment: "bob")
        let signers = try sandbox.write(
            "allowed_signers",
            AllowedSigners(entries: [
                try .init(principal: "alice", key: alice.publicKey), try .init(principal: "bob", key: bob.publicKey),
            ]).text)
        let ref = "refs/endorsements/doc/alice/1"
        let tag = try Endorsement.tagObject(
            for: statement(commit: commit, text: "Line 1\nStance: object\n<script>"),
            tagName: "endorsements/doc/alice/1",
            taggerName: "Alice",
            taggerEmail: "alice@partner.example")
        let bytes = try tag.signed(with: NativeSigner(key: alice))
        let id = try sandbox.gitChecked(["hash-object", "-t", "tag", "-w", "--stdin"], input: bytes, in: repo)
        try sandbox.gitChecked(["update-ref", ref, id], in: repo)
        try sandbox.gitChecked(["fsck", "--strict", "--no-dangling"], in: repo)
        let verified = try sandbox.git(
            ["-c", "gpg.format=ssh", "-c", "gpg.ssh.allowedSignersFile=\(signers)", "verify-tag", ref], in: repo)
        #expect(verified.status == 0, "\(verified.stderr)")

        let endorsement = try Endorsement.verify(
            tagBytes: bytes, tagName: "endorsements/doc/alice/1", signedBy: alice.publicKey)
        #expect(endorsement.statement.commit == commit)
        #expect(endorsement.statement.statement == "Line 1\nStance: object\n<script>")
        #expect(endorsement.signer == alice.publicKey)

        // Bob signs a statement in alice's name: git accepts bob's key as a valid signer (it is
        // listed), so the binding of key to stakeholder is checked natively with signedBy.
        let forged = try tag.signed(with: NativeSigner(key: bob))
        #expect(throws: EndorsementError.self) {
            try Endorsement.verify(tagBytes: forged, signedBy: alice.publicKey)
        }
        // Under another ref name the tag's own name no longer matches.
        #expect(throws: EndorsementError.self) {
            try Endorsement.verify(tagBytes: bytes, tagName: "endorsements/doc/alice/2")
        }
    }

    @Test("a tag pointing at another commit than its statement is inconsistent")
    func otherCommit() throws {
        let key = SSHPrivateKey.generate()
        let statement = try statement(commit: String(repeating: "1", count: 40))
        let tag = try TagObject(
            object: String(repeating: "2", count: 40), name: "endorsements/doc/alice/1",
            tagger: Tagger(name: "A", email: "a@example.org", timestamp: statement.timestamp),
            message: statement.message)
        let bytes = try tag.signed(with: NativeSigner(key: key))
        #expect {
            try Endorsement.verify(tagBytes: bytes)
        } throws: { error in
            guard case EndorsementError.inconsistent = error else { return false }
            return true
        }
    }

    @Test("a tag dated otherwise than its statement is inconsistent")
    func otherDate() throws {
        let key = SSHPrivateKey.generate()
        let commit = String(repeating: "1", count: 40)
        let statement = try statement(commit: commit)
        let tag = try TagObject(
            object: commit, name: "endorsements/doc/alice/1",
            tagger: Tagger(name: "A", email: "a@example.org", timestamp: statement.timestamp - 86_400),
            message: statement.message)
        let bytes = try tag.signed(with: NativeSigner(key: key))
        #expect(throws: EndorsementError.self) { try Endorsement.verify(tagBytes: bytes) }
    }

    @Test("a batch verifies in order and reports each failure")
    func batch() async throws {
        let key = SSHPrivateKey.generate()
        var tags: [[UInt8]] = []
        for index in 0..<600 {
            let stakeholder = "s\(index)"
            let tag = try Endorsement.tagObject(
                for: statement(commit: String(repeating: "1", count: 40), stakeholder: stakeholder),
                tagName: "endorsements/doc/\(stakeholder)/1",
                taggerName: "A", taggerEmail: "a@b")
            tags.append(try tag.signed(with: NativeSigner(key: key)))
        }
        tags[17] = Array(
            String(decoding: tags[17], as: UTF8.self).replacingOccurrences(of: "support", with: "object").utf8)
        let results = await Endorsement.verify(batch: tags)
        #expect(results.count == 600)
        for (index, result) in results.enumerated() {
            switch result {
            case .success(let endorsement):
                #expect(index != 17)
                #expect(endorsement.statement.stakeholder == "s\(index)")
            case .failure:
                #expect(index == 17)
            }
        }
    }
}
