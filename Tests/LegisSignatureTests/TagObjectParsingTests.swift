import LegisSignature
import Testing

@Suite("Tag object building and parsing")
struct TagObjectParsingTests {
    let commit = "0123456789abcdef0123456789abcdef01234567"

    func tagger() throws -> Tagger {
        try Tagger(name: "Alice", email: "alice@example.org", timestamp: 1_700_000_000, utcOffsetMinutes: -330)
    }

    @Test("the payload has git's layout")
    func layout() throws {
        let tag = try TagObject(object: commit, name: "endorsements/doc/alice/1", tagger: tagger(), message: "Text")
        let expected = """
            object \(commit)
            type commit
            tag endorsements/doc/alice/1
            tagger Alice <alice@example.org> 1700000000 -0530

            Text

            """
        #expect(tag.payload == Array(expected.utf8))
    }

    @Test("invalid fields are refused when building")
    func invalidFields() throws {
        let tagger = try tagger()
        #expect(throws: TagObjectError.self) { try TagObject(object: "xyz", name: "n", tagger: tagger, message: "") }
        #expect(throws: TagObjectError.self) {
            try TagObject(object: commit.uppercased(), name: "n", tagger: tagger, message: "")
        }
        #expect(throws: TagObjectError.self) { try TagObject(object: commit, name: "a b", tagger: tagger, message: "") }
        #expect(throws: TagObjectError.self) {
            try TagObject(object: commit, name: "n", tagger: tagger, message: "x\n-----BEGIN SSH SIGNATURE-----\n")
        }
        #expect(throws: TagObjectError.self) {
            try TagObject(object: commit, name: "n", tagger: tagger, message: "x\r\n-----BEGIN PGP SIGNATURE-----\n")
        }
        #expect(throws: TagObjectError.self) { try Tagger(name: "A <b>", email: "e", timestamp: 0) }
        #expect(throws: TagObjectError.self) { try Tagger(name: "", email: "e", timestamp: 0) }
        #expect(throws: TagObjectError.self) { try Tagger(name: "A", email: "e\n", timestamp: 0) }
        #expect(throws: TagObjectError.self) { try Tagger(name: "A", email: "e", timestamp: -1) }
    }

    @Test(
        "malformed objects are rejected with typed errors",
        arguments: [
            "",
            "object 0123\ntype commit\ntag n\ntagger A <e> 1 +0000\n\nm\n",
            "type commit\nobject 0123456789abcdef0123456789abcdef01234567\ntag n\ntagger A <e> 1 +0000\n\nm\n",
            "object 0123456789abcdef0123456789abcdef01234567\ntype commit\ntag n\ntagger A <e> 1 +0000\nextra x\n\nm\n",
            "object 0123456789abcdef0123456789abcdef01234567\ntype car\ntag n\ntagger A <e> 1 +0000\n\nm\n",
            "object 0123456789abcdef0123456789abcdef01234567\ntype commit\ntag n\ntagger A <e> 01 +0000\n\nm\n",
            "object 0123456789abcdef0123456789abcdef01234567\ntype commit\ntag n\ntagger A <e> 1 +000\n\nm\n",
            "object 0123456789abcdef0123456789abcdef01234567\ntype commit\ntag n\ntagger A<e> 1 +0000\n\nm\n",
            "object 0123456789abcdef0123456789abcdef01234567\ntype commit\ntag n\ntagger A <e> 1 +0000\n\nno final line feed",
            "object 0123456789abcdef0123456789abcdef01234567\ntype commit\ntag n\ntagger A <e> 1 +0000\n",
            "object 0123456789abcdef0123456789abcdef01234567\ntype commit\ntag n\ntagger A <e> 1 +0000\n\nm\n"
                + "-----BEGIN PGP SIGNATURE-----\nAAAA\n-----END PGP SIGNATURE-----\n",
            "object 0123456789abcdef0123456789abcdef01234567\ntype commit\ntag n\ntagger A <e> 1 +0000\n\nm\n"
                + "-----BEGIN SSH SIGNATURE-----\nAAAA\n-----END SSH SIGNATURE-----\n",
        ])
    func malformed(text: String) {
        #expect(throws: TagObjectError.self) { try TagObject.parse(bytes: Array(text.utf8)) }
    }

    @Test("the signature block is the last signature line, as in git")
    func lastSignatureBlock() throws {
        let key = SSHPrivateKey.generate()
        let tag = try TagObject(object: commit, name: "n", tagger: tagger(), message: "m\n")
        let signed = try tag.signed(with: NativeSigner(key: key))
        // A second block appended after a valid one: git would take the second, so must we.
        let doubled = signed + Array(try SSHSignature.sign(message: [1], key: key).armored.utf8)
        #expect(throws: TagObjectError.self) { try TagObject.parse(bytes: doubled).verifiedSignature() }
        #expect(
            try TagObject.parse(bytes: signed).verifiedSignature() == (try TagObject.parse(bytes: signed).signature))
    }
}
