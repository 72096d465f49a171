import CLibGit2

extension Repository {
    /// The URL of the configured remote `name`; `nil` when there is no such remote.
    public func remoteURL(name: String) throws(GitError) -> String? {
        guard let remote = try makeHandleIfFound("git_remote_lookup", { git_remote_lookup(&$0, pointer, name) })
        else { return nil }
        defer { git_remote_free(remote) }
        return git_remote_url(remote).map { String(cString: $0) }
    }

    /// Adds the remote `name` with the default fetch refspec (`+refs/heads/*:refs/remotes/<name>/*`).
    public func addRemote(name: String, url: String) throws(GitError) {
        let remote = try makeHandle("git_remote_create") { git_remote_create(&$0, pointer, name, url) }
        git_remote_free(remote)
    }

    /// The references a remote advertises (including `HEAD`), by name.
    ///
    /// `remote` is a configured remote's name or a URL (`file://`, a path, `https://`...).
    public func listRemoteReferences(
        remote: String, access: RemoteAccess? = nil
    ) throws(GitError) -> [String: ObjectID] {
        try withRemote(remote) { (handle) throws(GitError) -> [String: ObjectID] in
            try RemoteCallbacks(access: access).withCallbacks { (callbacks) throws(GitError) -> [String: ObjectID] in
                var callbacks = callbacks
                try check(
                    git_remote_connect(handle, GIT_DIRECTION_FETCH, &callbacks, nil, nil), "git_remote_connect")
                // Closing the connection cannot fail in a way that matters once the list is copied.
                defer { git_remote_disconnect(handle) }
                var heads: UnsafeMutablePointer<UnsafePointer<git_remote_head>?>?
                var count = 0
                try check(git_remote_ls(&heads, &count, handle), "git_remote_ls")
                var result: [String: ObjectID] = [:]
                for index in 0..<count {
                    guard let head = heads?[index], let name = head.pointee.name else { continue }
                    result[String(cString: name)] = ObjectID(head.pointee.oid)
                }
                return result
            }
        }
    }

    /// Pushes explicit `refspecs` (such as `refs/heads/main:refs/heads/main`; libgit2 accepts no
    /// globs here) to a remote name or URL, and returns what the remote said about each reference.
    ///
    /// A reference the remote refused comes back with its message. A non-fast-forward (without
    /// `+`) is refused by libgit2 before anything is sent: the whole push throws a ``GitError``
    /// with code `GIT_ENONFASTFORWARD` (`isConflict`) and no reference is updated.
    @discardableResult
    public func push(
        remote: String, refspecs: [String], access: RemoteAccess? = nil
    ) throws(GitError) -> [PushResult] {
        try withRemote(remote) { (handle) throws(GitError) -> [PushResult] in
            let box = RemoteCallbacks(access: access)
            try box.withCallbacks { (callbacks) throws(GitError) in
                var options = git_push_options()
                try check(git_push_options_init(&options, UInt32(GIT_PUSH_OPTIONS_VERSION)), "git_push_options_init")
                options.callbacks = callbacks
                do throws(GitError) {
                    try withStringArray(refspecs) { (array) throws(GitError) in
                        try check(git_remote_push(handle, &array, &options), "git_remote_push")
                    }
                } catch  where error.code == .nonFastForward {
                    throw error.withMessage(
                        "push to \(remote) refused before sending anything: a reference is not a fast-forward of "
                            + "the remote's value (\(error.message)); fetch, integrate and push again, "
                            + "or prefix the refspec with '+' to overwrite")
                }
            }
            return box.pushResults
        }
    }

    /// Runs `body` with the configured remote `remote`, or an anonymous remote for that URL.
    func withRemote<Result>(
        _ remote: String, _ body: (OpaquePointer) throws(GitError) -> Result
    ) throws(GitError) -> Result {
        var valid: Int32 = 0
        try check(git_remote_name_is_valid(&valid, remote), "git_remote_name_is_valid")
        var handle: OpaquePointer?
        if valid == 1 {
            handle = try makeHandleIfFound("git_remote_lookup") { git_remote_lookup(&$0, pointer, remote) }
        }
        if handle == nil {
            handle = try makeHandle("git_remote_create_anonymous") { git_remote_create_anonymous(&$0, pointer, remote) }
        }
        guard let remoteHandle = handle else {
            throw GitError(code: .notFound, message: "no remote '\(remote)'", call: "git_remote_lookup")
        }
        defer { git_remote_free(remoteHandle) }
        return try body(remoteHandle)
    }
}
