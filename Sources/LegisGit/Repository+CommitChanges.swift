import CLibGit2

extension Repository {
    /// Commits `changes` on top of `expectedTip` and moves `branch` there with compare-and-swap.
    ///
    /// No working tree is needed. The branch moves only if it still points at `expectedTip`.
    /// The new tree is the expected tip's tree with the changes applied in order (folders are
    /// created as needed and disappear when emptied). With `expectedTip` nil this is the branch's
    /// first commit, which fails if the branch exists by then. When the branch moved meanwhile,
    /// the error has `isConflict` set and the branch is left alone: reload and retry. When a lock
    /// file stays in the way (a crashed process left it), the error has `isLocked` set and names it.
    ///
    /// In a repository with a working tree whose HEAD is `branch`, the index entries of the
    /// changed paths are updated as well, so `git status` is clean for files holding these bytes.
    /// The index is written before the branch moves and put back if the branch cannot move, so
    /// whenever the process stops (even killed) the index never holds older text than the branch:
    /// at worst it holds the new text staged on the old tip, which a later save or `git commit`
    /// commits rather than reverts. A message without a final line feed gets one, as `git commit` does.
    ///
    /// With `sign`, the commit is signed: `sign` receives the commit object's bytes and returns an
    /// armored signature, stored in the `gpgsig` header as git does for `gpg.format=ssh`; a
    /// signing failure leaves everything untouched and is thrown with the call `sign`.
    @discardableResult
    public func commit(
        changes: [FileChange], onto branch: String, expectedTip: ObjectID?, message: String,
        author: Signature, committer: Signature, sign: (([UInt8]) throws -> String)? = nil
    ) throws(GitError) -> ObjectID {
        let head = isBare ? nil : try headBranch()
        let updatesIndex = head == branch
        // Report a lock left by a crash before writing anything, rather than half-way; the index
        // stays locked until the branch has moved or the index is put back.
        try waitForLocks([lockFile(ofReference: branch)])
        let indexLock = updatesIndex ? try IndexLock(gitDirectory: gitDirectory, patience: Self.lockPatience) : nil
        defer { indexLock?.release() }
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
        let treeID = try writeTree(edit, base: expectedTip)
        let commitID: ObjectID
        if let sign {
            commitID = try createSignedCommit(
                tree: treeID, parent: expectedTip, message: message, author: author, committer: committer, sign: sign)
        } else {
            commitID = try createCommit(
                tree: treeID, parent: expectedTip, message: message, author: author, committer: committer)
        }
        if let indexLock {
            try updateIndex(indexLock, paths: changes.map(\.path), tree: treeID)
        }
        do {
            try moveBranch(branch, to: commitID, expected: expectedTip, message: "commit: " + summaryLine(of: message))
        } catch {
            guard let indexLock else { throw error }
            do {
                try indexLock.restore()
            } catch let restoreError {
                throw error.withMessage(
                    error.message + "; nothing was committed, but the index now holds the new text staged "
                        + "(\(restoreError.message)): 'git reset' brings it back in line with the branch")
            }
            throw error
        }
        return commitID
    }

    private func writeTree(_ edit: TreeEdit, base: ObjectID?) throws(GitError) -> ObjectID {
        let written: ObjectID?
        if let base {
            written = try withTree(ofCommit: base) { (tree) throws(GitError) in
                try edit.write(in: pointer, base: tree, keepEmpty: true)
            }
        } else {
            written = try edit.write(in: pointer, base: nil, keepEmpty: true)
        }
        guard let written else {
            throw GitError(code: .generic, message: "the root tree was not written", call: "git_treebuilder_write")
        }
        return written
    }

    private func createCommit(
        tree: ObjectID, parent: ObjectID?, message: String, author: Signature, committer: Signature
    ) throws(GitError) -> ObjectID {
        let text = message.hasSuffix("\n") ? message : message + "\n"
        return try withTree(tree) { (treeHandle) throws(GitError) -> ObjectID in
            try author.withLibGit2Signature { (authorSignature) throws(GitError) -> ObjectID in
                try committer.withLibGit2Signature { (committerSignature) throws(GitError) -> ObjectID in
                    var oid = git_oid()
                    guard let parent else {
                        try check(
                            git_commit_create(
                                &oid, pointer, nil, authorSignature, committerSignature, nil, text, treeHandle, 0, nil),
                            "git_commit_create")
                        return ObjectID(oid)
                    }
                    try withCommit(parent) { (parentHandle) throws(GitError) in
                        var parents: [OpaquePointer?] = [parentHandle]
                        try check(
                            git_commit_create(
                                &oid, pointer, nil, authorSignature, committerSignature, nil, text, treeHandle, 1,
                                &parents),
                            "git_commit_create")
                    }
                    return ObjectID(oid)
                }
            }
        }
    }

    /// Moves `branch` to `target` if it still points at `expected` (or does not exist, for `nil`).
    ///
    /// A lock on the branch taken meanwhile by another process is waited for once more.
    private func moveBranch(
        _ branch: String, to target: ObjectID, expected: ObjectID?, message: String
    ) throws(GitError) {
        do {
            do {
                try updateReference(name: branch, to: target, expected: expected, message: message)
            } catch where error.isLocked {
                try waitForLocks([lockFile(ofReference: branch)])
                try updateReference(name: branch, to: target, expected: expected, message: message)
            }
        } catch where error.isLocked {
            throw Self.lockedError(lockFile(ofReference: branch), waited: Self.lockPatience, call: error.call)
        } catch where error.isConflict || (expected != nil && error.isNotFound) {
            let now = (try? reference(named: branch)).map { "now at \($0.target.short)" } ?? "now missing"
            let was = expected.map { "expected \($0.short)" } ?? "expected no commit yet"
            var conflict = error.withMessage(
                "branch \(branch) moved while committing (\(was), \(now)); reload it and retry (\(error.message))")
            if conflict.isNotFound { conflict.code = .modified }  // A deleted branch moved too.
            throw conflict
        }
    }

    private func summaryLine(of message: String) -> String {
        String(message.split(separator: "\n", maxSplits: 1).first ?? "")
    }
}
