/// A change to the stakeholder registry that the chain of trust does not accept: unsigned, signed
/// by a key the registry before it did not authorise, or a trust root that is not the pinned one.
///
/// The change is quarantined: endorsements are judged as if it had not been made.
public struct RegistryProblem: Error, Sendable, Hashable, Encodable {
    /// The commit that made the change (full id), or empty for a problem of the whole history.
    public var commit: String
    /// What is wrong, in one sentence.
    public var reason: String

    public init(commit: String, reason: String) {
        self.commit = commit
        self.reason = reason
    }
}
