/// Why an SSH signature could not be made, read or verified.
public enum SSHSignatureError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The armor (BEGIN/END lines and base64 body) is malformed.
    case malformedArmor(reason: String)
    /// The armored body is not valid base64.
    case invalidBase64
    /// The decoded blob does not start with `SSHSIG`.
    case badMagic
    /// The blob's version is not 1.
    case unsupportedVersion(UInt32)
    /// The message hash is neither sha512 nor sha256.
    case unsupportedHashAlgorithm(String)
    /// The signing key or signature is of a type other than ssh-ed25519.
    case unsupportedKeyType(String)
    /// The blob ended inside a field or a field is malformed.
    case malformedBlob(reason: String)
    /// Bytes follow the last field of the blob.
    case trailingData(count: Int)
    /// The signature was made for another namespace.
    case namespaceMismatch(expected: String, found: String)
    /// The signature was made by another key than the one expected.
    case unexpectedKey(expected: String, found: String)
    /// The Ed25519 signature does not match the message and key.
    case invalidSignature
    /// Signing failed.
    case signingFailed(reason: String)

    public var description: String {
        switch self {
        case .malformedArmor(let reason):
            "malformed SSH signature armor: \(reason)"
        case .invalidBase64:
            "the SSH signature's base64 body is invalid (truncated or damaged)"
        case .badMagic:
            "the SSH signature does not start with 'SSHSIG': not an SSH signature"
        case .unsupportedVersion(let version):
            "unsupported SSH signature version \(version): only version 1 is known"
        case .unsupportedHashAlgorithm(let name):
            "unsupported SSH signature hash algorithm '\(name)': expected sha512 or sha256"
        case .unsupportedKeyType(let type):
            "unsupported SSH signature key type '\(type)': only ssh-ed25519 is supported"
        case .malformedBlob(let reason):
            "malformed SSH signature: \(reason)"
        case .trailingData(let count):
            "malformed SSH signature: \(count) unexpected bytes after the signature"
        case .namespaceMismatch(let expected, let found):
            "the SSH signature is for namespace '\(found)', not '\(expected)'"
        case .unexpectedKey(let expected, let found):
            "the SSH signature was made by key \(found), not by the expected key \(expected)"
        case .invalidSignature:
            "the SSH signature does not match the signed data: the data was changed or the signature damaged"
        case .signingFailed(let reason):
            "signing failed: \(reason)"
        }
    }
}
