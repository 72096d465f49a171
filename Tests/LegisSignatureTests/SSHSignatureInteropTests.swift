import Foundation
import LegisSignature
import Testing

@Suite("SSHSIG against ssh-keygen")
struct SSHSignatureInteropTests {
    let message = Array("Article 1. Trafficking in human beings is prohibited.\n".utf8)

    @Test("a native signature verifies with ssh-keygen -Y verify")
    func nativeVerifiesWithSSHKeygen() throws {
        let sandbox = try Sandbox()
        try sandbox.makeKey("alice")
        let key = try SSHPrivateKey(openSSHFormat: try sandbox.read("alice"))
        let signature = try SSHSignature.sign(message: message, key: key)
        try sandbox.write("payload.sig", signature.armored)
        let signers = try AllowedSigners.Entry(principal: "alice", key: key.publicKey).line + "\n"
        try sandbox.write("allowed_signers", signers)
        let verify = [
            "-Y", "verify", "-n", "git", "-I", "alice", "-f", sandbox.path("allowed_signers"), "-s",
            sandbox.path("payload.sig"),
        ]
        let result = try sandbox.run("ssh-keygen", verify, input: message)
        #expect(result.status == 0, "\(result.stderr)")
        // The same signature over another message is refused by ssh-keygen.
        let tampered = try sandbox.run("ssh-keygen", verify, input: message + [0x21])
        #expect(tampered.status != 0)
    }

    @Test("a signature by ssh-keygen -Y sign verifies natively")
    func sshKeygenVerifiesNatively() throws {
        let sandbox = try Sandbox()
        let keyPath = try sandbox.makeKey("alice")
        let payloadPath = try sandbox.write("payload", message)
        try sandbox.runChecked("ssh-keygen", ["-q", "-Y", "sign", "-n", "git", "-f", keyPath, payloadPath])
        let armored = try sandbox.read("payload.sig")
        let signature = try SSHSignature.parse(armored: armored)
        let expectedKey = try SSHPublicKey(line: try sandbox.read("alice.pub"))
        #expect(signature.publicKey == expectedKey)
        #expect(signature.namespace == "git")
        #expect(signature.hashAlgorithm == .sha512)
        #expect(signature.verify(message: message, namespace: "git"))
        try signature.check(message: message, namespace: "git", signedBy: expectedKey)
        #expect(!signature.verify(message: message + [0x0A], namespace: "git"))
        #expect(signature.armored == armored)
    }

    @Test("a signature for another namespace is rejected with its reason")
    func wrongNamespace() throws {
        let sandbox = try Sandbox()
        let keyPath = try sandbox.makeKey("alice")
        let payloadPath = try sandbox.write("payload", message)
        try sandbox.runChecked("ssh-keygen", ["-q", "-Y", "sign", "-n", "file", "-f", keyPath, payloadPath])
        let signature = try SSHSignature.parse(armored: try sandbox.read("payload.sig"))
        #expect(!signature.verify(message: message, namespace: "git"))
        #expect(throws: SSHSignatureError.namespaceMismatch(expected: "git", found: "file")) {
            try signature.check(message: message, namespace: "git")
        }
        #expect(signature.verify(message: message, namespace: "file"))
    }

    @Test("a signature by another stakeholder's key is rejected with its reason")
    func otherStakeholdersKey() throws {
        let alice = SSHPrivateKey.generate(comment: "alice")
        let mallory = SSHPrivateKey.generate(comment: "mallory")
        let signature = try SSHSignature.sign(message: message, key: mallory)
        #expect(signature.verify(message: message))
        #expect(
            throws: SSHSignatureError.unexpectedKey(
                expected: alice.publicKey.fingerprint, found: mallory.publicKey.fingerprint)
        ) {
            try signature.check(message: message, signedBy: alice.publicKey)
        }
    }

    @Test("ssh-keygen rejects a native signature checked against another principal's key")
    func sshKeygenRejectsOtherKey() throws {
        let sandbox = try Sandbox()
        let alice = SSHPrivateKey.generate()
        let mallory = SSHPrivateKey.generate()
        try sandbox.write("payload.sig", try SSHSignature.sign(message: message, key: mallory).armored)
        try sandbox.write(
            "allowed_signers", try AllowedSigners.Entry(principal: "alice", key: alice.publicKey).line + "\n")
        let result = try sandbox.run(
            "ssh-keygen",
            [
                "-Y", "verify", "-n", "git", "-I", "alice", "-f", sandbox.path("allowed_signers"), "-s",
                sandbox.path("payload.sig"),
            ],
            input: message)
        #expect(result.status != 0)
    }

    @Test("a tampered signature fails with invalidSignature")
    func tamperedSignature() throws {
        let key = SSHPrivateKey.generate()
        let signature = try SSHSignature.sign(message: message, key: key)
        var raw = signature.rawSignature
        raw[10] ^= 1
        let tampered = SSHSignature(
            publicKey: key.publicKey, namespace: "git", hashAlgorithm: .sha512, rawSignature: raw)
        #expect(throws: SSHSignatureError.invalidSignature) { try tampered.check(message: message) }
        let reparsed = try SSHSignature.parse(armored: tampered.armored)
        #expect(!reparsed.verify(message: message))
    }

    @Test("signing with an empty namespace is refused")
    func emptyNamespace() {
        #expect(throws: SSHSignatureError.self) {
            try SSHSignature.sign(message: [], key: SSHPrivateKey.generate(), namespace: "")
        }
    }
}
