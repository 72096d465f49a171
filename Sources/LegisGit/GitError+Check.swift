import CLibGit2

extension GitError {
    /// The error libgit2 reported for a failed call on this thread.
    ///
    /// Call it right after the failing call, with no suspension point in between:
    /// libgit2 keeps the last error per thread.
    static func last(code: Int32, call: String) -> GitError {
        var message = "unknown error"
        var errorClass = ErrorClass.none
        if let error = git_error_last() {
            errorClass = ErrorClass(rawValue: error.pointee.klass)
            if let text = error.pointee.message {
                message = String(cString: text).trimmingTrailingNewlines()
            }
        }
        return GitError(code: Code(rawValue: code), errorClass: errorClass, message: message, call: call)
    }

    /// Returns a copy with a different message, keeping the code, class and call.
    func withMessage(_ newMessage: String) -> GitError {
        var copy = self
        copy.message = newMessage
        return copy
    }
}

/// Checks a libgit2 return code: returns it when it is not negative, throws ``GitError`` otherwise.
///
/// The one place where libgit2 return codes become Swift errors.
@discardableResult
func check(_ result: Int32, _ call: String) throws(GitError) -> Int32 {
    guard result < 0 else { return result }
    throw GitError.last(code: result, call: call)
}

/// Checks a libgit2 return code, turning `GIT_ENOTFOUND` into `false` instead of an error.
func checkFound(_ result: Int32, _ call: String) throws(GitError) -> Bool {
    if result == GIT_ENOTFOUND.rawValue { return false }
    try check(result, call)
    return true
}

extension String {
    /// The string without trailing line feeds.
    func trimmingTrailingNewlines() -> String {
        var result = Substring(self)
        while result.last == "\n" { result = result.dropLast() }
        return String(result)
    }
}
