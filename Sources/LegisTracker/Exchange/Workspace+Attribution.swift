import Foundation
import LegisDiff
import LegisDocument
public import LegisExchange
import LegisGit

extension Workspace {
    /// The most revisions walked back to find which commit made each change.
    static let attributionDepth = 64

    /// Who made each change between two revisions of a document: for each provision changed by
    /// exactly one commit between them, that commit's author and date; for everything else, the
    /// newer revision's.
    public func attribution(from old: Revision, to new: Revision) throws(LegisError) -> RevisionAttribution {
        let newest = try git { () throws(GitError) in try repository.commit(new.commit) }
        var attribution = RevisionAttribution(
            fallback: RevisionAuthor(name: newest.author.name, date: newest.author.date))
        let history = try git { () throws(GitError) in
            try repository.history(of: new.path, from: new.commit, limit: Self.attributionDepth)
        }
        // The commits that changed the text since the old revision, newest first, each with the
        // text before it.
        var steps: [(commit: Commit, before: ObjectID, after: ObjectID)] = []
        var reachedOld = false
        for (index, commit) in history.enumerated() {
            guard let after = try? repository.blobID(at: commit.id, path: new.path) else { break }
            if after == old.blob {
                reachedOld = true
                break
            }
            guard index + 1 < history.count,
                let before = try? repository.blobID(at: history[index + 1].id, path: new.path)
            else { break }
            steps.append((commit, before, after))
        }
        guard reachedOld, steps.count > 1 else { return attribution }
        var newPaths: [String: Set<ObjectID>] = [:]
        var oldPaths: [String: Set<ObjectID>] = [:]
        var authors: [ObjectID: RevisionAuthor] = [:]
        for step in steps {
            authors[step.commit.id] = RevisionAuthor(name: step.commit.author.name, date: step.commit.author.date)
            guard let before = try? parsedBlob(step.before), let after = try? parsedBlob(step.after) else {
                return attribution
            }
            for change in DocumentDiff.compare(before, after).provisions {
                for path in [change.newPath, change.oldPath].compactMap(\.self) {
                    newPaths[path.description, default: []].insert(step.commit.id)
                    oldPaths[path.description, default: []].insert(step.commit.id)
                }
            }
        }
        for (path, commits) in newPaths where commits.count == 1 {
            if let only = commits.first, let author = authors[only] { attribution.byNewPath[path] = author }
        }
        for (path, commits) in oldPaths where commits.count == 1 {
            if let only = commits.first, let author = authors[only] { attribution.byOldPath[path] = author }
        }
        return attribution
    }

    /// The parsed document of a blob.
    func parsedBlob(_ blob: ObjectID) throws(LegisError) -> Document {
        let bytes = try git { () throws(GitError) in try repository.blob(blob) }
        do {
            return try DocumentParser().parse(bytes: bytes)
        } catch {
            throw LegisError(.invalidInput, "The text \(blob.short) cannot be parsed: \(error)")
        }
    }
}
