/// The type of the object a tag points at.
public enum GitObjectType: String, Sendable, Hashable, CaseIterable {
    case commit
    case tree
    case blob
    case tag
}
