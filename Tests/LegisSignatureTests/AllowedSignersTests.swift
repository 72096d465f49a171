import Foundation
import LegisSignature
import Testing

@Suite("allowed_signers lines")
struct AllowedSignersTests {
    let key = SSHPrivateKey.generate(comment: "alice@partner.example")

    @Test("lines have the namespaces and validity options")
    func lineFormat() throws {
        let plain = try AllowedSigners.Entry(principal: "alice", key: key.publicKey)
        #expect(plain.line == "alice namespaces=\"git\" ssh-ed25519 \(key.publicKey.base64Blob)")
        let dated = try AllowedSigners.Entry(
            principal: "alice@partner.example", key: key.publicKey,
            validAfter: Date(timeIntervalSince1970: 1_704_067_200),
            validBefore: Date(timeIntervalSince1970: 1_767_225_599))
        #expect(
            dated.line == "alice@partner.example namespaces=\"git\",valid-after=\"20240101\",valid-before=\"20251231\" "
                + "ssh-ed25519 \(key.publicKey.base64Blob)")
        #expect(AllowedSigners(entries: [plain, dated]).text == plain.line + "\n" + dated.line + "\n")
    }

    @Test("unsafe principals are refused", arguments: ["", "a b", "a,b", "a\"b", "a*", "#a", "a\nb"])
    func unsafePrincipals(principal: String) {
        #expect(throws: StatementFormatError.self) {
            try AllowedSigners.Entry(principal: principal, key: key.publicKey)
        }
    }

    @Test("ssh-keygen honours the validity window")
    func validityWindow() throws {
        let sandbox = try Sandbox()
        let message = Array("text\n".utf8)
        try sandbox.write("m.sig", try SSHSignature.sign(message: message, key: key).armored)
        // Valid from 2020-01-01 until 2021-01-01.
        let entry = try AllowedSigners.Entry(
            principal: "alice", key: key.publicKey, validAfter: Date(timeIntervalSince1970: 1_577_836_800),
            validBefore: Date(timeIntervalSince1970: 1_609_459_200))
        try sandbox.write("allowed_signers", AllowedSigners(entries: [entry]).text)
        func verify(at time: String) throws -> Int32 {
            try sandbox.run(
                "ssh-keygen",
                [
                    "-Y", "verify", "-n", "git", "-I", "alice", "-f", sandbox.path("allowed_signers"), "-s",
                    sandbox.path("m.sig"), "-O", "verify-time=\(time)",
                ],
                input: message
            ).status
        }
        #expect(try verify(at: "20200601") == 0)
        #expect(try verify(at: "20190601") != 0)
        #expect(try verify(at: "20210601") != 0)
    }
}
