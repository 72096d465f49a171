import CLibGit2

/// Reads trees as ``RawTree`` values straight from the object database, for a walk over
/// history that compares each commit's trees with its parent's.
///
/// It keeps the trees read during the current commit and the one before: the parent's trees
/// read as the "old" side of one commit are the "new" side of the next, so each tree is read
/// and split into entries once.
struct RawTreeReader: ~Copyable {
    private let odb: OpaquePointer
    private var current: [ObjectID: RawTree] = [:]
    private var previous: [ObjectID: RawTree] = [:]

    init(_ repository: Repository) throws(GitError) {
        odb = try makeHandle("git_repository_odb") { git_repository_odb(&$0, repository.pointer) }
    }

    deinit {
        git_odb_free(odb)
    }

    /// The tree `id`.
    mutating func tree(_ id: ObjectID) throws(GitError) -> RawTree {
        if let known = current[id] { return known }
        if let known = previous[id] {
            current[id] = known
            return known
        }
        var oid = id.oid
        let object = try makeHandle("git_odb_read") { git_odb_read(&$0, odb, &oid) }
        guard git_odb_object_type(object) == GIT_OBJECT_TREE else {
            git_odb_object_free(object)
            throw GitError(code: .invalid, message: "object \(id) is not a tree", call: "git_odb_read")
        }
        guard let tree = RawTree(object: object) else {
            throw GitError(code: .invalid, message: "tree \(id) is not well-formed", call: "git_odb_read")
        }
        current[id] = tree
        return tree
    }

    /// Moves on to the next commit: the trees of this one are kept for it, older ones dropped.
    mutating func nextCommit() {
        previous = current
        current = [:]
    }
}
