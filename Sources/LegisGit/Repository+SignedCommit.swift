import CLibGit2

extension Repository {
    /// Commits `changes` like ``commit(changes:onto:expectedTip:message:author:committer:)``, with
    /// the commit signed: `sign` receives the commit object's bytes and returns an armored
    /// signature, stored in the `gpgsig` header as git does for `gpg.format=ssh`, so that
    /// `git verify-commit` checks it.
    ///
    /// The branch moves with compare-and-swap from `expectedTip`; a signing failure leaves the
    /// branch untouched and is thrown with the call `sign`.
    @discardableResult
    public func signedCommit(
        changes: [FileChange], onto branch: String, expectedTip: ObjectID?, message: String,
        author: Signature, committer: Signature, sign: ([UInt8]) throws -> String
    ) throws(GitError) -> ObjectID {
        try withoutActuallyEscaping(sign) { (sign) throws(GitError) -> ObjectID in
            try commit(
                changes: changes, onto: branch, expectedTip: expectedTip, message: message, author: author,
                committer: committer, sign: sign)
        }
    }

    /// Writes a commit object signed by `sign` (see ``signedCommit(changes:onto:expectedTip:message:author:committer:sign:)``).
    func createSignedCommit(
        tree: ObjectID, parent: ObjectID?, message: String, author: Signature, committer: Signature,
        sign: ([UInt8]) throws -> String
    ) throws(GitError) -> ObjectID {
        let payload = try commitBuffer(
            tree: tree, parent: parent, message: message.hasSuffix("\n") ? message : message + "\n",
            author: author, committer: committer)
        let armor: String
        do {
            armor = try sign(payload)
        } catch {
            throw GitError(code: .generic, message: "could not sign the commit: \(error)", call: "sign")
        }
        var oid = git_oid()
        let content = String(decoding: payload, as: UTF8.self)
        let signature = armor.hasSuffix("\n") ? String(armor.dropLast()) : armor
        try check(
            git_commit_create_with_signature(&oid, pointer, content, signature, "gpgsig"),
            "git_commit_create_with_signature")
        return ObjectID(oid)
    }

    /// The bytes of an unsigned commit object, as libgit2 would write it.
    private func commitBuffer(
        tree: ObjectID, parent: ObjectID?, message: String, author: Signature, committer: Signature
    ) throws(GitError) -> [UInt8] {
        try withTree(tree) { (treeHandle) throws(GitError) -> [UInt8] in
            try author.withLibGit2Signature { (authorSignature) throws(GitError) -> [UInt8] in
                try committer.withLibGit2Signature { (committerSignature) throws(GitError) -> [UInt8] in
                    var buffer = git_buf()
                    defer { git_buf_dispose(&buffer) }
                    if let parent {
                        try withCommit(parent) { (parentHandle) throws(GitError) in
                            var parents: [OpaquePointer?] = [parentHandle]
                            try check(
                                git_commit_create_buffer(
                                    &buffer, pointer, authorSignature, committerSignature, nil, message, treeHandle, 1,
                                    &parents),
                                "git_commit_create_buffer")
                        }
                    } else {
                        try check(
                            git_commit_create_buffer(
                                &buffer, pointer, authorSignature, committerSignature, nil, message, treeHandle, 0, nil),
                            "git_commit_create_buffer")
                    }
                    guard let bytes = buffer.ptr else { return [] }
                    return Array(UnsafeRawBufferPointer(start: bytes, count: buffer.size).bindMemory(to: UInt8.self))
                }
            }
        }
    }
}

extension Repository {
    /// The id of whatever `path` names in `commit`'s tree (a blob or a folder's tree).
    ///
    /// `nil` when nothing is there. Comparing it between two commits tells whether a folder changed.
    public func entryID(at commit: ObjectID, path: String) throws(GitError) -> ObjectID? {
        try withTree(ofCommit: commit) { (tree) throws(GitError) -> ObjectID? in
            guard
                let entry = try makeHandleIfFound("git_tree_entry_bypath", { git_tree_entry_bypath(&$0, tree, path) })
            else { return nil }
            defer { git_tree_entry_free(entry) }
            return git_tree_entry_id(entry).map { ObjectID($0) }
        }
    }
}

extension Repository {
    /// The blobs directly inside the tree `id` (no sub-folders), by name.
    public func blobs(inTree id: ObjectID) throws(GitError) -> [String: ObjectID] {
        try withTree(id) { (tree) throws(GitError) -> [String: ObjectID] in
            var result: [String: ObjectID] = [:]
            for index in 0..<git_tree_entrycount(tree) {
                guard let entry = git_tree_entry_byindex(tree, index), git_tree_entry_type(entry) == GIT_OBJECT_BLOB,
                    let oid = git_tree_entry_id(entry), let name = git_tree_entry_name(entry)
                else { continue }
                result[String(cString: name)] = ObjectID(oid)
            }
            return result
        }
    }
}
