/// What `legis sync` did.
public struct SyncReport: Sendable, Hashable, Encodable {
    /// The remote's URL or name.
    public var remote: String
    /// What happened to the branch: `up to date`, `fast-forwarded`, `pushed`, `diverged: …` or
    /// `nothing to exchange: …`.
    public var branch: String
    /// Refs taken from the remote (drafts, endorsements).
    public var fetched: [String]
    /// Refs sent to the remote.
    public var pushed: [String]
    /// Endorsement refs whose object differs between here and the remote: never taken, never overwritten.
    public var tampered: [String]
    /// Refs the remote refused, with its reason.
    public var rejected: [String]
    /// Amendments tabled here under a number the remote had already given another amendment,
    /// with their new number.
    public var renumbered: [String] = []
    /// Whether both sides have revisions the other lacks: nothing was pushed, and the command fails.
    public var diverged: Bool = false
    /// What else was done or left undone, one sentence each.
    public var notes: [String] = []
}
