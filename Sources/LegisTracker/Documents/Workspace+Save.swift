public import Foundation
public import LegisGit

/// What a save committed.
public struct SaveResult: Sendable, Hashable {
    /// The new commit, or nil when nothing had changed.
    public var commit: ObjectID?
    /// The documents whose text was committed.
    public var saved: [DocumentID]
}

extension Workspace {
    /// Commits the edited documents from the working tree.
    ///
    /// - Parameters:
    ///   - ids: the documents to save; empty saves every document whose file differs from the tip.
    ///   - expectedTip: the tip the edits were based on (by default the current tip). When the branch
    ///     has moved since, the save fails with a conflict and the files stay as they are on disk.
    public func save(
        _ ids: [DocumentID], message: String, author: Author?, basedOn expectedTip: ObjectID? = nil
    ) throws(LegisError) -> SaveResult {
        guard let root = repository.workingDirectory else {
            throw LegisError(.invalidInput, "A bare repository has no working files to save; commit through a clone.")
        }
        guard !message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw LegisError(.usage, "A save needs a message: pass -m \"what changed\".")
        }
        let signer = try self.author(author)
        let current = try tip()
        let base = expectedTip ?? current
        var paths: [(DocumentID, String)] = []
        if ids.isEmpty {
            paths = try documentFilesOnDisk(root: root)
        } else {
            for id in ids { paths.append((id, try path(of: id))) }
        }
        var changes: [FileChange] = []
        var saved: [DocumentID] = []
        for (id, path) in paths {
            let file = root + "/" + path
            guard FileManager.default.fileExists(atPath: file) else {
                throw LegisError(.notFound, "\(path): no such file for document '\(id)' ('legis new \(id)' creates one).")
            }
            let bytes = try DocumentInput.read(file)
            let committed = try base.flatMap { tip throws(LegisError) in
                try git { () throws(GitError) in try repository.blobID(at: tip, path: path) }
            }
            if committed == Repository.hashBlob(bytes) { continue }
            changes.append(.write(path: path, contents: bytes, executable: false))
            saved.append(id)
        }
        guard !changes.isEmpty else { return SaveResult(commit: nil, saved: []) }
        let commit = try self.commit(changes, message: message, author: signer, base: .tip(base))
        return SaveResult(commit: commit, saved: saved)
    }

    /// The document files present in the working tree, with their ids.
    func documentFilesOnDisk(root: String) throws(LegisError) -> [(DocumentID, String)] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else {
            throw LegisError(.io, "Cannot list the files of \(root).")
        }
        var result: [(DocumentID, String)] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasPrefix(".git") || relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                continue
            }
            if let id = config.documentID(forPath: relative) { result.append((id, relative)) }
        }
        return result.sorted { $0.0 < $1.0 }
    }
}
