import CLibGit2

extension Repository {
    /// Whether `commit` descends from `ancestor` (a commit is not its own descendant).
    public func isDescendant(_ commit: ObjectID, of ancestor: ObjectID) throws(GitError) -> Bool {
        var child = commit.oid
        var parent = ancestor.oid
        return try check(git_graph_descendant_of(pointer, &child, &parent), "git_graph_descendant_of") == 1
    }

    /// Moves `branch` forward to `commit`, if it still points at `expected` (compare-and-swap).
    ///
    /// In a non-bare repository whose HEAD is that branch, the working tree and index are updated
    /// first with a safe checkout: files with local edits are never overwritten; if one would be,
    /// nothing changes and the error is a conflict (`isConflict`).
    public func fastForward(branch: String, to commit: ObjectID, expected: ObjectID?) throws(GitError) {
        if !isBare, (try? headBranch()) == branch {
            var oid = commit.oid
            let object = try makeHandle("git_object_lookup") {
                git_object_lookup(&$0, pointer, &oid, GIT_OBJECT_COMMIT)
            }
            defer { git_object_free(object) }
            var options = git_checkout_options()
            try check(git_checkout_options_init(&options, UInt32(GIT_CHECKOUT_OPTIONS_VERSION)), "git_checkout_options_init")
            options.checkout_strategy = GIT_CHECKOUT_SAFE.rawValue
            let code = git_checkout_tree(pointer, object, &options)
            if code == GIT_ECONFLICT.rawValue {
                throw GitError(
                    code: .modified, message: "local edits would be overwritten by the checkout", call: "git_checkout_tree")
            }
            try check(code, "git_checkout_tree")
        }
        try updateReference(name: branch, to: commit, expected: expected, message: "fast-forward")
    }
}
