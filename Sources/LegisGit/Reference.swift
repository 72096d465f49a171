/// A reference (branch, tag, endorsement...), copied out of the repository.
public struct Reference: Sendable, Hashable {
    /// The full name, such as `refs/heads/main`.
    public var name: String
    /// The object the reference points to directly (for a symbolic reference, the resolved one).
    public var target: ObjectID
    /// The commit reached by peeling the target through annotated tags; `nil` when it is not a commit.
    public var peeledCommit: ObjectID?

    /// Creates a reference value.
    public init(name: String, target: ObjectID, peeledCommit: ObjectID?) {
        self.name = name
        self.target = target
        self.peeledCommit = peeledCommit
    }
}
