/// A commit, copied out of the repository: its tree, parents, people and message.
public struct Commit: Sendable, Hashable {
    /// The commit's id.
    public var id: ObjectID
    /// The id of the commit's root tree.
    public var tree: ObjectID
    /// The ids of the parent commits, first parent first; empty for a root commit.
    public var parents: [ObjectID]
    /// Who wrote the change.
    public var author: Signature
    /// Who made the commit.
    public var committer: Signature
    /// The full message, as stored (usually ending with a line feed).
    public var message: String
    /// The first paragraph of the message, on one line.
    public var summary: String

    /// Creates a commit value.
    public init(
        id: ObjectID, tree: ObjectID, parents: [ObjectID], author: Signature, committer: Signature,
        message: String, summary: String
    ) {
        self.id = id
        self.tree = tree
        self.parents = parents
        self.author = author
        self.committer = committer
        self.message = message
        self.summary = summary
    }
}
