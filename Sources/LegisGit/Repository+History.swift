import CLibGit2

extension Repository {
    /// The commits reachable from `from` that changed the file at `path`, newest first.
    ///
    /// A commit counts when the file's blob id differs from its id in every parent (so merges
    /// that took one side's version are skipped); a root commit counts when it has the file.
    /// Deletions count too. Compares tree entries only, no diffs: the path is followed folder
    /// by folder, and each tree's answer is remembered by tree id, so a commit whose top-level
    /// entry for the path equals its parent's costs one small tree read and no more, as in git.
    public func history(of path: String, from: ObjectID, limit: Int? = nil) throws(GitError) -> [Commit] {
        var resolver = PathResolver(components: path.split(separator: "/", omittingEmptySubsequences: false).map(String.init))
        var atCommit: [ObjectID: ObjectID?] = [:]
        func blobID(at commit: ObjectID, tree: ObjectID? = nil) throws(GitError) -> ObjectID? {
            if let known = atCommit[commit] { return known }
            let treeID: ObjectID
            if let tree {
                treeID = tree
            } else {
                treeID = try withCommit(commit) { ObjectID(git_commit_tree_id($0)) }
            }
            let found = try resolver.entry(in: treeID, repository: self)
            atCommit[commit] = .some(found)
            return found
        }
        var result: [Commit] = []
        try walk(from: from) { (id) throws(GitError) -> Bool in
            if let limit, result.count >= limit { return false }
            let (tree, parents) = try withCommit(id) { (handle) -> (ObjectID, [ObjectID]) in
                let parents = (0..<git_commit_parentcount(handle)).compactMap { index in
                    git_commit_parent_id(handle, index).map { ObjectID($0) }
                }
                return (ObjectID(git_commit_tree_id(handle)), parents)
            }
            let current = try blobID(at: id, tree: tree)
            var changed = parents.isEmpty ? current != nil : true
            for parent in parents where try blobID(at: parent) == current {
                changed = false
                break
            }
            if changed { result.append(try commit(id)) }
            atCommit[id] = nil  // A commit is visited once; its parents' entries are still needed.
            return true
        }
        return result
    }
}

/// Finds the entry at a fixed path in many trees, remembering each tree's answer by its id.
///
/// Each tree is read from the object database as stored and its entries scanned for the one
/// name wanted (``RawTree/entryID(named:kind:in:)``), as git's tree walks do: a libgit2 tree
/// object would parse every entry of the folder first (half of `legis log` on a folder of
/// hundreds of laws went to reading their octal modes).
struct PathResolver {
    let components: [String]
    /// The components as bytes, compared with the stored names.
    private let names: [[UInt8]]
    /// For each depth, the entry id found in a tree at that depth (`nil`: missing, or not a
    /// tree where one is needed).
    private var known: [[ObjectID: ObjectID?]]

    init(components: [String]) {
        self.components = components
        names = components.map { Array($0.utf8) }
        known = Array(repeating: [:], count: components.count)
    }

    /// The blob at the path inside the root tree `root`, or `nil`.
    mutating func entry(in root: ObjectID, repository: Repository) throws(GitError) -> ObjectID? {
        var tree = root
        for depth in components.indices {
            let next: ObjectID?
            if let cached = known[depth][tree] {
                next = cached
            } else {
                let wanted: RawTree.Kind = depth == components.count - 1 ? .blob : .tree
                next = try repository.withTreeBytes(tree) { RawTree.entryID(named: names[depth], kind: wanted, in: $0) }
                known[depth][tree] = .some(next)
            }
            guard let next else { return nil }
            tree = next
        }
        return tree
    }
}

extension Repository {
    /// Runs `body` with the stored bytes of the tree `id` (its entries, without git's header),
    /// read in place from the object database: valid only during the call.
    func withTreeBytes<Result>(
        _ id: ObjectID, _ body: (UnsafeRawBufferPointer) -> Result
    ) throws(GitError) -> Result {
        let odb = try makeHandle("git_repository_odb") { git_repository_odb(&$0, pointer) }
        defer { git_odb_free(odb) }
        var oid = id.oid
        let object = try makeHandle("git_odb_read") { git_odb_read(&$0, odb, &oid) }
        defer { git_odb_object_free(object) }
        guard git_odb_object_type(object) == GIT_OBJECT_TREE else {
            throw GitError(code: .invalid, message: "object \(id) is not a tree", call: "git_odb_read")
        }
        return body(UnsafeRawBufferPointer(start: git_odb_object_data(object), count: Int(git_odb_object_size(object))))
    }
}
