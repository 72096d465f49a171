import Foundation
import LegisSignature
import Testing

@Suite("SSHSIG armor and blob")
struct SSHSignatureArmorTests {
    let key = SSHPrivateKey.generate()
    let message = Array("payload\n".utf8)

    func body(of armored: String) -> String {
        armored.split(separator: "\n").dropFirst().dropLast().joined()
    }

    func armor(_ body: String, width: Int) -> String {
        var lines = ["-----BEGIN SSH SIGNATURE-----"]
        var rest = Substring(body)
        while !rest.isEmpty {
            lines.append(String(rest.prefix(width)))
            rest = rest.dropFirst(width)
        }
        lines.append("-----END SSH SIGNATURE-----")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A blob like a real one, with fields replaceable.
    func blob(
        magic: String = "SSHSIG", version: UInt32 = 1, keyType: String = "ssh-ed25519", namespace: String = "git",
        hash: String = "sha512", trailing: [UInt8] = []
    ) -> String {
        var publicKey = Wire()
        publicKey.string(keyType)
        publicKey.string([UInt8](repeating: 7, count: 32))
        var signature = Wire()
        signature.string(keyType)
        signature.string([UInt8](repeating: 9, count: 64))
        var wire = Wire()
        wire.raw(Array(magic.utf8))
        wire.uint32(version)
        wire.string(publicKey.bytes)
        wire.string(namespace)
        wire.string([UInt8]())
        wire.string(hash)
        wire.string(signature.bytes)
        wire.raw(trailing)
        return armor(Data(wire.bytes).base64EncodedString(), width: 70)
    }

    @Test("armor is wrapped at 70 columns, with a final line feed, and reads back")
    func armorLayout() throws {
        let signature = try SSHSignature.sign(message: message, key: key)
        let armored = signature.armored
        let lines = armored.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "-----BEGIN SSH SIGNATURE-----")
        #expect(lines.dropLast().last == "-----END SSH SIGNATURE-----")
        #expect(lines.last == "")
        #expect(lines.dropFirst().dropLast(2).dropLast().allSatisfy { $0.count == 70 })
        #expect(try SSHSignature.parse(armored: armored) == signature)
    }

    @Test("76-column, 64-column and one-line bodies are accepted", arguments: [76, 64, 10_000])
    func otherWrappings(width: Int) throws {
        let signature = try SSHSignature.sign(message: message, key: key)
        let rewrapped = armor(body(of: signature.armored), width: width)
        let parsed = try SSHSignature.parse(armored: rewrapped)
        #expect(parsed == signature)
        #expect(parsed.verify(message: message))
        // Without the final line feed too.
        #expect(try SSHSignature.parse(armored: String(rewrapped.dropLast())) == signature)
    }

    @Test(
        "malformed armor is rejected with its reason",
        arguments: [
            ("", "first line"), ("-----BEGIN SSH SIGNATURE-----\n", "last line"),
            ("-----BEGIN SSH SIGNATURE-----\n-----END SSH SIGNATURE-----\n", "last line"),
            ("-----BEGIN PGP SIGNATURE-----\nAAAA\n-----END PGP SIGNATURE-----\n", "first line"),
            ("-----BEGIN SSH SIGNATURE-----\nAAAA\n-----END SSH SIGNATURE-----\ntrailing\n", "last line"),
            ("-----BEGIN SSH SIGNATURE-----\nAAAA\n\nAAAA\n-----END SSH SIGNATURE-----\n", "empty"),
            ("-----BEGIN SSH SIGNATURE-----\nAAAAAAAA\nAAAAAAAAAAAA\n-----END SSH SIGNATURE-----\n", "characters"),
            ("-----BEGIN SSH SIGNATURE-----\r\nAAAA\r\n-----END SSH SIGNATURE-----\r\n", "carriage"),
        ])
    func malformedArmor(text: String, reason: String) {
        do {
            _ = try SSHSignature.parse(armored: text)
            Issue.record("accepted malformed armor")
        } catch {
            guard case .malformedArmor(let found) = error else {
                Issue.record("expected malformedArmor, got \(error)")
                return
            }
            #expect(found.contains(reason))
        }
    }

    @Test("truncated or damaged base64 is rejected")
    func truncatedBase64() throws {
        let armored = try SSHSignature.sign(message: message, key: key).armored
        let full = body(of: armored)
        #expect(throws: SSHSignatureError.invalidBase64) {
            try SSHSignature.parse(armored: armor(String(full.dropLast()), width: 70))
        }
        #expect(throws: SSHSignatureError.invalidBase64) {
            try SSHSignature.parse(armored: armor("*" + full.dropFirst(), width: 70))
        }
        // Whole base64 groups missing: the blob itself is cut short.
        #expect(throws: SSHSignatureError.self) {
            try SSHSignature.parse(armored: armor(String(full.dropLast(8)), width: 70))
        }
    }

    @Test("a blob of the expected shape with an invalid signature parses but does not verify")
    func blobShape() throws {
        let parsed = try SSHSignature.parse(armored: blob())
        #expect(parsed.namespace == "git")
        #expect(!parsed.verify(message: message))
    }

    @Test("wrong magic, version, hash, key type or trailing bytes are rejected")
    func badBlobs() {
        #expect(throws: SSHSignatureError.badMagic) { try SSHSignature.parse(armored: blob(magic: "SSHSIX")) }
        #expect(throws: SSHSignatureError.unsupportedVersion(2)) { try SSHSignature.parse(armored: blob(version: 2)) }
        #expect(throws: SSHSignatureError.unsupportedHashAlgorithm("sha1")) {
            try SSHSignature.parse(armored: blob(hash: "sha1"))
        }
        #expect(throws: SSHSignatureError.unsupportedKeyType("ssh-rsa")) {
            try SSHSignature.parse(armored: blob(keyType: "ssh-rsa"))
        }
        #expect(throws: SSHSignatureError.trailingData(count: 3)) {
            try SSHSignature.parse(armored: blob(trailing: [1, 2, 3]))
        }
    }

    @Test("a sha256 signature made by ssh-keygen verifies")
    func sha256() throws {
        let sandbox = try Sandbox()
        let path = try sandbox.write("key", key.openSSHFormat)
        let payload = try sandbox.write("payload", message)
        let result = try sandbox.run(
            "ssh-keygen", ["-q", "-Y", "sign", "-n", "git", "-O", "hashalg=sha256", "-f", path, payload])
        #expect(result.status == 0, "\(result.stderr)")
        let signature = try SSHSignature.parse(armored: try sandbox.read("payload.sig"))
        #expect(signature.hashAlgorithm == .sha256)
        #expect(signature.verify(message: message))
        #expect(!signature.verify(message: message + [0]))
    }
}
