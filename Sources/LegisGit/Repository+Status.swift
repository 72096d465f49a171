import CLibGit2

extension Repository {
    /// The status of each path (relative to the working tree), as `git status` sees it.
    ///
    /// A path that exists nowhere (not in HEAD, the index or the working tree) is current.
    /// Throws `GIT_EBAREREPO` in a bare repository.
    public func status(of paths: [String]) throws(GitError) -> [String: FileStatus] {
        var result: [String: FileStatus] = [:]
        for path in paths {
            var flags: UInt32 = 0
            let found = try checkFound(git_status_file(&flags, pointer, path), "git_status_file")
            result[path] = found ? FileStatus(rawValue: flags) : []
        }
        return result
    }

    /// Whether `path` differs in any way from HEAD (staged, modified, deleted or untracked).
    public func isModified(path: String) throws(GitError) -> Bool {
        let status = try status(of: [path])[path] ?? []
        return !status.subtracting(.ignored).isEmpty
    }
}
