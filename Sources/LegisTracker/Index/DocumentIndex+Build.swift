import Glibc
import LegisGit

extension DocumentIndex {
    /// Computes the index of `tip` from the whole history: one tree read for the documents, one
    /// walk that stops as soon as every document has its last change, one blob read per document
    /// for its front matter.
    ///
    /// With `threads` 2, a second thread starts reading the blobs at once, while this one walks
    /// the history and then joins it; the index is the same as with one thread.
    static func build(
        in workspace: Workspace, tip: ObjectID, threads: Int = defaultThreads
    ) throws(LegisError) -> DocumentIndex {
        let repository = workspace.repository
        let files = try workspace.git { () throws(GitError) in try repository.files(at: tip) }
        let paths = documentPaths(files.keys.sorted(), config: workspace.config, threads: threads)
        let reader = DocumentFieldsReader(
            paths.compactMap { (path) in files[path].map { DocumentFieldsReader.Item(path: path, blob: $0) } })
        if threads > 1, reader.items.count >= minimumForTwoThreads {
            reader.startOtherThread(gitDirectory: repository.gitDirectory)
        }
        defer { reader.stop() }  // On an error, the other thread stops before this returns.
        var pending = Set(paths)
        var changes: [DocumentChange] = []
        var changeOf: [String: Int] = [:]
        if !pending.isEmpty {
            try workspace.git { () throws(GitError) in
                try repository.walkChanges(from: tip) { (changed) throws(GitError) -> Bool in
                    var number: Int?
                    for path in changed.paths.keys where pending.contains(path) {
                        if number == nil {
                            changes.append(DocumentChange(changed.commit))
                            number = changes.count - 1
                        }
                        changeOf[path] = number
                        pending.remove(path)
                    }
                    return !pending.isEmpty
                }
            }
        }
        let read = try workspace.git { () throws(GitError) in try reader.finish(with: repository) }
        var entries: [Entry] = []
        entries.reserveCapacity(reader.items.count)
        for (item, fields) in zip(reader.items, read) {
            // Always found: every file was added by some commit.
            guard let change = changeOf[item.path] else { continue }
            entries.append(
                Entry(
                    path: item.path, blob: item.blob, change: change, title: fields.title, kind: fields.kind,
                    status: fields.status, language: fields.language, problem: fields.problem))
        }
        return DocumentIndex(
            tip: tip, branch: workspace.branch, config: files[WorkspaceConfig.fileName], changes: changes,
            entries: entries)
    }

    /// Two threads when the machine has more than one core.
    static var defaultThreads: Int { sysconf(Int32(_SC_NPROCESSORS_ONLN)) > 1 ? 2 : 1 }

    /// Below this many documents a second thread costs more than it saves.
    static let minimumForTwoThreads = 32

    /// The paths among `sorted` that are documents, in the same order; with two threads, each
    /// matches half of them against the workspace's patterns.
    private static func documentPaths(_ sorted: [String], config: WorkspaceConfig, threads: Int) -> [String] {
        guard threads > 1, sorted.count >= minimumForTwoThreads * 8 else {
            return sorted.filter { config.documentID(forPath: $0) != nil }
        }
        let secondHalf = Array(sorted[(sorted.count / 2)...])
        let other = OtherThread { secondHalf.filter { config.documentID(forPath: $0) != nil } }
        let firstHalf = sorted[..<(sorted.count / 2)].filter { config.documentID(forPath: $0) != nil }
        return firstHalf + other.join()
    }

    /// The index of `tip` computed from this one by walking only the commits since its tip and
    /// reading only the documents whose blob changed; `nil` when that cannot be done (the branch
    /// was rewritten so that the old tip is no ancestor, or the settings changed).
    func updated(in workspace: Workspace, tip newTip: ObjectID) throws(LegisError) -> (index: DocumentIndex, commits: Int)? {
        let repository = workspace.repository
        guard branch == workspace.branch,
            try workspace.git({ () throws(GitError) in try repository.isDescendant(newTip, of: tip) })
        else { return nil }
        let files = try workspace.git { () throws(GitError) in try repository.files(at: newTip) }
        guard files[WorkspaceConfig.fileName] == config else { return nil }
        let documents = files.filter { workspace.config.documentID(forPath: $0.key) != nil }
        var fresh: [DocumentChange] = []
        var freshOf: [String: Int] = [:]
        var commits = 0
        try workspace.git { () throws(GitError) in
            try repository.walkChanges(from: newTip, hiding: tip) { (changed) throws(GitError) -> Bool in
                commits += 1
                var number: Int?
                for path in changed.paths.keys where documents[path] != nil && freshOf[path] == nil {
                    if number == nil {
                        fresh.append(DocumentChange(changed.commit))
                        number = fresh.count - 1
                    }
                    freshOf[path] = number
                }
                return true
            }
        }
        let previous = Dictionary(entries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var changes = fresh
        var kept: [Int: Int] = [:]
        var result: [Entry] = []
        result.reserveCapacity(documents.count)
        for (path, blob) in documents.sorted(by: { $0.key < $1.key }) {
            let change: Int
            if let number = freshOf[path] {
                change = number
            } else if let old = previous[path] {
                if let known = kept[old.change] {
                    change = known
                } else {
                    changes.append(self.changes[old.change])
                    change = changes.count - 1
                    kept[old.change] = change
                }
            } else {
                return nil  // A document neither changed since nor known before: recompute all.
            }
            if let old = previous[path], old.blob == blob {
                result.append(Entry(path: path, blob: blob, change: change, title: old.title, kind: old.kind, status: old.status, language: old.language, problem: old.problem))
            } else {
                let bytes = try workspace.git { () throws(GitError) in try repository.blob(blob) }
                let fields = Self.fields(of: bytes, path: path)
                result.append(
                    Entry(
                        path: path, blob: blob, change: change, title: fields.title, kind: fields.kind,
                        status: fields.status, language: fields.language, problem: fields.problem))
            }
        }
        return (DocumentIndex(tip: newTip, branch: branch, config: config, changes: changes, entries: result), commits)
    }
}
