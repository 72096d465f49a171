/// How ``Workspace/refreshIndex()`` obtained the document index.
public enum IndexRefresh: Sendable, Hashable {
    /// The stored index described the tip already.
    case reused
    /// The branch had moved on: the new commits were walked and the changed documents read.
    case updated(commits: Int)
    /// Computed from the whole history: there was no index, or it was unreadable, of another
    /// version, for another branch or settings, or for a commit that is not an ancestor.
    case rebuilt(reason: String)
}
