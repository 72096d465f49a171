/// A ``Signer`` that signs in-process with an unencrypted Ed25519 key.
public struct NativeSigner: Signer {
    /// The private key used to sign.
    public let key: SSHPrivateKey

    /// Creates a signer for `key`.
    public init(key: SSHPrivateKey) {
        self.key = key
    }

    public var publicKey: SSHPublicKey { key.publicKey }

    public func sign(_ payload: [UInt8]) throws -> String {
        try SSHSignature.sign(message: payload, key: key, namespace: "git").armored
    }
}
