/// The four kinds of git object.
public enum ObjectType: String, Sendable, Hashable, CaseIterable {
    /// A commit.
    case commit
    /// A tree (a folder listing).
    case tree
    /// A blob (file contents).
    case blob
    /// An annotated tag.
    case tag
}
