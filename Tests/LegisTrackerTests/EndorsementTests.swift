import Foundation
import LegisGit
import LegisSignature
@testable import LegisTracker
import LegisTestSupport
import Testing

/// A workspace with the sample bill and three registered stakeholders.
struct EndorsementFixture {
    let folder: TemporaryFolder
    let workspace: Workspace
    let id: DocumentID
    let ngo = SSHPrivateKey.generate(comment: "ngo")
    let police = SSHPrivateKey.generate(comment: "police")
    let stranger = SSHPrivateKey.generate(comment: "stranger")

    init() throws {
        folder = try TemporaryFolder()
        workspace = try Samples.workspace(in: folder)
        id = try DocumentID("recruitment")
        try workspace.addStakeholder(
            id: "ngo-safe-home", name: "Safe Home <NGO>", category: .ngo, contact: "office@safe-home.example",
            publicKey: ngo.publicKey.authorizedKeyLine, author: tester)
        try workspace.addStakeholder(
            id: "police", name: "National Police", category: .police, contact: nil,
            publicKey: police.publicKey.authorizedKeyLine, author: tester)
    }

    func report(_ ref: EndorsementRef) throws -> EndorsementReport {
        try #require(try workspace.endorsements().first { $0.ref == ref.name })
    }

    /// Writes `bytes` as a tag object and points `ref` at it, as an attacker with write access could.
    func plant(_ bytes: [UInt8], at ref: String) throws {
        let object = try workspace.repository.writeObject(bytes, type: .tag)
        if let existing = try workspace.repository.reference(named: ref) {
            try workspace.repository.updateReference(name: ref, to: object, expected: existing.target)
        } else {
            try workspace.repository.createReference(name: ref, target: object, force: false, message: "plant")
        }
    }

    func tagBytes(_ ref: EndorsementRef) throws -> [UInt8] {
        let target = try #require(try workspace.repository.reference(named: ref.name)).target
        return try workspace.repository.readObject(target).bytes
    }

    /// git verify-tag with the registry's allowed_signers file.
    func gitVerifyTag(_ ref: String) throws -> ToolResult {
        let signers = try folder.write("allowed_signers", try workspace.allowedSigners())
        return try Git.run(["-c", "gpg.format=ssh", "-c", "gpg.ssh.allowedSignersFile=\(signers)", "verify-tag", ref], in: folder.path)
    }
}

@Suite("Endorsements")
struct EndorsementTests {
    @Test func aCurrentEndorsementVerifiesHereAndWithPlainGit() throws {
        let f = try EndorsementFixture()
        let ref = try f.workspace.endorse(f.id, as: "ngo-safe-home", signer: NativeSigner(key: f.ngo), stance: .support, statement: "We support it.")
        let report = try f.report(ref)
        #expect(report.status == .current, "\(report.reason)")
        #expect(report.stance == "support")
        #expect(report.statement == "We support it.")
        #expect(report.commit == (try f.workspace.revision(of: f.id).commit))  // the document's latest revision
        let git = try f.gitVerifyTag(ref.name)
        #expect(git.status == 0, "\(git.error)")
        #expect(git.error.contains("Good \"git\" signature for ngo-safe-home"))
        #expect(try Git.run(["fsck", "--strict"], in: f.folder.path).status == 0)
    }

    @Test func anEndorsementOfAnEarlierTextIsStaleAndNamesTheChanges() throws {
        let f = try EndorsementFixture()
        let ref = try f.workspace.endorse(f.id, revision: "consultation", as: "police", signer: NativeSigner(key: f.police), stance: .object)
        let report = try f.report(ref)
        #expect(report.status == .stale)
        #expect(report.changedProvisions.contains("art-4"), "\(report.changedProvisions)")
        #expect(report.drafts == ["consultation"])
    }

