import CLibGit2

extension Repository {
    /// The branch HEAD names, such as `refs/heads/main` (also before its first commit);
    /// `nil` when HEAD is detached.
    public func headBranch() throws(GitError) -> String? {
        let head = try makeHandle("git_reference_lookup") { git_reference_lookup(&$0, pointer, "HEAD") }
        defer { git_reference_free(head) }
        guard git_reference_type(head) == GIT_REFERENCE_SYMBOLIC else { return nil }
        return git_reference_symbolic_target(head).map { String(cString: $0) }
    }

    /// The commit a revision names: `HEAD`, `main`, `v1`, `HEAD~1`, a full or short id...
    ///
    /// Tags are peeled to their commit. Throws an error with `isNotFound` when nothing matches.
    public func resolve(_ revision: String) throws(GitError) -> ObjectID {
        let object = try makeHandle("git_revparse_single") { git_revparse_single(&$0, pointer, revision) }
        defer { git_object_free(object) }
        let commit = try makeHandle("git_object_peel") { git_object_peel(&$0, object, GIT_OBJECT_COMMIT) }
        defer { git_object_free(commit) }
        return ObjectID(git_object_id(commit))
    }

    /// The commit `id`, copied out.
    public func commit(_ id: ObjectID) throws(GitError) -> Commit {
        try withCommit(id) { commit in Self.commitValue(commit) }
    }

    /// The commits reachable from `from`, newest first (topological, then by time), at most `limit`.
    public func log(from: ObjectID, limit: Int? = nil) throws(GitError) -> [Commit] {
        var result: [Commit] = []
        try walk(from: from) { (id) throws(GitError) -> Bool in
            if let limit, result.count >= limit { return false }
            result.append(try commit(id))
            return true
        }
        return result
    }

    /// Runs `body` with the libgit2 commit `id`, freed afterwards.
    func withCommit<Result>(
        _ id: ObjectID, _ body: (OpaquePointer) throws(GitError) -> Result
    ) throws(GitError) -> Result {
        var oid = id.oid
        let commit = try makeHandle("git_commit_lookup") { git_commit_lookup(&$0, pointer, &oid) }
        defer { git_commit_free(commit) }
        return try body(commit)
    }

    /// Walks the commits reachable from `from` (and not from `hiding`), newest first, until
    /// `body` returns `false`.
    func walk(
        from: ObjectID, hiding: ObjectID? = nil, _ body: (ObjectID) throws(GitError) -> Bool
    ) throws(GitError) {
        let walker = try makeHandle("git_revwalk_new") { git_revwalk_new(&$0, pointer) }
        defer { git_revwalk_free(walker) }
        try check(
            git_revwalk_sorting(walker, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue),
            "git_revwalk_sorting")
        var start = from.oid
        try check(git_revwalk_push(walker, &start), "git_revwalk_push")
        if var hidden = hiding?.oid {
            try check(git_revwalk_hide(walker, &hidden), "git_revwalk_hide")
        }
        var next = git_oid()
        while true {
            let result = git_revwalk_next(&next, walker)
            if result == GIT_ITEROVER.rawValue { return }
            try check(result, "git_revwalk_next")
            guard try body(ObjectID(next)) else { return }
        }
    }

    /// Copies a libgit2 commit into a value.
    static func commitValue(_ commit: OpaquePointer) -> Commit {
        let parents = (0..<git_commit_parentcount(commit)).compactMap { index in
            git_commit_parent_id(commit, index).map { ObjectID($0) }
        }
        return Commit(
            id: ObjectID(git_commit_id(commit)),
            tree: ObjectID(git_commit_tree_id(commit)),
            parents: parents,
            author: git_commit_author(commit).map { Signature($0) } ?? .unknown,
            committer: git_commit_committer(commit).map { Signature($0) } ?? .unknown,
            message: git_commit_message(commit).map { String(cString: $0) } ?? "",
            summary: git_commit_summary(commit).map { String(cString: $0) } ?? ""
        )
    }
}
