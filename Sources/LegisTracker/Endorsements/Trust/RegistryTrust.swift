/// How far the stakeholder registry of a workspace can be trusted: its trust root and the
/// registry changes that the chain of trust refuses.
public struct RegistryTrust: Sendable, Hashable, Encodable {
    /// The commit that fixed the trust root (the first signed commit naming a secretariat), if any.
    public var root: String?
    /// The trust root this clone pinned (git config `legis.trustroot`), if any.
    public var pinned: String?
    /// The stakeholders whose keys sign registry changes, at the tip.
    public var secretariat: [String]
    /// Changes refused by the chain of trust (quarantined: they do not count).
    public var problems: [RegistryProblem]

    /// Whether the workspace has a trust root: without one, the registry is whatever the branch tip holds.
    public var isAnchored: Bool { root != nil }

    public init(root: String?, pinned: String?, secretariat: [String], problems: [RegistryProblem]) {
        self.root = root
        self.pinned = pinned
        self.secretariat = secretariat
        self.problems = problems
    }
}
