import Foundation
import LegisSignature
import Testing

@Suite("SSH public keys")
struct SSHPublicKeyTests {
    @Test("a key made by ssh-keygen parses, with the fingerprint ssh-keygen prints")
    func parsesSSHKeygenKey() throws {
        let sandbox = try Sandbox()
        let keyPath = try sandbox.makeKey("alice", comment: "alice@partner.example")
        let line = try sandbox.read("alice.pub")
        let key = try SSHPublicKey(line: line)
        #expect(key.comment == "alice@partner.example")
        #expect(key.authorizedKeyLine == line.trimmingCharacters(in: .whitespacesAndNewlines))
        let listed = try sandbox.runChecked("ssh-keygen", ["-l", "-E", "sha256", "-f", keyPath + ".pub"])
        let fields = listed.split(separator: " ")
        #expect(fields.count >= 2)
        #expect(key.fingerprint == String(fields[1]))
        #expect(try SSHPublicKey(wireBlob: key.wireBlob) == key)
    }

    @Test("another key type is rejected with an error naming the type")
    func rejectsOtherTypes() throws {
        let sandbox = try Sandbox()
        try sandbox.makeKey("ec", type: "ecdsa")
        let line = try sandbox.read("ec.pub")
        #expect(throws: SSHKeyError.unsupportedKeyType("ecdsa-sha2-nistp256")) { try SSHPublicKey(line: line) }
        let error = SSHKeyError.unsupportedKeyType("ecdsa-sha2-nistp256")
        #expect(error.description.contains("ecdsa-sha2-nistp256"))
        // The blob's own type counts, whatever the line claims.
        let fields = line.split(separator: " ")
        #expect(throws: SSHKeyError.unsupportedKeyType("ecdsa-sha2-nistp256")) {
            try SSHPublicKey(line: "ssh-ed25519 \(fields[1])")
        }
    }

    @Test(
        "malformed one-line keys are rejected",
        arguments: [
            "", "ssh-ed25519", "ssh-ed25519 not*base64", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI",
        ])
    func rejectsMalformedLines(line: String) {
        #expect(throws: SSHKeyError.self) { try SSHPublicKey(line: line) }
    }

    @Test("a 32-byte key gives the blob and line OpenSSH uses")
    func buildsFromRawKey() throws {
        let key = try SSHPublicKey(rawKey: [UInt8](repeating: 0x11, count: 32), comment: "k")
        #expect(key.wireBlob.count == 51)
        #expect(
            key.authorizedKeyLine
                == "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBERERERERERERERERERERERERERERERERERERERERER k")
        #expect(try SSHPublicKey(line: key.authorizedKeyLine).comment == "k")
        #expect(throws: SSHKeyError.self) { try SSHPublicKey(rawKey: [1, 2, 3]) }
        #expect(throws: SSHKeyError.self) { try SSHPublicKey(wireBlob: key.wireBlob + [0]) }
        #expect(throws: SSHKeyError.self) { try SSHPublicKey(wireBlob: Array(key.wireBlob.dropLast())) }
    }
}
