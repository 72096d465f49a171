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
        var trees = try RawTreeReader(self)
        try walk(from: from, hiding: hiding) { (id) throws(GitError) -> Bool in
            let commit = try commit(id)
            var paths: [String: ObjectID?] = [:]
            if let first = commit.parents.first {
                let firstTree = try withCommit(first) { ObjectID(git_commit_tree_id($0)) }
                try Self.compare(&trees, old: firstTree, new: commit.tree, prefix: "", into: &paths)
                for parent in commit.parents.dropFirst() where !paths.isEmpty {
                    let tree = try self.commit(parent).tree
                    try withTree(tree) { (handle) throws(GitError) in
                        for (path, blob) in paths where try Self.blobID(in: handle, path: path) == blob {
                            paths[path] = nil
                        }
                    }
                }
            } else {
                try Self.compare(&trees, old: nil, new: commit.tree, prefix: "", into: &paths)
            }
            trees.nextCommit()
            return try body(ChangedFiles(commit: commit, paths: paths))
        }
    }

    /// Records in `result` every blob path that differs between the trees `old` and `new`
    /// (either may be absent), with its blob in `new` (`nil`: not there).
    ///
    /// Both trees are in git's order, so they are compared in one pass over both; an entry that
    /// changed between folder and file is matched by name through a binary search.
    static func compare(
        _ trees: inout RawTreeReader, old: ObjectID?, new: ObjectID?, prefix: String,
        into result: inout [String: ObjectID?]
    ) throws(GitError) {
        if old == new { return }
        let oldTree = try old.map { (id) throws(GitError) in try trees.tree(id) } ?? .empty
        let newTree = try new.map { (id) throws(GitError) in try trees.tree(id) } ?? .empty
        var oldIndex = 0
        var newIndex = 0
        while oldIndex < oldTree.entries.count || newIndex < newTree.entries.count {
            if oldIndex < oldTree.entries.count, newIndex < newTree.entries.count,
                oldTree.sameEntry(oldTree.entries[oldIndex], as: newTree.entries[newIndex], in: newTree)
            {
                oldIndex += 1
                newIndex += 1
                continue
            }
            let order: Int
            if oldIndex == oldTree.entries.count {
                order = 1
            } else if newIndex == newTree.entries.count {
                order = -1
            } else {
                order = oldTree.order(oldTree.entries[oldIndex], newTree.entries[newIndex], in: newTree)
            }
            if order < 0 {
                // Only in the old tree, unless the new one has the name as the other of folder or file.
                let entry = oldTree.entries[oldIndex]
                oldIndex += 1
                if newTree.entry(named: entry, in: oldTree, isTree: entry.kind != .tree) != nil { continue }
                let path = prefix + oldTree.name(entry)
                switch entry.kind {
                case .tree: try compare(&trees, old: oldTree.id(entry), new: nil, prefix: path + "/", into: &result)
                case .blob: result[path] = .some(nil)
                case .commit: continue  // Submodule commits are not files of this repository.
                }
                continue
            }
            let entry = newTree.entries[newIndex]
            newIndex += 1
            let before: RawTree.Entry?
            if order == 0 {
                before = oldTree.entries[oldIndex]
                oldIndex += 1
            } else {
                before = oldTree.entry(named: entry, in: newTree, isTree: entry.kind != .tree)
            }
            if let before, before.kind == entry.kind, oldTree.sameID(before, as: entry, in: newTree) { continue }
            let path = prefix + newTree.name(entry)
            let beforeTree = before.flatMap { $0.kind == .tree ? oldTree.id($0) : nil }
            switch entry.kind {
            case .tree:
                if before?.kind == .blob { result[path] = .some(nil) }
                try compare(&trees, old: beforeTree, new: newTree.id(entry), prefix: path + "/", into: &result)
            case .blob:
                result[path] = .some(newTree.id(entry))
                if beforeTree != nil {
                    try compare(&trees, old: beforeTree, new: nil, prefix: path + "/", into: &result)
                }
            case .commit:
                continue  // Submodule commits are not files of this repository.
            }
        }
    }
}
