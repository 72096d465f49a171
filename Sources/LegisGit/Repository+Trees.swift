import CLibGit2

extension Repository {
    /// The id of the blob at `path` (slash-separated) in `commit`; `nil` when there is no file there.
    public func blobID(at commit: ObjectID, path: String) throws(GitError) -> ObjectID? {
        // Each folder on the way is scanned as stored for its one entry (``PathResolver``), not
        // parsed whole: the statute book has folders of hundreds of laws.
        guard !path.isEmpty else { return nil }
        let tree = try withCommit(commit) { ObjectID(git_commit_tree_id($0)) }
        var resolver = PathResolver(components: path.split(separator: "/", omittingEmptySubsequences: false).map(String.init))
        return try resolver.entry(in: tree, repository: self)
    }

    /// The contents of the file at `path` in `commit`; `nil` when there is no file there.
    public func file(at commit: ObjectID, path: String) throws(GitError) -> [UInt8]? {
        guard let id = try blobID(at: commit, path: path) else { return nil }
        return try blob(id)
    }

    /// Every file in `commit`'s tree, by slash-separated path, with its blob id.
    public func files(at commit: ObjectID) throws(GitError) -> [String: ObjectID] {
        var result: [String: ObjectID] = [:]
        try withTree(ofCommit: commit) { (tree) throws(GitError) in
            try collectFiles(in: tree, prefix: "", into: &result)
        }
        return result
    }

    /// Runs `body` with the root tree of `commit`, freed afterwards.
    func withTree<Result>(
        ofCommit commit: ObjectID, _ body: (OpaquePointer) throws(GitError) -> Result
    ) throws(GitError) -> Result {
        try withCommit(commit) { (handle) throws(GitError) -> Result in
            let tree = try makeHandle("git_commit_tree") { git_commit_tree(&$0, handle) }
            defer { git_tree_free(tree) }
            return try body(tree)
        }
    }

    /// Runs `body` with the tree `id`, freed afterwards.
    func withTree<Result>(
        _ id: ObjectID, _ body: (OpaquePointer) throws(GitError) -> Result
    ) throws(GitError) -> Result {
        var oid = id.oid
        let tree = try makeHandle("git_tree_lookup") { git_tree_lookup(&$0, pointer, &oid) }
        defer { git_tree_free(tree) }
        return try body(tree)
    }

    /// The id of the blob at `path` inside `tree`; `nil` when missing or not a blob.
    static func blobID(in tree: OpaquePointer, path: String) throws(GitError) -> ObjectID? {
        guard
            let entry = try makeHandleIfFound("git_tree_entry_bypath", { git_tree_entry_bypath(&$0, tree, path) })
        else { return nil }
        defer { git_tree_entry_free(entry) }
        guard git_tree_entry_type(entry) == GIT_OBJECT_BLOB, let id = git_tree_entry_id(entry) else { return nil }
        return ObjectID(id)
    }

    func collectFiles(
        in tree: OpaquePointer, prefix: String, into result: inout [String: ObjectID]
    ) throws(GitError) {
        for index in 0..<git_tree_entrycount(tree) {
            guard let entry = git_tree_entry_byindex(tree, index), let oid = git_tree_entry_id(entry),
                let name = git_tree_entry_name(entry)
            else { continue }
            let path = prefix + String(cString: name)
            switch git_tree_entry_type(entry) {
            case GIT_OBJECT_BLOB:
                result[path] = ObjectID(oid)
            case GIT_OBJECT_TREE:
                try withTree(ObjectID(oid)) { (subtree) throws(GitError) in
                    try collectFiles(in: subtree, prefix: path + "/", into: &result)
                }
            default:
                continue  // Submodule commits are not files of this repository.
            }
        }
    }
}
