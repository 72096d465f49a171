import CLibGit2

/// Calls a libgit2 constructor that fills an out-pointer and returns the new handle, checked.
///
/// The caller owns the handle and frees it (with `defer`) in the same scope.
func makeHandle(
    _ call: String, _ body: (inout OpaquePointer?) -> Int32
) throws(GitError) -> OpaquePointer {
    var handle: OpaquePointer?
    try check(body(&handle), call)
    guard let handle else {
        throw GitError(code: .generic, message: "libgit2 returned no object", call: call)
    }
    return handle
}

/// Like ``makeHandle(_:_:)``, but returns `nil` instead of throwing when libgit2 says `GIT_ENOTFOUND`.
func makeHandleIfFound(
    _ call: String, _ body: (inout OpaquePointer?) -> Int32
) throws(GitError) -> OpaquePointer? {
    var handle: OpaquePointer?
    guard try checkFound(body(&handle), call) else { return nil }
    guard let handle else {
        throw GitError(code: .generic, message: "libgit2 returned no object", call: call)
    }
    return handle
}
