/// An Ed25519 public key in OpenSSH form.
///
/// Two keys are equal when their key material is equal; the comment is ignored.
public struct SSHPublicKey: Sendable, Hashable, CustomStringConvertible {
    /// The only key type supported: `ssh-ed25519`.
    public static let ed25519Type = "ssh-ed25519"

    /// The 32 bytes of the Ed25519 public key.
    public let rawKey: [UInt8]

    /// The free-text comment that follows the key in one-line form, if any.
    public var comment: String?

    /// Creates a key from its 32 raw bytes.
    public init(rawKey: [UInt8], comment: String? = nil) throws(SSHKeyError) {
        guard rawKey.count == 32 else {
            throw .malformedPublicKey(reason: "an Ed25519 key has 32 bytes, not \(rawKey.count)")
        }
        self.rawKey = rawKey
        self.comment = comment
    }

    /// The key type name, always `ssh-ed25519`.
    public var keyType: String { Self.ed25519Type }

    /// The key in the SSH wire encoding: `string("ssh-ed25519") || string(key)`.
    public var wireBlob: [UInt8] {
        var writer = SSHWireWriter()
        writer.writeString(Self.ed25519Type)
        writer.writeString(rawKey)
        return writer.bytes
    }

    /// The base64 of the wire blob, as it appears in one-line form.
    public var base64Blob: String { Base64.encode(wireBlob) }

    /// The key as one line of `authorized_keys`: `ssh-ed25519 AAAA... comment`.
    public var authorizedKeyLine: String {
        let base = "\(Self.ed25519Type) \(base64Blob)"
        guard let comment, !comment.isEmpty else { return base }
        return "\(base) \(comment)"
    }

    public var description: String { authorizedKeyLine }

    public static func == (lhs: SSHPublicKey, rhs: SSHPublicKey) -> Bool {
        lhs.rawKey == rhs.rawKey
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rawKey)
    }
}
