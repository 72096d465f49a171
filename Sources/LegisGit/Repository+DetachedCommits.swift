import CLibGit2

extension Repository {
    /// Writes a commit without moving any reference: the tree of `base` (empty when nil) with
    /// `changes` applied, and the given parents (in order).
    ///
    /// Used for commits that live under their own references (amendments and their decisions),
    /// which the caller then creates or moves with compare-and-swap.
    public func createDetachedCommit(
        changes: [FileChange], base: ObjectID?, parents: [ObjectID], message: String, author: Signature,
        committer: Signature
    ) throws(GitError) -> ObjectID {
        var edit = TreeEdit()
        for change in changes {
            let components = try TreeEdit.components(of: change.path)
            switch change {
            case .write(_, let contents, let executable):
                edit.add(.file(try writeBlob(contents), executable: executable), at: components[...])
            case .delete:
                edit.add(.delete, at: components[...])
            }
        }
        let written: ObjectID?
        if let base {
            written = try withTree(ofCommit: base) { (tree) throws(GitError) in
                try edit.write(in: pointer, base: tree, keepEmpty: true)
            }
        } else {
            written = try edit.write(in: pointer, base: nil, keepEmpty: true)
        }
        guard let tree = written else {
            throw GitError(code: .generic, message: "the root tree was not written", call: "git_treebuilder_write")
        }
        let text = message.hasSuffix("\n") ? message : message + "\n"
        return try withTree(tree) { (treeHandle) throws(GitError) -> ObjectID in
            try author.withLibGit2Signature { (authorSignature) throws(GitError) -> ObjectID in
                try committer.withLibGit2Signature { (committerSignature) throws(GitError) -> ObjectID in
                    try withCommits(parents[...], opened: []) { (handles) throws(GitError) -> ObjectID in
                        var oid = git_oid()
                        var list: [OpaquePointer?] = handles
                        try check(
                            git_commit_create(
                                &oid, pointer, nil, authorSignature, committerSignature, nil, text, treeHandle,
                                list.count, &list),
                            "git_commit_create")
                        return ObjectID(oid)
                    }
                }
            }
        }
    }

    /// Runs `body` with every commit of `ids` open, in order, freed afterwards.
    private func withCommits<Result>(
        _ ids: ArraySlice<ObjectID>, opened: [OpaquePointer?],
        _ body: ([OpaquePointer?]) throws(GitError) -> Result
    ) throws(GitError) -> Result {
        guard let first = ids.first else { return try body(opened) }
        return try withCommit(first) { (handle) throws(GitError) -> Result in
            try withCommits(ids.dropFirst(), opened: opened + [handle], body)
        }
    }
}
