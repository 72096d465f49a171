import CLibGit2

extension Repository {
    /// The commits reachable from `from` that changed the file at `path`, newest first.
    ///
    /// A commit counts when the file's blob id differs from its id in every parent (so merges
    /// that took one side's version are skipped); a root commit counts when it has the file.
    /// Deletions count too. Compares tree entries only, no diffs: the path is followed folder
    /// by folder, and each tree's answer is remembered by tree id, so a commit whose top-level
    /// entry for the path equals its parent's costs one small tree read and no more, as in git.
    public func history(of path: String, from: ObjectID, limit: Int? = nil) throws(GitError) -> [Commit] {
        var resolver = PathResolver(components: path.split(separator: "/", omittingEmptySubsequences: false).map(String.init))
        var atCommit: [ObjectID: ObjectID?] = [:]
        func blobID(at commit: ObjectID, tree: ObjectID? = nil) throws(GitError) -> ObjectID? {
            if let known = atCommit[commit] { return known }
            let treeID: ObjectID
            if let tree {
                treeID = tree
            } else {
                treeID = try withCommit(commit) { ObjectID(git_commit_tree_id($0)) }
            }
            let found = try resolver.entry(in: treeID, repository: self)
            atCommit[commit] = .some(found)
            return found
        }
        var result: [Commit] = []
        try walk(from: from) { (id) throws(GitError) -> Bool in
            if let limit, result.count >= limit { return false }
            let (tree, parents) = try withCommit(id) { (handle) -> (ObjectID, [ObjectID]) in
                let parents = (0..<git_commit_parentcount(handle)).compactMap { index in
                    git_commit_parent_id(handle, index).map { ObjectID($0) }
                }
                return (ObjectID(git_commit_tree_id(handle)), parents)
            }
            let current = try blobID(at: id, tree: tree)
            var changed = parents.isEmpty ? current != nil : true
            for parent in parents where try blobID(at: parent) == current {
                changed = false
                break
            }
            if changed { result.append(try commit(id)) }
            atCommit[id] = nil  // A commit is visited once; its parents' entries are still needed.
            return true
        }
        return result
    }
}

/// Finds the entry at a fixed path in many trees, remembering each tree's answer by its id.
struct PathResolver {
    let components: [String]
    /// For each depth, the entry id found in a tree at that depth (`nil`: missing, or not a
    /// tree where one is needed).
    private var known: [[ObjectID: ObjectID?]]

    init(components: [String]) {
        self.components = components
        known = Array(repeating: [:], count: components.count)
    }

    /// The blob at the path inside the root tree `root`, or `nil`.
    mutating func entry(in root: ObjectID, repository: Repository) throws(GitError) -> ObjectID? {
        var tree = root
        for depth in components.indices {
            let next: ObjectID?
            if let cached = known[depth][tree] {
                next = cached
            } else {
                let wanted: git_object_t = depth == components.count - 1 ? GIT_OBJECT_BLOB : GIT_OBJECT_TREE
                let handle = try repository.treeHandle(tree)
                defer { git_tree_free(handle) }
                if let entry = git_tree_entry_byname(handle, components[depth]), git_tree_entry_type(entry) == wanted,
                    let oid = git_tree_entry_id(entry)
                {
                    next = ObjectID(oid)
                } else {
                    next = nil
                }
                known[depth][tree] = .some(next)
            }
            guard let next else { return nil }
            tree = next
        }
        return tree
    }
}
