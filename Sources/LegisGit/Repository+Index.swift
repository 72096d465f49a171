import CLibGit2
import Foundation

extension Repository {
    /// Updates the index entries of `paths` to match `tree` (the tree of the commit just made on
    /// HEAD's branch) and writes the index.
    ///
    /// A path whose working file holds the committed bytes is re-added from disk (full stat data,
    /// so `git status` is clean at once); otherwise the entry gets the blob id only, and git sees
    /// the working file as modified if it differs.
    func updateIndex(paths: [String], tree: ObjectID, commit: ObjectID) throws(GitError) {
        do {
            let index = try makeHandle("git_repository_index") { git_repository_index(&$0, pointer) }
            defer { git_index_free(index) }
            try check(git_index_read(index, 1), "git_index_read")
            try withTree(tree) { (treeHandle) throws(GitError) in
                for path in Set(paths).sorted() {
                    try check(git_index_remove_directory(index, path, 0), "git_index_remove_directory")
                    guard let blob = try Self.blobID(in: treeHandle, path: path) else {
                        try check(git_index_remove_bypath(index, path), "git_index_remove_bypath")
                        continue
                    }
                    try updateIndexEntry(index, path: path, blob: blob, tree: treeHandle)
                }
            }
            try check(git_index_write(index), "git_index_write")
        } catch {
            throw error.withMessage(
                "committed \(commit.short), but could not update the index (\(error.message)); "
                    + "run 'git reset' to bring the index in line with the branch")
        }
    }

    private func updateIndexEntry(
        _ index: OpaquePointer, path: String, blob: ObjectID, tree: OpaquePointer
    ) throws(GitError) {
        if let workingDirectory, let bytes = FileManager.default.contents(atPath: workingDirectory + "/" + path),
            Self.hashBlob(Array(bytes)) == blob
        {
            try check(git_index_add_bypath(index, path), "git_index_add_bypath")
            return
        }
        let entry = try makeHandle("git_tree_entry_bypath") { git_tree_entry_bypath(&$0, tree, path) }
        defer { git_tree_entry_free(entry) }
        try path.withGitCString { (cPath) throws(GitError) in
            var indexEntry = git_index_entry()
            indexEntry.mode = git_tree_entry_filemode(entry).rawValue
            indexEntry.id = blob.oid
            indexEntry.path = cPath
            try check(git_index_add(index, &indexEntry), "git_index_add")
        }
    }
}
