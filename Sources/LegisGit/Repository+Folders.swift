import CLibGit2

extension Repository {
    /// Every file under the folder `folder` (slash-separated, no trailing slash) in `commit`'s
    /// tree, by its path from the repository root, with its blob id; empty when there is no such
    /// folder. Reads only that folder's trees.
    public func files(at commit: ObjectID, under folder: String) throws(GitError) -> [String: ObjectID] {
        var result: [String: ObjectID] = [:]
        try withTree(ofCommit: commit) { (tree) throws(GitError) in
            guard
                let entry = try makeHandleIfFound(
                    "git_tree_entry_bypath", { git_tree_entry_bypath(&$0, tree, folder) })
            else { return }
            defer { git_tree_entry_free(entry) }
            guard git_tree_entry_type(entry) == GIT_OBJECT_TREE, let oid = git_tree_entry_id(entry) else { return }
            try withTree(ObjectID(oid)) { (subtree) throws(GitError) in
                try collectFiles(in: subtree, prefix: folder + "/", into: &result)
            }
        }
        return result
    }
}
