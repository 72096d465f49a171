import CLibGit2
import Synchronization

/// The one-time initialisation of libgit2, shared by the whole process.
enum LibGit2 {
    /// Runs `git_libgit2_init` once, the first time it is read (Swift runs lazy globals once),
    /// then sets the process-wide options for reading.
    private static let initialized: Int32 = {
        let result = git_libgit2_init()
        configureForReading()
        return result
    }()

    /// Makes sure libgit2 is initialised before any other libgit2 call.
    static func ensureInitialized() {
        _ = initialized
    }

    /// Process-wide libgit2 options that make reading a large history as cheap as it is for git.
    private static func configureForReading() {
        // libgit2 re-hashes every object it reads from the object database and compares the
        // result with the id it was asked for ("strict hash verification"); on a history walk
        // over thousands of trees that SHA-1 work is more than half of the time. git does not do
        // it when reading either: objects are hashed when they enter the repository (libgit2's
        // indexer and git's index-pack check every object of a fetched pack, and writes name
        // objects by their hash), and corruption at rest is what `git fsck` is for. Nothing Legis
        // trusts rests on the re-hash: endorsements check their own SHA-256 of the text and
        // their signatures. So it is turned off for reads.
        _ = legis_git_set_strict_hash_verification(0)
        // Trees are read again and again by history walks (a commit's tree is its child's
        // parent tree); by default libgit2 caches only objects up to 4 KiB, less than a folder
        // of a few hundred laws. Keep trees up to 1 MiB in its object cache.
        _ = legis_git_set_cache_object_limit(GIT_OBJECT_TREE, 1 << 20)
        // All caches together hold at most 8 MiB (libgit2's default is 256 MiB, which a server
        // browsing a statute book's histories filled): enough for the trees a walk reads again,
        // and the server keeps its memory for its own caches of pages and comparisons.
        _ = legis_git_set_cache_max_size(8 << 20)
    }

    /// For a process that runs for long (the server): the pages of a pack that Legis read
    /// itself are unmapped after each entry it inflates.
    ///
    /// A mapped page of a pack counts in the process's resident memory for as long as it stays
    /// mapped, and Legis' reader maps each pack whole: after browsing a hundred laws of a
    /// statute book (their pages and histories), some 38 MB of its 120 MB pack were resident
    /// on that account alone. The pages stay in the system's page cache; a later read maps them
    /// again at the cost of a minor fault. libgit2's own mapping of the pack (for commits and
    /// trees) is left as it is: a smaller window made the first history walk much slower.
    /// Short commands keep their pages mapped: they exit soon.
    static func limitMappedPacks() {
        PackedObjects.releasesPages.store(true, ordering: .relaxed)
    }
}
