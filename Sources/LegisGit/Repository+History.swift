extension Repository {
    /// The commits reachable from `from` that changed the file at `path`, newest first.
    ///
    /// A commit counts when the file's blob id differs from its id in every parent (so merges
    /// that took one side's version are skipped); a root commit counts when it has the file.
    /// Deletions count too. Compares tree entries only, no diffs.
    public func history(of path: String, from: ObjectID, limit: Int? = nil) throws(GitError) -> [Commit] {
        var blobIDs: [ObjectID: ObjectID?] = [:]
        func blobID(at commit: ObjectID) throws(GitError) -> ObjectID? {
            if let known = blobIDs[commit] { return known }
            let found = try self.blobID(at: commit, path: path)
            blobIDs[commit] = .some(found)
            return found
        }
        var result: [Commit] = []
        try walk(from: from) { (id) throws(GitError) -> Bool in
            if let limit, result.count >= limit { return false }
            let value = try commit(id)
            let current = try blobID(at: id)
            var changed = value.parents.isEmpty ? current != nil : true
            for parent in value.parents where try blobID(at: parent) == current {
                changed = false
                break
            }
            if changed { result.append(value) }
            blobIDs[id] = nil  // A commit is visited once; its parents' entries are still needed.
            return true
        }
        return result
    }
}
