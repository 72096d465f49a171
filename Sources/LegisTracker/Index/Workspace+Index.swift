import LegisGit
import Synchronization

extension Workspace {
    /// Brings the document index up to date with the branch and says how: reused as stored,
    /// updated by walking only the new commits, or rebuilt from the whole history.
    ///
    /// Every listing calls it; call it directly to prepare the index (after a sync, say) or to
    /// see what it did.
    @discardableResult
    public func refreshIndex() throws(LegisError) -> IndexRefresh {
        try loadIndex().refresh
    }

    /// The document index of the tip; `nil` before the first commit.
    func documentIndex() throws(LegisError) -> DocumentIndex? {
        try loadIndex().index
    }

    /// Where the index is stored for this repository.
    var indexPath: String { repository.gitDirectory + "/" + DocumentIndex.fileName }

    private func loadIndex() throws(LegisError) -> (index: DocumentIndex?, refresh: IndexRefresh) {
        guard let tip = try tip() else { return (nil, .reused) }
        let path = indexPath
        let store = DocumentIndexStore.shared
        return try store.entries.withLock { (entries) throws(LegisError) -> (index: DocumentIndex?, refresh: IndexRefresh) in
            let (stored, reason) = DocumentIndexStore.read(path, known: entries[path])
            let index: DocumentIndex
            let refresh: IndexRefresh
            if let stored, stored.tip == tip, stored.branch == branch {
                entries[path] = DocumentIndexStore.Entry(index: stored, stamp: DocumentIndexStore.FileStamp(path: path))
                return (stored, .reused)
            } else if let stored, let (updated, commits) = try stored.updated(in: self, tip: tip) {
                index = updated
                refresh = .updated(commits: commits)
            } else {
                index = try DocumentIndex.build(in: self, tip: tip)
                refresh = .rebuilt(
                    reason: stored == nil
                        ? reason
                        : stored?.branch != branch
                            ? "the index was for another branch"
                            : "the branch was rewritten or the settings changed")
            }
            let stamp = DocumentIndexStore.write(index, to: path)
            entries[path] = DocumentIndexStore.Entry(index: index, stamp: stamp)
            return (index, refresh)
        }
    }
}
