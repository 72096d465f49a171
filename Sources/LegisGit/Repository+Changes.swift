import CLibGit2

extension Repository {
    /// Walks the commits reachable from `from` but not from `hiding`, newest first (the order of
    /// ``log(from:limit:)``), with the files each one changed, until `body` returns `false`.
    ///
    /// A file counts as changed by a commit when its blob differs from the blob at the same path
    /// in every parent, the rule ``history(of:from:limit:)`` uses: a merge that took one side's
    /// version changes nothing. Trees are compared entry by entry and identical subtrees are
    /// skipped, so a commit that changes a few files of a large tree costs a few tree reads.
    public func walkChanges(
        from: ObjectID, hiding: ObjectID? = nil, _ body: (ChangedFiles) throws(GitError) -> Bool
    ) throws(GitError) {
        try walk(from: from, hiding: hiding) { (id) throws(GitError) -> Bool in
            let commit = try commit(id)
            var paths: [String: ObjectID?] = [:]
            if let first = commit.parents.first {
                let firstTree = try self.commit(first).tree
                try Self.compare(self, old: firstTree, new: commit.tree, prefix: "", into: &paths)
                for parent in commit.parents.dropFirst() where !paths.isEmpty {
                    let tree = try self.commit(parent).tree
                    try withTree(tree) { (handle) throws(GitError) in
                        for (path, blob) in paths where try Self.blobID(in: handle, path: path) == blob {
                            paths[path] = nil
                        }
                    }
                }
            } else {
                try Self.compare(self, old: nil, new: commit.tree, prefix: "", into: &paths)
            }
            return try body(ChangedFiles(commit: commit, paths: paths))
        }
    }

    /// Records in `result` every blob path that differs between the trees `old` and `new`
    /// (either may be absent), with its blob in `new` (`nil`: not there).
    static func compare(
        _ repository: Repository, old: ObjectID?, new: ObjectID?, prefix: String,
        into result: inout [String: ObjectID?]
    ) throws(GitError) {
        if old == new { return }
        let oldTree = try old.map { (id) throws(GitError) in try repository.treeHandle(id) }
        defer { if let oldTree { git_tree_free(oldTree) } }
        let newTree = try new.map { (id) throws(GitError) in try repository.treeHandle(id) }
        defer { if let newTree { git_tree_free(newTree) } }
        if let newTree {
            for index in 0..<git_tree_entrycount(newTree) {
                guard let entry = git_tree_entry_byindex(newTree, index), let name = git_tree_entry_name(entry),
                    let oid = git_tree_entry_id(entry)
                else { continue }
                let type = git_tree_entry_type(entry)
                let before = oldTree.flatMap { git_tree_entry_byname($0, name) }
                if let before, git_tree_entry_type(before) == type, let beforeID = git_tree_entry_id(before),
                    git_oid_equal(beforeID, oid) == 1
                {
                    continue
                }
                let path = prefix + String(cString: name)
                let beforeType = before.map { git_tree_entry_type($0) }
                let beforeTree = beforeType == GIT_OBJECT_TREE ? before.flatMap(git_tree_entry_id).map(ObjectID.init) : nil
                switch type {
                case GIT_OBJECT_TREE:
                    if beforeType == GIT_OBJECT_BLOB { result[path] = .some(nil) }
                    try compare(repository, old: beforeTree, new: ObjectID(oid), prefix: path + "/", into: &result)
                case GIT_OBJECT_BLOB:
                    result[path] = .some(ObjectID(oid))
                    if beforeTree != nil {
                        try compare(repository, old: beforeTree, new: nil, prefix: path + "/", into: &result)
                    }
                default:
                    continue  // Submodule commits are not files of this repository.
                }
            }
        }
        if let oldTree {
            for index in 0..<git_tree_entrycount(oldTree) {
                guard let entry = git_tree_entry_byindex(oldTree, index), let name = git_tree_entry_name(entry),
                    let oid = git_tree_entry_id(entry)
                else { continue }
                if let newTree, git_tree_entry_byname(newTree, name) != nil { continue }
                let path = prefix + String(cString: name)
                switch git_tree_entry_type(entry) {
                case GIT_OBJECT_TREE:
                    try compare(repository, old: ObjectID(oid), new: nil, prefix: path + "/", into: &result)
                case GIT_OBJECT_BLOB:
                    result[path] = .some(nil)
                default:
                    continue
                }
            }
        }
    }

    /// The tree `id`, owned by the caller (free it with `git_tree_free`).
    func treeHandle(_ id: ObjectID) throws(GitError) -> OpaquePointer {
        var oid = id.oid
        return try makeHandle("git_tree_lookup") { git_tree_lookup(&$0, pointer, &oid) }
    }
}
