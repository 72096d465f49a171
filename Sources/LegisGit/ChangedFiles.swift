/// One commit of a history walk and the files it changed.
public struct ChangedFiles: Sendable, Hashable {
    /// The commit.
    public var commit: Commit
    /// The files whose blob differs from the blob at the same path in every parent (for a root
    /// commit: every file), by slash-separated path, with the blob now; `nil` when deleted.
    public var paths: [String: ObjectID?]

    /// Creates the changes of one commit.
    public init(commit: Commit, paths: [String: ObjectID?]) {
        self.commit = commit
        self.paths = paths
    }
}
