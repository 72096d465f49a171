import CLibGit2

/// The one-time initialisation of libgit2, shared by the whole process.
enum LibGit2 {
    /// Runs `git_libgit2_init` once, the first time it is read (Swift runs lazy globals once).
    private static let initialized: Int32 = git_libgit2_init()

    /// Makes sure libgit2 is initialised before any other libgit2 call.
    static func ensureInitialized() {
        _ = initialized
    }
}
