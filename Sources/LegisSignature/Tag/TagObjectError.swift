/// Why a git tag object could not be built, read, signed or verified.
public enum TagObjectError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A field given to build a tag is not allowed in a tag object.
    case invalidField(field: String, reason: String)
    /// The bytes are not a tag object in the expected form.
    case malformed(reason: String)
    /// The tag carries a signature of another kind than SSH (PGP, X.509).
    case unsupportedSignature(kind: String)
    /// The tag carries no signature.
    case unsigned
    /// The SSH signature block is malformed, or does not verify.
    case signature(SSHSignatureError)

    public var description: String {
        switch self {
        case .invalidField(let field, let reason):
            "invalid tag \(field): \(reason)"
        case .malformed(let reason):
            "not a well-formed git tag object: \(reason)"
        case .unsupportedSignature(let kind):
            "the tag carries a \(kind) signature; only SSH signatures are supported"
        case .unsigned:
            "the tag is not signed"
        case .signature(let error):
            "the tag's signature: \(error)"
        }
    }
}
