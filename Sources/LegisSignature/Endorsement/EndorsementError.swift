/// Why an endorsement tag could not be built or did not verify.
public enum EndorsementError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The tag object is malformed, unsigned, or its signature does not verify.
    case tag(TagObjectError)
    /// The tag message is not an endorsement statement in the expected form.
    case statement(StatementFormatError)
    /// The tag and its statement disagree (another commit, ref, stakeholder or date).
    case inconsistent(reason: String)

    public var description: String {
        switch self {
        case .tag(let error): "endorsement rejected: \(error)"
        case .statement(let error): "endorsement rejected: \(error)"
        case .inconsistent(let reason): "endorsement rejected: \(reason)"
        }
    }
}
