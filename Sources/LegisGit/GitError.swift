/// A failed libgit2 call: its return code, error class and message, and the function that failed.
///
/// Every libgit2 return code in this module goes through one checking helper, which reads
/// `git_error_last` on the same thread right after the call and throws this error.
public struct GitError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The libgit2 return code, such as `GIT_ENOTFOUND` (-3).
    public var code: Code
    /// The libgit2 error class, such as `GIT_ERROR_REFERENCE`.
    public var errorClass: ErrorClass
    /// What went wrong, as libgit2 (or this module) describes it.
    public var message: String
    /// The libgit2 function (or the operation of this module) that failed.
    public var call: String

    /// Creates an error from its parts.
    public init(code: Code, errorClass: ErrorClass = .none, message: String, call: String) {
        self.code = code
        self.errorClass = errorClass
        self.message = message
        self.call = call
    }

    /// Whether the object, reference, path or configuration value asked for does not exist.
    public var isNotFound: Bool { code == .notFound }

    /// Whether someone else got there first; reload and retry.
    ///
    /// True when a reference moved or already exists, or a push was not a fast-forward. A lock
    /// file in the way is not a conflict (no one else saved): see ``isLocked``.
    public var isConflict: Bool {
        code == .modified || code == .exists || code == .nonFastForward
    }

    /// Whether a lock file (`index.lock`, `refs/heads/main.lock`) held the write back: another
    /// process is writing, or a crashed one left the lock behind. The message names the file.
    public var isLocked: Bool { code == .locked }

    /// A readable summary: the call, the code name, the error class and the message.
    public var description: String {
        "\(call) failed with \(code.name) (\(errorClass.name)): \(message)"
    }
}
