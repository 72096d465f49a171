import Foundation
import LegisSignature
import Testing

@Suite("Signed commit objects, as git writes them")
struct SignedCommitObjectTests {
    @Test("a commit signed by git with an SSH key splits into the payload git signed and a signature that verifies")
    func gitSignedCommitVerifies() throws {
        let sandbox = try Sandbox()
        let (repo, _) = try sandbox.makeRepository()
        let key = try sandbox.makeKey("secretariat")
        try sandbox.gitChecked(
            [
                "-c", "gpg.format=ssh", "-c", "user.signingkey=\(key)", "commit", "-q", "-S", "--allow-empty", "-m",
                "Register a stakeholder\n\nWith a body.",
            ], in: repo)
        let bytes = try sandbox.run("git", ["cat-file", "commit", "HEAD"], in: repo).stdout
        let parsed = try SignedCommitObject.parse(bytes: bytes)
        let signature = try #require(parsed.validSignature)
        let publicKey = try SSHPublicKey(line: try sandbox.read("secretariat.pub"))
        #expect(signature.publicKey == publicKey)
        #expect(!String(decoding: parsed.payload, as: UTF8.self).contains("gpgsig"))
        #expect(String(decoding: parsed.payload, as: UTF8.self).hasSuffix("Register a stakeholder\n\nWith a body.\n"))

        // The same commit with one byte of its message changed no longer verifies.
        var edited = bytes
        let index = try #require(edited.lastIndex(of: UInt8(ascii: "W")))
        edited[index] = UInt8(ascii: "w")
        #expect(try SignedCommitObject.parse(bytes: edited).validSignature == nil)
    }

    @Test("an unsigned commit has no signature; a PGP one is named, not read")
    func unsignedAndPGP() throws {
        let sandbox = try Sandbox()
        let (repo, _) = try sandbox.makeRepository()
        let bytes = try sandbox.run("git", ["cat-file", "commit", "HEAD"], in: repo).stdout
        let parsed = try SignedCommitObject.parse(bytes: bytes)
        #expect(parsed.signature == nil)
        #expect(parsed.payload == bytes)
        let pgp = Array(
            "tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\nauthor A <a> 1 +0000\ncommitter A <a> 1 +0000\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n abc\n -----END PGP SIGNATURE-----\n\nmsg\n"
                .utf8)
        let parsedPGP = try SignedCommitObject.parse(bytes: pgp)
        #expect(parsedPGP.signature == nil)
        #expect(parsedPGP.otherSignatureKind == "PGP")
    }
}
