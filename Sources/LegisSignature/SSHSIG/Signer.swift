/// Something that makes SSHSIG signatures in the `git` namespace.
public protocol Signer: Sendable {
    /// The public key whose signatures this signer makes.
    var publicKey: SSHPublicKey { get }

    /// Signs `payload` for the `git` namespace and returns the armored signature.
    func sign(_ payload: [UInt8]) throws -> String
}
