import Dispatch
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
        let sizes = [old.blob, new.blob].map { (try? repository.objectSize($0)) ?? 0 }
        guard old.blob != new.blob, sizes.reduce(0, +) >= DocumentDiff.parallelMinimumBytes else {
            return (try document(of: old), try document(of: new))
        }
        let gitDirectory = repository.gitDirectory
        let results = DocumentResults(self)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                results.old = Result { () throws(LegisError) in try results.workspace.document(of: old) }
            } else {
                results.new = Result { () throws(LegisError) in
                    let own = try Self.open(gitDirectory)
                    return try own.document(of: new)
                }
            }
        }
        return (try results.old.get(), try results.new.get())
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

/// The two documents, each written by one thread and read after both finished.
private final class DocumentResults: @unchecked Sendable {
    // Safe: each slot is written by exactly one iteration of `concurrentPerform`, and read only
    // after `concurrentPerform` has returned, which orders the writes before the reads; the
    // workspace (whose repository handle serves one thread at a time) is used by the first
    // iteration alone while the second uses a handle of its own.
    let workspace: Workspace
    init(_ workspace: Workspace) { self.workspace = workspace }
    var old: Result<Document, LegisError> = .failure(LegisError(.io, "the older revision could not be read."))
    var new: Result<Document, LegisError> = .failure(LegisError(.io, "the newer revision could not be read."))
}
