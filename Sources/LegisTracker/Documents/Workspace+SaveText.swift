public import Foundation
public import LegisGit

extension Workspace {
    /// Commits a new text of one document, based on the tip the writer started from.
    ///
    /// The text is checked as a document first. When the branch has moved since `base` (someone
    /// saved first), nothing is written and the error is a conflict: the caller keeps the text.
    /// The working file, when there is one and it still holds the text of `base`, is updated too.
    /// - Returns: the new commit, or nil when the text is the one at `base`.
    @discardableResult
    public func saveText(
        _ id: DocumentID, text: String, message: String, author: Author, basedOn base: ObjectID, date: Date = Date()
    ) throws(LegisError) -> ObjectID? {
        let path = try self.path(of: id)
        let bytes = Array(text.utf8)
        try DocumentInput.check(bytes, name: path)
        let summary = message.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !summary.isEmpty else { throw LegisError(.usage, "A save needs a message saying what changed.") }
        let old = try git { () throws(GitError) in try repository.blobID(at: base, path: path) }
        if old == Repository.hashBlob(bytes) { return nil }
        let commit = try self.commit(
            [.write(path: path, contents: bytes, executable: false)], message: summary, author: author, date: date,
            base: .tip(base))
        if let file = workingPath(path), let onDisk = FileManager.default.contents(atPath: file),
            Repository.hashBlob([UInt8](onDisk)) == old
        {
            try writeWorkingFile(path, bytes)
        }
        return commit
    }
}
