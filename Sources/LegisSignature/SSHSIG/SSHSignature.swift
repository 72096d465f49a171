import Crypto

/// A signature in OpenSSH's SSHSIG format, as made by `ssh-keygen -Y sign` and used by git.
public struct SSHSignature: Sendable, Hashable {
    /// The hash applied to the message before signing.
    public enum HashAlgorithm: String, Sendable, Hashable, CaseIterable {
        case sha256
        case sha512

        func digest(_ message: [UInt8]) -> [UInt8] {
            switch self {
            case .sha256: Array(SHA256.hash(data: message))
            case .sha512: Array(SHA512.hash(data: message))
            }
        }
    }

    static let magic: [UInt8] = Array("SSHSIG".utf8)

    /// The key that made the signature.
    public let publicKey: SSHPublicKey
    /// The namespace the signature is bound to (`git` for git objects).
    public let namespace: String
    /// The hash applied to the message.
    public let hashAlgorithm: HashAlgorithm
    /// The 64-byte Ed25519 signature.
    public let rawSignature: [UInt8]

    /// Creates a signature from its parts.
    public init(publicKey: SSHPublicKey, namespace: String, hashAlgorithm: HashAlgorithm, rawSignature: [UInt8]) {
        self.publicKey = publicKey
        self.namespace = namespace
        self.hashAlgorithm = hashAlgorithm
        self.rawSignature = rawSignature
    }

    /// Signs `message` with `key` for `namespace`, hashing with SHA-512 as ssh-keygen does.
    public static func sign(
        message: [UInt8], key: SSHPrivateKey, namespace: String = "git"
    ) throws(SSHSignatureError) -> SSHSignature {
        guard !namespace.isEmpty else { throw .signingFailed(reason: "the namespace must not be empty") }
        let toSign = signedData(message: message, namespace: namespace, hashAlgorithm: .sha512)
        let raw = try key.rawSignature(for: toSign)
        return SSHSignature(publicKey: key.publicKey, namespace: namespace, hashAlgorithm: .sha512, rawSignature: raw)
    }

    /// The bytes Ed25519 signs: `"SSHSIG" || string(namespace) || string("") || string(hash) || string(H(message))`.
    static func signedData(message: [UInt8], namespace: String, hashAlgorithm: HashAlgorithm) -> [UInt8] {
        var writer = SSHWireWriter()
        writer.writeRaw(magic)
        writer.writeString(namespace)
        writer.writeString([UInt8]())
        writer.writeString(hashAlgorithm.rawValue)
        writer.writeString(hashAlgorithm.digest(message))
        return writer.bytes
    }

    /// The signature blob (what the armor encodes).
    public var blob: [UInt8] {
        var signature = SSHWireWriter()
        signature.writeString(SSHPublicKey.ed25519Type)
        signature.writeString(rawSignature)
        var writer = SSHWireWriter()
        writer.writeRaw(Self.magic)
        writer.writeUInt32(1)
        writer.writeString(publicKey.wireBlob)
        writer.writeString(namespace)
        writer.writeString([UInt8]())
        writer.writeString(hashAlgorithm.rawValue)
        writer.writeString(signature.bytes)
        return writer.bytes
    }
}
