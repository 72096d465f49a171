import CLibGit2

/// A git repository opened through libgit2: the one owner of its `git_repository` handle.
///
/// A repository is deliberately not `Sendable`: libgit2 allows one thread at a time per handle.
/// Keep each instance with one owner (a task, an actor or a serial queue); to work from several
/// threads at once, open one instance per thread. Everything it returns is a `Sendable` value
/// copied out of libgit2 at once, so results can travel freely.
public final class Repository {
    /// For a process that runs for long: the pages of packs Legis reads itself are not kept
    /// mapped (see ``LibGit2/limitMappedPacks()``).
    public static func limitMappedPacks() {
        LibGit2.limitMappedPacks()
    }

    /// The libgit2 handle, freed in `deinit`.
    let pointer: OpaquePointer

    /// The packs, read directly for blobs (see ``PackedObjects``).
    lazy var packedObjects = PackedObjects(objectsFolder: objectsFolder)

    /// The folder of the repository's objects (the main repository's, for a linked worktree).
    public var objectsFolder: String {
        String(cString: git_repository_commondir(pointer)).trimmingTrailingSlash() + "/objects"
    }

    private init(pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        git_repository_free(pointer)
    }

    /// Opens the repository at `path`: a working tree, its `.git` folder, or a bare repository.
    public static func open(at path: String) throws(GitError) -> Repository {
        LibGit2.ensureInitialized()
        let handle = try makeHandle("git_repository_open") { git_repository_open(&$0, path) }
        return Repository(pointer: handle)
    }

    /// Opens the repository containing `path`, walking up the folders like git does.
    public static func discover(from path: String) throws(GitError) -> Repository {
        LibGit2.ensureInitialized()
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        try check(git_repository_discover(&buffer, path, 0, nil), "git_repository_discover")
        guard let found = buffer.ptr else {
            throw GitError(
                code: .notFound, message: "no git repository contains '\(path)'", call: "git_repository_discover")
        }
        return try open(at: String(cString: found))
    }

    /// Creates a repository at `path` (making the folder when needed), HEAD on `initialBranch`.
    public static func initialize(
        at path: String, bare: Bool = false, initialBranch: String = "main"
    ) throws(GitError) -> Repository {
        LibGit2.ensureInitialized()
        var options = git_repository_init_options()
        try check(
            git_repository_init_options_init(&options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION)),
            "git_repository_init_options_init")
        options.flags = GIT_REPOSITORY_INIT_MKPATH.rawValue
        if bare { options.flags |= GIT_REPOSITORY_INIT_BARE.rawValue }
        let handle = try initialBranch.withGitCString { (branch) throws(GitError) -> OpaquePointer in
            options.initial_head = branch
            return try makeHandle("git_repository_init_ext") { git_repository_init_ext(&$0, path, &options) }
        }
        return Repository(pointer: handle)
    }

    /// Whether the repository has no working tree.
    public var isBare: Bool {
        git_repository_is_bare(pointer) == 1
    }

    /// The working tree folder without a trailing slash; `nil` for a bare repository.
    public var workingDirectory: String? {
        git_repository_workdir(pointer).map { String(cString: $0).trimmingTrailingSlash() }
    }

    /// The git folder (`.git`, or the repository itself when bare), without a trailing slash.
    public var gitDirectory: String {
        String(cString: git_repository_path(pointer)).trimmingTrailingSlash()
    }
}

/// A repository handle must stay with one owner at a time; see ``Repository``.
@available(*, unavailable)
extension Repository: Sendable {}

extension String {
    /// The path without a trailing slash (the root `/` stays as it is).
    func trimmingTrailingSlash() -> String {
        guard count > 1, hasSuffix("/") else { return self }
        return String(dropLast())
    }
}
