/// A tag object read from its bytes: the tag, the signed payload and the SSH signature, if any.
public struct ParsedTagObject: Sendable, Hashable {
    /// The tag's fields.
    public let tag: TagObject
    /// The bytes covered by the signature: the object up to the signature block.
    public let payload: [UInt8]
    /// The SSH signature appended to the message, or nil for an unsigned tag.
    public let signature: SSHSignature?

    /// Checks that the tag is signed in the `git` namespace by a valid signature, made by
    /// `expectedKey` when one is given, and returns the signature.
    @discardableResult
    public func verifiedSignature(signedBy expectedKey: SSHPublicKey? = nil) throws(TagObjectError) -> SSHSignature {
        guard let signature else { throw .unsigned }
        do {
            try signature.check(message: payload, namespace: "git", signedBy: expectedKey)
        } catch {
            throw .signature(error)
        }
        return signature
    }
}
