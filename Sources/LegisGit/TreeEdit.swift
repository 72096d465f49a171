import CLibGit2

/// The changes of one commit arranged by folder, applied to a base tree with libgit2 tree builders.
struct TreeEdit {
    /// What happens to one name inside a folder.
    indirect enum Entry {
        /// The name becomes a file holding the blob.
        case file(ObjectID, executable: Bool)
        /// The name (file or folder) goes away.
        case delete
        /// The name is a folder with changes inside.
        case folder(TreeEdit)
    }

    /// The changes in this folder, by entry name.
    var entries: [String: Entry] = [:]

    /// Adds a change at the path components `components` (applied in order; later changes win).
    mutating func add(_ entry: Entry, at components: ArraySlice<String>) {
        guard let first = components.first else { return }
        let rest = components.dropFirst()
        if rest.isEmpty {
            entries[first] = entry
            return
        }
        var child = TreeEdit()
        if case .folder(let existing) = entries[first] { child = existing }
        child.add(entry, at: rest)
        entries[first] = .folder(child)
    }

    /// The components of a slash-separated path, or an error naming the bad path.
    static func components(of path: String) throws(GitError) -> [String] {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let isValid =
            !parts.isEmpty
            && parts.allSatisfy { part in
                !part.isEmpty && part != "." && part != ".." && part.lowercased() != ".git" && !part.contains("\0")
            }
        guard isValid else {
            throw GitError(
                code: .invalid, errorClass: .invalid,
                message: "'\(path)' is not a valid file path in a commit: use relative paths like 'bills/42.md'",
                call: "Repository.commit(changes:)")
        }
        return parts
    }

    /// Writes the edited tree: the base tree (or none) with these changes.
    ///
    /// Returns `nil` when the result is an empty folder and `keepEmpty` is false, so that empty
    /// folders disappear.
    func write(
        in repository: OpaquePointer, base: OpaquePointer?, keepEmpty: Bool
    ) throws(GitError) -> ObjectID? {
        let builder = try makeHandle("git_treebuilder_new") { git_treebuilder_new(&$0, repository, base) }
        defer { git_treebuilder_free(builder) }
        for (name, entry) in entries.sorted(by: { $0.key < $1.key }) {
            switch entry {
            case .file(let id, let executable):
                var oid = id.oid
                let mode = executable ? GIT_FILEMODE_BLOB_EXECUTABLE : GIT_FILEMODE_BLOB
                try check(git_treebuilder_insert(nil, builder, name, &oid, mode), "git_treebuilder_insert")
            case .delete:
                try Self.remove(name, from: builder)
            case .folder(let child):
                let subtreeID = try Self.withExistingFolder(name, in: builder, repository: repository) {
                    (base) throws(GitError) in try child.write(in: repository, base: base, keepEmpty: false)
                }
                if var oid = subtreeID?.oid {
                    try check(
                        git_treebuilder_insert(nil, builder, name, &oid, GIT_FILEMODE_TREE), "git_treebuilder_insert")
                } else {
                    try Self.remove(name, from: builder)
                }
            }
        }
        if !keepEmpty && git_treebuilder_entrycount(builder) == 0 { return nil }
        var oid = git_oid()
        try check(git_treebuilder_write(&oid, builder), "git_treebuilder_write")
        return ObjectID(oid)
    }

    private static func remove(_ name: String, from builder: OpaquePointer) throws(GitError) {
        guard git_treebuilder_get(builder, name) != nil else { return }
        try check(git_treebuilder_remove(builder, name), "git_treebuilder_remove")
    }

    /// Runs `body` with the tree of the existing folder `name` in the builder (freed afterwards),
    /// or with `nil` when there is no such folder.
    private static func withExistingFolder(
        _ name: String, in builder: OpaquePointer, repository: OpaquePointer,
        _ body: (OpaquePointer?) throws(GitError) -> ObjectID?
    ) throws(GitError) -> ObjectID? {
        guard let entry = git_treebuilder_get(builder, name), git_tree_entry_type(entry) == GIT_OBJECT_TREE,
            let oid = git_tree_entry_id(entry)
        else { return try body(nil) }
        let tree = try makeHandle("git_tree_lookup") { git_tree_lookup(&$0, repository, oid) }
        defer { git_tree_free(tree) }
        return try body(tree)
    }
}
