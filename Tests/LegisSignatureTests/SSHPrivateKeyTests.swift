import Foundation
import LegisSignature
import Testing

@Suite("OpenSSH private keys")
struct SSHPrivateKeyTests {
    @Test("an unencrypted key made by ssh-keygen parses and matches its public key")
    func parsesSSHKeygenKey() throws {
        let sandbox = try Sandbox()
        try sandbox.makeKey("alice", comment: "alice@partner.example")
        let key = try SSHPrivateKey(openSSHFormat: try sandbox.read("alice"))
        #expect(key.publicKey == (try SSHPublicKey(line: try sandbox.read("alice.pub"))))
        #expect(key.comment == "alice@partner.example")
    }

    @Test("an encrypted key gives .encrypted")
    func encryptedKey() throws {
        let sandbox = try Sandbox()
        try sandbox.makeKey("locked", passphrase: "secret")
        #expect(throws: SSHKeyError.encrypted) { try SSHPrivateKey(openSSHFormat: try sandbox.read("locked")) }
    }

    @Test("a private key of another type is rejected with its type")
    func otherType() throws {
        let sandbox = try Sandbox()
        try sandbox.makeKey("ec", type: "ecdsa")
        #expect(throws: SSHKeyError.unsupportedKeyType("ecdsa-sha2-nistp256")) {
            try SSHPrivateKey(openSSHFormat: try sandbox.read("ec"))
        }
    }

    @Test("a generated key is accepted by ssh-keygen -y and reads back")
    func generatedKeyIsAcceptedBySSHKeygen() throws {
        let sandbox = try Sandbox()
        let key = SSHPrivateKey.generate(comment: "generated@legis")
        let text = key.openSSHFormat
        let path = try sandbox.write("generated", text)
        let derived = try sandbox.runChecked("ssh-keygen", ["-y", "-f", path])
        #expect(derived.trimmingCharacters(in: .whitespacesAndNewlines) == key.publicKey.authorizedKeyLine)
        let reread = try SSHPrivateKey(openSSHFormat: text)
        #expect(reread.publicKey == key.publicKey)
        #expect(reread.comment == "generated@legis")
        #expect(text.split(separator: "\n").dropFirst().dropLast().allSatisfy { $0.count <= 70 })
    }

    @Test(
        "damaged key files are rejected",
        arguments: [
            "", "-----BEGIN OPENSSH PRIVATE KEY-----\n-----END OPENSSH PRIVATE KEY-----\n",
            "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU=\n-----END OPENSSH PRIVATE KEY-----\n",
            "-----BEGIN OPENSSH PRIVATE KEY-----\nbm90LWFuLW9wZW5zc2gta2V5\n-----END OPENSSH PRIVATE KEY-----\n",
            "-----BEGIN OPENSSH PRIVATE KEY-----\n!!!!\n-----END OPENSSH PRIVATE KEY-----\n",
        ])
    func damagedFiles(text: String) {
        #expect(throws: SSHKeyError.self) { try SSHPrivateKey(openSSHFormat: text) }
    }

    @Test("a key whose check integers differ is rejected")
    func checkIntegersDiffer() throws {
        let key = SSHPrivateKey.generate()
        let lines = key.openSSHFormat.split(separator: "\n")
        let body = lines.dropFirst().dropLast().joined()
        var blob = try #require(Data(base64Encoded: body)).map { $0 }
        // The private section starts after magic (15), "none" x2 (16), "" (4), count (4),
        // the public key (4 + 51) and the section length (4): its first check int follows.
        let firstCheck = 15 + 16 + 4 + 4 + 55 + 4
        blob[firstCheck] ^= 0xFF
        let damaged =
            "-----BEGIN OPENSSH PRIVATE KEY-----\n\(Data(blob).base64EncodedString())\n-----END OPENSSH PRIVATE KEY-----\n"
        #expect(throws: SSHKeyError.self) { try SSHPrivateKey(openSSHFormat: damaged) }
        do {
            _ = try SSHPrivateKey(openSSHFormat: damaged)
        } catch {
            #expect(error.description.contains("check integers"))
        }
    }
}
