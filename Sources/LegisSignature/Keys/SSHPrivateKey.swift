import Crypto

/// An Ed25519 private key, as kept in an unencrypted OpenSSH private key file.
public struct SSHPrivateKey: Sendable {
    /// The 32-byte Ed25519 seed (the secret).
    let seed: [UInt8]

    /// The matching public key, with the key's comment.
    public let publicKey: SSHPublicKey

    /// The comment stored with the key (often `user@host`).
    public var comment: String { publicKey.comment ?? "" }

    /// Creates a key from its 32-byte Ed25519 seed.
    public init(seed: [UInt8], comment: String = "") throws(SSHKeyError) {
        guard seed.count == 32 else {
            throw .malformedPrivateKey(reason: "an Ed25519 seed has 32 bytes, not \(seed.count)")
        }
        let signingKey: Curve25519.Signing.PrivateKey
        do {
            signingKey = try Curve25519.Signing.PrivateKey(rawRepresentation: seed)
        } catch {
            throw .malformedPrivateKey(reason: "the Ed25519 seed was refused (\(error))")
        }
        self.seed = seed
        self.publicKey = try SSHPublicKey(
            rawKey: Array(signingKey.publicKey.rawRepresentation), comment: comment.isEmpty ? nil : comment)
    }

    /// Creates a new random key.
    public static func generate(comment: String = "") -> SSHPrivateKey {
        let fresh = Curve25519.Signing.PrivateKey()
        do {
            return try SSHPrivateKey(seed: Array(fresh.rawRepresentation), comment: comment)
        } catch {
            // A freshly generated key always has a valid 32-byte seed.
            preconditionFailure("a generated Ed25519 key was refused: \(error)")
        }
    }

    /// Signs `data` with Ed25519, returning the 64-byte signature.
    func rawSignature(for data: [UInt8]) throws(SSHSignatureError) -> [UInt8] {
        do {
            let key = try Curve25519.Signing.PrivateKey(rawRepresentation: seed)
            return Array(try key.signature(for: data))
        } catch {
            throw .signingFailed(reason: "\(error)")
        }
    }
}
