public import LegisDiff
import LegisDocument
import LegisGit

/// Two revisions of a document and the redline between them.
public struct Comparison: Sendable {
    public var from: Revision
    public var to: Revision
    public var redline: Redline
}

extension Workspace {
    /// The redline of a document between two revisions (`to` defaults to the latest).
    public func compare(_ id: DocumentID, from: String, to: String? = nil) throws(LegisError) -> Comparison {
        let old = try revision(of: id, from)
        let new = try revision(of: id, to)
        let (oldDocument, newDocument) = try documents(old, new)
        return Comparison(from: old, to: new, redline: DocumentDiff.compare(oldDocument, newDocument))
    }

    /// The documents of two revisions. Large ones are read and parsed on two threads, the newer
    /// through a repository handle of its own (a handle serves one thread at a time): inflating
    /// a large law from the pack and parsing it take as long as a good part of the comparison.
    private func documents(_ old: Revision, _ new: Revision) throws(LegisError) -> (Document, Document) {
        let size = [old.blob, new.blob].reduce(0) { $0 + ((try? repository.objectSize($1)) ?? 0) }
        guard old.blob != new.blob else { return (try document(of: old), try document(of: new)) }
        let gitDirectory = repository.gitDirectory
        let (older, newer) = Parallel.both(
            bytes: size,
            { Result { () throws(LegisError) in try self.document(of: old) } },
            {
                Result { () throws(LegisError) in
                    size < Parallel.minimumBytes
                        ? try self.document(of: new) : try Self.open(gitDirectory).document(of: new)
                }
            })
        return (try older.get(), try newer.get())
    }

    /// A second workspace on the same repository, for another thread.
    private static func open(_ gitDirectory: String) throws(LegisError) -> Workspace {
        let repository: Repository
        do {
            repository = try Repository.open(at: gitDirectory)
        } catch {
            throw LegisError(.repository, "Could not open '\(gitDirectory)' a second time: \(error).")
        }
        return try Workspace(repository: repository)
    }
}
