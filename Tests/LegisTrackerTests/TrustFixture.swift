import Foundation
import LegisGit
import LegisSignature
import LegisTestSupport
import Testing

@testable import LegisTracker

/// A workspace with a trust root, the sample bill, and two registered stakeholders.
///
/// The secretariat's key is the trust root; `alice` and `police` are registered. Keys are real
/// ssh-keygen files, so plain git can sign with them too. `mallory` is the attacker: her key is
/// registered nowhere, and she can run any git command in the repository.
struct TrustFixture {
    let folder: TemporaryFolder
    let keys: TemporaryFolder
    let id: DocumentID
    let secretariatKey: String
    let aliceKey: String
    let policeKey: String
    let malloryKey: String
    let root: ObjectID

    init() throws {
        id = try DocumentID("recruitment")
        folder = try TemporaryFolder()
        keys = try TemporaryFolder()
        _ = try Samples.workspace(in: folder)
        secretariatKey = try Self.keygen("secretariat", in: keys)
        aliceKey = try Self.keygen("alice", in: keys)
        policeKey = try Self.keygen("police", in: keys)
        malloryKey = try Self.keygen("mallory", in: keys)
        let workspace = try Workspace.open(at: folder.path)
        let secretary = try Workspace.signer(forKeyFile: secretariatKey)
        root = try workspace.establishTrustRoot(
            secretariat: "secretariat", name: "Working Group Secretariat", signer: secretary, author: tester)
        try workspace.addStakeholder(
            id: "alice", name: "Alice Association", category: .ngo, contact: nil,
            publicKey: try keys.read("alice.pub"), author: tester, signer: secretary)
        try workspace.addStakeholder(
            id: "police", name: "National Police", category: .police, contact: nil,
            publicKey: try keys.read("police.pub"), author: tester, signer: secretary)
    }

    static func keygen(_ name: String, in folder: TemporaryFolder) throws -> String {
        let path = folder.file(name)
        let made = try Tool.run(
            "ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", name, "-f", path], in: folder.path)
        guard made.status == 0 else { throw LegisError(.io, "ssh-keygen failed: \(made.error)") }
        return path
    }

    func signer(_ key: String) throws -> any Signer { try Workspace.signer(forKeyFile: key) }

    /// A fresh handle on the workspace, as the next command would open it.
    var workspace: Workspace { get throws { try Workspace.open(at: folder.path) } }

    /// Runs plain git in the workspace, as the attacker does; it must succeed.
    @discardableResult
    func git(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws -> String {
        let result = try Tool.run(
            "git", ["-c", "user.name=Mallory", "-c", "user.email=mallory@attacker.example"] + arguments,
            in: folder.path, input: input, environment: environment)
        guard result.status == 0 else {
            throw LegisError(.repository, "git \(arguments.joined(separator: " ")) failed: \(result.error)")
        }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// git, signing with `key` (gpg.format=ssh).
    @discardableResult
    func git(signingWith key: String, _ arguments: [String], environment: [String: String] = [:]) throws -> String {
        try git(["-c", "gpg.format=ssh", "-c", "user.signingkey=\(key)"] + arguments, environment: environment)
    }

    func endorse(as stakeholder: String = "alice", key: String? = nil, revision: String? = nil) throws -> EndorsementRef
    {
        try workspace.endorse(
            id, revision: revision, as: stakeholder, signer: try signer(key ?? aliceKey), stance: .support,
            statement: "We support it.")
    }

    func report(_ ref: String) throws -> EndorsementReport {
        try #require(try workspace.endorsements().first { $0.ref == ref }, "no report for \(ref)")
    }

    /// Signs an endorsement statement with plain `git tag -s` and `key`, dated `date`, and points
    /// `ref` at it: what a stakeholder (or someone holding a key) can do without Legis.
    @discardableResult
    func forgeEndorsement(
        ref: String, stakeholder: String = "alice", key: String, date: Date, revision: String? = nil
    ) throws -> String {
        let target = try workspace.revision(of: id, revision)
        let bytes = try workspace.repository.blob(target.blob)
        let statement = try EndorsementStatement(
            document: id.rawValue, commit: target.commit.hex, blob: target.blob.hex,
            textSHA256: Workspace.sha256Hex(bytes), stakeholder: stakeholder, stance: .support,
            statement: "Forged.", date: date)
        let message = try keys.write("message-\(UUID().uuidString)", statement.message)
        let name = String(ref.dropFirst("refs/".count))
        let timestamp = Int(date.timeIntervalSince1970)
        try git(
            signingWith: key, ["tag", "-s", "--cleanup=verbatim", "-F", message, name, target.commit.hex],
            environment: ["GIT_COMMITTER_DATE": "@\(timestamp) +0000"])
        let object = try git(["rev-parse", "refs/tags/\(name)"])
        try git(["update-ref", ref, object])
        try git(["update-ref", "-d", "refs/tags/\(name)"])
        return object
    }

    /// Commits `contents` at `path` with plain git, unsigned or signed with `key`.
    func commitFile(_ path: String, _ contents: String, message: String, signedWith key: String? = nil) throws {
        _ = try folder.write(path, contents)
        try git(["add", path])
        if let key {
            try git(signingWith: key, ["commit", "-q", "-S", "-m", message])
        } else {
            try git(["commit", "-q", "-m", message])
        }
    }

    /// The stakeholder file of alice with `extra` appended to its keys.
    func aliceFile(adding key: String) throws -> String {
        let current = try folder.read("stakeholders/alice.yml")
        return current + "  - key: \"\(try keys.read(key + ".pub").trimmingCharacters(in: .whitespacesAndNewlines))\"\n"
    }
}
