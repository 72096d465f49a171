import CLibGit2

extension Repository {
    /// The configuration value `key` (such as `user.name`); `nil` when it is not set.
    ///
    /// Looked up like git does: the repository's config, then the global and system files.
    public func configValue(_ key: String) throws(GitError) -> String? {
        let config = try makeHandle("git_repository_config") { git_repository_config(&$0, pointer) }
        defer { git_config_free(config) }
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        guard try checkFound(git_config_get_string_buf(&buffer, config, key), "git_config_get_string_buf") else {
            return nil
        }
        return buffer.ptr.map { String(cString: $0) }
    }

    /// Sets `key` to `value` in the repository's own config file (`.git/config`).
    public func setConfigValue(_ key: String, _ value: String) throws(GitError) {
        let config = try makeHandle("git_repository_config") { git_repository_config(&$0, pointer) }
        defer { git_config_free(config) }
        let local = try makeHandle("git_config_open_level") {
            git_config_open_level(&$0, config, GIT_CONFIG_LEVEL_LOCAL)
        }
        defer { git_config_free(local) }
        try check(git_config_set_string(local, key, value), "git_config_set_string")
    }
}

extension Repository {
    /// The configuration value `key` from the user's and the system's files only (no repository):
    /// what a repository created now would see. `nil` when it is not set.
    public static func defaultConfigValue(_ key: String) throws(GitError) -> String? {
        LibGit2.ensureInitialized()
        let config = try makeHandle("git_config_open_default") { git_config_open_default(&$0) }
        defer { git_config_free(config) }
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        guard try checkFound(git_config_get_string_buf(&buffer, config, key), "git_config_get_string_buf") else {
            return nil
        }
        return buffer.ptr.map { String(cString: $0) }
    }
}
