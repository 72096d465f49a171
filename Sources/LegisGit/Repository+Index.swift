import CLibGit2
import Foundation

extension Repository {
    /// Updates the index entries of `paths` to match `tree` (the tree of the commit about to move
    /// HEAD's branch) and replaces the index whole, under `lock`.
    ///
    /// A path whose working file holds the committed bytes gets that file's stat data, so
    /// `git status` is clean at once; otherwise the entry gets the blob id only, and git sees the
    /// working file as modified if it differs.
    func updateIndex(_ lock: IndexLock, paths: [String], tree: ObjectID) throws(GitError) {
        do {
            try withTree(tree) { (treeHandle) throws(GitError) in
                try lock.write { (index) throws(GitError) in
                    for path in Set(paths).sorted() {
                        try check(git_index_remove_directory(index, path, 0), "git_index_remove_directory")
                        guard let blob = try Self.blobID(in: treeHandle, path: path) else {
                            try check(git_index_remove_bypath(index, path), "git_index_remove_bypath")
                            continue
                        }
                        try updateIndexEntry(index, path: path, blob: blob, tree: treeHandle)
                    }
                }
            }
        } catch {
            throw error.withMessage("could not update the index (\(error.message)); nothing was committed")
        }
    }

    private func updateIndexEntry(
        _ index: OpaquePointer, path: String, blob: ObjectID, tree: OpaquePointer
    ) throws(GitError) {
        let entry = try makeHandle("git_tree_entry_bypath") { git_tree_entry_bypath(&$0, tree, path) }
        defer { git_tree_entry_free(entry) }
        var indexEntry = git_index_entry()
        indexEntry.mode = git_tree_entry_filemode(entry).rawValue
        indexEntry.id = blob.oid
        if let workingDirectory {
            let file = workingDirectory + "/" + path
            var info = stat()
            if lstat(file, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
                let bytes = FileManager.default.contents(atPath: file), Self.hashBlob(Array(bytes)) == blob
            {
                // The stat data git compares to decide that a file is unchanged (as `git add` records it).
                indexEntry.ctime = git_index_time(
                    seconds: Int32(truncatingIfNeeded: info.st_ctim.tv_sec),
                    nanoseconds: UInt32(truncatingIfNeeded: info.st_ctim.tv_nsec))
                indexEntry.mtime = git_index_time(
                    seconds: Int32(truncatingIfNeeded: info.st_mtim.tv_sec),
                    nanoseconds: UInt32(truncatingIfNeeded: info.st_mtim.tv_nsec))
                indexEntry.dev = UInt32(truncatingIfNeeded: info.st_dev)
                indexEntry.ino = UInt32(truncatingIfNeeded: info.st_ino)
                indexEntry.uid = info.st_uid
                indexEntry.gid = info.st_gid
                indexEntry.file_size = UInt32(truncatingIfNeeded: info.st_size)
            }
        }
        try path.withGitCString { (cPath) throws(GitError) in
            indexEntry.path = cPath
            try check(git_index_add(index, &indexEntry), "git_index_add")
        }
    }
}