    @Test func aScopedEndorsementIsCurrentWhileItsProvisionsAreUnchanged() throws {
        let f = try EndorsementFixture()
        let unchanged = try f.workspace.endorse(f.id, revision: "~2", as: "police", signer: NativeSigner(key: f.police), stance: .support, scope: ["art-1"])
        #expect(try f.report(unchanged).status == .current)
        let changed = try f.workspace.endorse(f.id, revision: "~2", as: "police", signer: NativeSigner(key: f.police), stance: .support, scope: ["art-2/par-2"])
        let report = try f.report(changed)
        #expect(report.status == .stale)
        #expect(report.changedProvisions == ["art-2/par-2"])
        #expect(throws: LegisError.self) {
            try f.workspace.endorse(f.id, as: "police", signer: NativeSigner(key: f.police), stance: .support, scope: ["art-99"])
        }
    }

    @Test func aChangeOfLineWrappingLeavesEndorsementsCurrent() throws {
        let f = try EndorsementFixture()
        let whole = try f.workspace.endorse(f.id, as: "ngo-safe-home", signer: NativeSigner(key: f.ngo), stance: .support)
        let scoped = try f.workspace.endorse(f.id, as: "police", signer: NativeSigner(key: f.police), stance: .support, scope: ["art-1/par-1"])
        let file = f.folder.file(try f.workspace.path(of: f.id))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let rewrapped = text.replacingOccurrences(
            of: "licensing and supervision of labour\nrecruitment agencies.",
            with: "licensing and\nsupervision of labour recruitment agencies.")
        #expect(rewrapped != text)
        try rewrapped.write(toFile: file, atomically: true, encoding: .utf8)
        try f.workspace.save([f.id], message: "Rewrap Article 1", author: tester)
        for ref in [whole, scoped] {
            let report = try f.report(ref)
            #expect(report.status == .current, "\(report.reason)")
            #expect(report.reason.contains("wording"), "\(report.reason)")
        }
        // Line ends of any kind are whitespace; punctuation is wording.
        #expect(EndorsementVerifier.wording("shall be\r\nvoid.") == EndorsementVerifier.wording("shall\tbe void."))
        #expect(EndorsementVerifier.wording("shall be void.") != EndorsementVerifier.wording("shall be void;"))
        // A changed word does count, for both.
        try rewrapped.replacingOccurrences(of: "supervision of labour", with: "inspection of labour")
            .write(toFile: file, atomically: true, encoding: .utf8)
        try f.workspace.save([f.id], message: "Reword Article 1", author: tester)
        #expect(try f.report(whole).status == .stale)
        #expect(try f.report(whole).changedProvisions == ["art-1/par-1"])
        #expect(try f.report(scoped).status == .stale)
        #expect(try f.report(scoped).changedProvisions == ["art-1/par-1"])
    }

    @Test func aRevokedEndorsementIsReportedRevoked() throws {
        let f = try EndorsementFixture()
        let ref = try f.workspace.endorse(f.id, as: "police", signer: NativeSigner(key: f.police), stance: .support)
        try f.workspace.revokeEndorsement(ref.name, signer: NativeSigner(key: f.police), reason: "Signed too early")
        let report = try f.report(ref)
        #expect(report.status == .revoked)
        #expect(report.reason.contains("Signed too early"))
        // Another stakeholder cannot revoke it.
        let other = try f.workspace.endorse(f.id, as: "ngo-safe-home", signer: NativeSigner(key: f.ngo), stance: .support)
        #expect(throws: LegisError.self) { try f.workspace.revokeEndorsement(other.name, signer: NativeSigner(key: f.police)) }
        #expect(try f.report(other).status == .current)
    }

    @Test func anotherStakeholdersKeyOrAnUnregisteredKeyIsRefusedBeforeWriting() throws {
        let f = try EndorsementFixture()
        for key in [f.police, f.stranger] {
            let error = try #require(throws: LegisError.self, "a key not registered for the stakeholder signed") {
                try f.workspace.endorse(f.id, as: "ngo-safe-home", signer: NativeSigner(key: key), stance: .support)
            }
            #expect(error.message.contains("not registered"))
        }
        #expect(try f.workspace.repository.references(withPrefix: "refs/endorsements/").isEmpty)
        #expect(throws: LegisError.self) {
            try f.workspace.endorse(f.id, as: "nobody", signer: NativeSigner(key: f.stranger), stance: .support)
        }
    }

    @Test func anEditedMessageIsABadSignatureHereAndInGit() throws {
        let f = try EndorsementFixture()
        let ref = try f.workspace.endorse(f.id, as: "ngo-safe-home", signer: NativeSigner(key: f.ngo), stance: .support, statement: "We support it.")
        let edited = String(decoding: try f.tagBytes(ref), as: UTF8.self).replacingOccurrences(of: "Stance: support", with: "Stance: object")
        try f.plant(Array(edited.utf8), at: ref.name)
        let report = try f.report(ref)
        #expect(report.status == .invalid)
        #expect(report.reason.contains("bad signature"))
        #expect(try f.gitVerifyTag(ref.name).status != 0)
    }

    @Test func malformedArmorIsInvalidNotACrash() throws {
        let f = try EndorsementFixture()
        let ref = try f.workspace.endorse(f.id, as: "ngo-safe-home", signer: NativeSigner(key: f.ngo), stance: .support)
        var text = String(decoding: try f.tagBytes(ref), as: UTF8.self)
        let start = try #require(text.range(of: "-----BEGIN SSH SIGNATURE-----\n"))
        text.replaceSubrange(start.upperBound..<text.index(start.upperBound, offsetBy: 20), with: "!!!not base64 at all")
        try f.plant(Array(text.utf8), at: ref.name)
        let report = try f.report(ref)
        #expect(report.status == .invalid)
        #expect(!report.reason.isEmpty)
    }

    @Test func aSignatureByAKeyNobodyRegisteredIsInvalid() throws {
        let f = try EndorsementFixture()
        let ref = try f.workspace.endorse(f.id, as: "ngo-safe-home", signer: NativeSigner(key: f.ngo), stance: .support)
        let parsed = try TagObject.parse(bytes: try f.tagBytes(ref))
        try f.plant(try parsed.tag.signed(with: NativeSigner(key: f.stranger)), at: ref.name)
        let report = try f.report(ref)
        #expect(report.status == .invalid)
        #expect(report.reason.contains("not registered"))
        #expect(try f.gitVerifyTag(ref.name).status != 0)
    }

    @Test func anEndorsementCopiedOntoAnotherDocumentOrRevisionIsInvalid() throws {
        let f = try EndorsementFixture()
        try f.folder.write("documents/other.md", "# Other\n\n### Article 1\n\n(1) Text.\n")
        _ = try f.workspace.save([try DocumentID("other")], message: "Other", author: tester)
        let ref = try f.workspace.endorse(f.id, as: "ngo-safe-home", signer: NativeSigner(key: f.ngo), stance: .support)
        let bytes = try f.tagBytes(ref)
        try f.plant(bytes, at: "refs/endorsements/other/ngo-safe-home/1")
        let copied = try #require(try f.workspace.endorsements().first { $0.ref == "refs/endorsements/other/ngo-safe-home/1" })
        #expect(copied.status == .invalid)
        #expect(copied.reason.contains("copied"))

        // A tag re-signed by the right key but pointing at another commit than the one its message names.
        let parsed = try TagObject.parse(bytes: bytes)
        let older = try f.workspace.revision(of: f.id, "~2").commit
        let moved = try TagObject(object: older.hex, type: .commit, name: parsed.tag.name, tagger: parsed.tag.tagger, message: parsed.tag.message)
        try f.plant(try moved.signed(with: NativeSigner(key: f.ngo)), at: "refs/endorsements/recruitment/ngo-safe-home/2")
        let retargeted = try #require(try f.workspace.endorsements().first { $0.ref.hasSuffix("ngo-safe-home/2") })
        #expect(retargeted.status == .invalid)
        #expect(retargeted.reason.contains("not the signed commit"))
    }

    @Test func aWrongTextHashIsInvalid() throws {
        let f = try EndorsementFixture()
        let revision = try f.workspace.revision(of: f.id)
        let statement = try EndorsementStatement(
            document: f.id.rawValue, commit: revision.commit.hex, blob: revision.blob.hex,
            textSHA256: String(repeating: "ab", count: 32), stakeholder: "ngo-safe-home", stance: .support, statement: "", date: Date())
        let tag = try TagObject(
            object: revision.commit.hex, type: .commit, name: "endorsements/recruitment/ngo-safe-home/1",
            tagger: try Tagger(name: "Safe Home", email: "ngo-safe-home", date: Date()), message: statement.message)
        try f.plant(try tag.signed(with: NativeSigner(key: f.ngo)), at: "refs/endorsements/recruitment/ngo-safe-home/1")
        let report = try #require(try f.workspace.endorsements().first)
        #expect(report.status == .invalid)
        #expect(report.reason.contains("text hash mismatch"))
    }

    @Test func revokedKeysExpiredKeysAndUnknownOrBrokenStakeholdersMakeEndorsementsInvalid() throws {
        let f = try EndorsementFixture()
        let byNGO = try f.workspace.endorse(f.id, as: "ngo-safe-home", signer: NativeSigner(key: f.ngo), stance: .support)
        let byPolice = try f.workspace.endorse(
            f.id, as: "police", signer: NativeSigner(key: f.police), stance: .support, date: Date(timeIntervalSince1970: 1_700_000_000))
        try f.workspace.revokeKey(of: "ngo-safe-home", key: f.ngo.publicKey.fingerprint, author: tester)
        #expect(try f.report(byNGO).reason.contains("revoked"))
        #expect(try f.report(byNGO).status == .invalid)
        #expect(throws: LegisError.self) { try f.workspace.endorse(f.id, as: "ngo-safe-home", signer: NativeSigner(key: f.ngo), stance: .support) }

        // The police key is limited to 2025 after the fact: the 2023 signature is outside it.
        let police = try f.workspace.stakeholder("police")
        var limited = police
        limited.keys[0].validFrom = Stakeholder.day("2025-01-01")
        try f.workspace.commit([.write(path: "stakeholders/police.yml", contents: Array(limited.yaml.utf8), executable: false)], message: "Limit", author: tester)
        #expect(try f.report(byPolice).reason.contains("not valid on the signing date"))

        // Garbage in the stakeholder file: reported, not a crash; the rest still verifies.
        try f.workspace.commit([.write(path: "stakeholders/police.yml", contents: Array("id: [unclosed\n\u{0}".utf8), executable: false)], message: "Break", author: tester)
        let broken = try f.report(byPolice)
        #expect(broken.status == .invalid)
        #expect(broken.reason.contains("stakeholder file"))
        #expect(try f.workspace.stakeholderRegistry().problems["police"] != nil)

        // Unknown stakeholder: the file is gone.
        try f.workspace.commit([.delete(path: "stakeholders/police.yml")], message: "Remove", author: tester)
        #expect(try f.report(byPolice).reason.contains("unknown stakeholder"))
    }

    @Test func aRemovedDocumentOrAMissingCommitIsInvalid() throws {
        let f = try EndorsementFixture()
        let ref = try f.workspace.endorse(f.id, as: "ngo-safe-home", signer: NativeSigner(key: f.ngo), stance: .support)
        try f.workspace.commit([.delete(path: "documents/recruitment.md")], message: "Withdraw the bill", author: tester)
        let report = try f.report(ref)
        #expect(report.status == .invalid)
        #expect(report.reason.contains("missing"))
    }

    @Test func aSignatureMadeBySSHKeygenIsAccepted() throws {
        let f = try EndorsementFixture()
        let keyFile = f.folder.file("keygen-key")
        let made = try Tool.run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "keygen", "-f", keyFile], in: f.folder.path)
        #expect(made.status == 0)
        try f.workspace.addKey(to: "police", publicKey: try f.folder.read("keygen-key.pub"), author: tester)
        let signer = try SSHKeygenSigner(keyPath: keyFile)
        let ref = try f.workspace.endorse(f.id, as: "police", signer: signer, stance: .supportWithReservations, statement: "Signed with ssh-keygen.")
        #expect(try f.report(ref).status == .current)
        #expect(try f.gitVerifyTag(ref.name).status == 0)
        // The same key file works through the key-file entry point (read natively).
        let again = try f.workspace.endorse(f.id, as: "police", keyFile: keyFile, stance: .support)
        #expect(try f.report(again).status == .current)
    }

    @Test func anEncryptedKeyIsLeftToSSHKeygen() throws {
        let f = try EndorsementFixture()
        let key = f.folder.file("secret-key")
        #expect(try Tool.run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "correct horse", "-f", key], in: f.folder.path).status == 0)
        // Legis does not read an encrypted key: it delegates to ssh-keygen (agent, passphrase prompt).
        let signer = try Workspace.signer(forKeyFile: key)
        #expect(signer is SSHKeygenSigner)
        #expect(signer.publicKey == (try SSHPublicKey(line: try f.folder.read("secret-key.pub"))))
    }

    @Test func stakeholderInputIsChecked() throws {
        let f = try EndorsementFixture()
        #expect(throws: LegisError.self) {
            try f.workspace.addStakeholder(id: "Bad Id", name: "x", category: .ngo, contact: nil, publicKey: f.stranger.publicKey.authorizedKeyLine, author: tester)
        }
        #expect(throws: LegisError.self) {
            try f.workspace.addStakeholder(id: "ok-id", name: "x", category: .ngo, contact: nil, publicKey: "ssh-rsa AAAAB3Nza garbage", author: tester)
        }
        #expect(throws: LegisError.self) {
            try f.workspace.addStakeholder(id: "police", name: "x", category: .ngo, contact: nil, publicKey: f.stranger.publicKey.authorizedKeyLine, author: tester)
        }
        let signers = try f.workspace.allowedSigners()
        #expect(signers.contains("ngo-safe-home namespaces=\"git\" ssh-ed25519 "))
        #expect(signers.split(separator: "\n").count == 2)
    }
}
