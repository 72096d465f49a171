/// A commit object read from its bytes (as `git cat-file commit` prints them): the payload that
/// git signs and the SSH signature of its `gpgsig` header, if any.
///
/// git signs a commit over the object without its `gpgsig` header; the header's value is the
/// armored signature, its continuation lines indented by one space.
public struct SignedCommitObject: Sendable, Hashable {
    /// The bytes covered by the signature: the object without the `gpgsig` header.
    public let payload: [UInt8]
    /// The SSH signature, or nil for an unsigned commit.
    public let signature: SSHSignature?
    /// The kind of a signature that is present but not an SSH one (`PGP`, `SIGNED MESSAGE`...), if any.
    public let otherSignatureKind: String?

    /// Splits a commit object into its signed payload and its signature.
    ///
    /// Throws when a `gpgsig` header is present but is not a readable SSH signature.
    public static func parse(bytes: [UInt8]) throws(SSHSignatureError) -> SignedCommitObject {
        var payload: [UInt8] = []
        payload.reserveCapacity(bytes.count)
        var signatureLines: [ArraySlice<UInt8>] = []
        var inSignature = false
        var index = 0
        let header = Array("gpgsig ".utf8)
        var inHeaders = true
        while index < bytes.count {
            let end = bytes[index...].firstIndex(of: 10).map { $0 + 1 } ?? bytes.count
            let line = bytes[index..<end]
            if inHeaders {
                if line.first == 10 {
                    inHeaders = false
                    payload.append(contentsOf: line)
                } else if inSignature, line.first == 32 {
                    signatureLines.append(line.dropFirst())
                } else if line.starts(with: header), signatureLines.isEmpty {
                    inSignature = true
                    signatureLines.append(line.dropFirst(header.count))
                } else {
                    inSignature = false
                    payload.append(contentsOf: line)
                }
            } else {
                payload.append(contentsOf: bytes[index...])
                break
            }
            index = end
        }
        guard !signatureLines.isEmpty else {
            return SignedCommitObject(payload: payload, signature: nil, otherSignatureKind: nil)
        }
        var armor = signatureLines.flatMap { $0 }
        if armor.last != 10 { armor.append(10) }
        let text = String(decoding: armor, as: UTF8.self)
        guard text.hasPrefix("-----BEGIN SSH SIGNATURE-----") else {
            let kind = text.hasPrefix("-----BEGIN PGP") ? "PGP" : "unknown"
            return SignedCommitObject(payload: payload, signature: nil, otherSignatureKind: kind)
        }
        return SignedCommitObject(
            payload: payload, signature: try SSHSignature.parse(armored: text), otherSignatureKind: nil)
    }

    /// The signature, when present and valid over the payload in the `git` namespace.
    public var validSignature: SSHSignature? {
        guard let signature, signature.verify(message: payload, namespace: "git") else { return nil }
        return signature
    }
}
