import CLibGit2

/// Collects what libgit2 reports through remote callbacks during one fetch or push.
///
/// libgit2 callbacks are C function pointers that cannot capture: they find this box through
/// the payload pointer, which stays valid because the caller keeps the box alive for the call.
final class RemoteCallbacks {
    /// Per-reference push outcomes, in the order the remote reported them.
    var pushResults: [PushResult] = []
    /// Local references changed by a fetch.
    var fetchUpdates: [FetchUpdate] = []
    /// Credentials and host-key checks, when given.
    var access: RemoteAccess?
    /// How many credentials were asked for so far.
    var credentialAttempts = 0
    /// Why a credential or host key was refused, to replace libgit2's message.
    var failure: String?

    init(access: RemoteAccess? = nil) {
        self.access = access
    }

    /// Runs `body` with libgit2 callbacks that report into this box.
    func withCallbacks<Result>(
        _ body: (git_remote_callbacks) throws(GitError) -> Result
    ) throws(GitError) -> Result {
        var callbacks = git_remote_callbacks()
        try check(
            git_remote_init_callbacks(&callbacks, UInt32(GIT_REMOTE_CALLBACKS_VERSION)), "git_remote_init_callbacks")
        callbacks.payload = Unmanaged.passUnretained(self).toOpaque()
        callbacks.push_update_reference = { name, status, payload in
            guard let payload, let name else { return 0 }
            let box = Unmanaged<RemoteCallbacks>.fromOpaque(payload).takeUnretainedValue()
            box.pushResults.append(
                PushResult(reference: String(cString: name), message: status.map { String(cString: $0) }))
            return 0
        }
        if let access { install(access, into: &callbacks) }
        callbacks.update_tips = { name, old, new, payload in
            guard let payload, let name else { return 0 }
            let box = Unmanaged<RemoteCallbacks>.fromOpaque(payload).takeUnretainedValue()
            let oldID = old.map { ObjectID($0) }.flatMap { $0.isZero ? nil : $0 }
            let newID = new.map { ObjectID($0) }.flatMap { $0.isZero ? nil : $0 }
            box.fetchUpdates.append(FetchUpdate(reference: String(cString: name), old: oldID, new: newID))
            return 0
        }
        return try withExtendedLifetime(self) { () throws(GitError) -> Result in
            do throws(GitError) {
                return try body(callbacks)
            } catch {
                // libgit2's own message for a refused credential or host key says less than ours.
                if let failure, error.code == .authentication || error.code == .certificate {
                    throw error.withMessage(failure)
                }
                throw error
            }
        }
    }
}
