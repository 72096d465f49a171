extension String {
    /// `withCString` for a body that throws ``GitError`` (the standard one only rethrows untyped).
    func withGitCString<Result>(
        _ body: (UnsafePointer<CChar>) throws(GitError) -> Result
    ) throws(GitError) -> Result {
        try withCString { text in Swift.Result { () throws(GitError) in try body(text) } }.get()
    }
}
