/// Why an OpenSSH public or private key could not be read or written.
public enum SSHKeyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The key is of a type other than `ssh-ed25519`.
    case unsupportedKeyType(String)
    /// A public key (one-line form or wire blob) is malformed.
    case malformedPublicKey(reason: String)
    /// A private key file is malformed.
    case malformedPrivateKey(reason: String)
    /// The private key file is protected by a passphrase; sign with `ssh-keygen -Y sign` instead.
    case encrypted

    public var description: String {
        switch self {
        case .unsupportedKeyType(let type):
            "unsupported SSH key type '\(type)': only ssh-ed25519 keys are supported; "
                + "create one with `ssh-keygen -t ed25519`"
        case .malformedPublicKey(let reason):
            "malformed SSH public key: \(reason)"
        case .malformedPrivateKey(let reason):
            "malformed OpenSSH private key: \(reason)"
        case .encrypted:
            "the OpenSSH private key is encrypted with a passphrase: "
                + "it can only be used through ssh-keygen or ssh-agent"
        }
    }
}
