public import LegisDiff
import LegisDocument
import LegisGit

/// Two revisions of a document and the redline between them.
public struct Comparison: Sendable {
    public var from: Revision
    public var to: Revision
    public var redline: Redline
    /// The two versions as compared (parsed and prepared), which the redline's places refer to.
    public var inputs: (old: DiffInput, new: DiffInput)
}

extension Workspace {
    /// The redline of a document between two revisions (`to` defaults to the latest); without
    /// `places`, it does not say in which provision each piece of text stands (JSON does not).
    public func compare(
        _ id: DocumentID, from: String, to: String? = nil, places: Bool = true
    ) throws(LegisError) -> Comparison {
        let old = try revision(of: id, from)
        let new = try revision(of: id, to)
        let (oldInput, newInput) = try inputs(old, new, places: places)
        return Comparison(
            from: old, to: new, redline: DocumentDiff.compare(oldInput, newInput), inputs: (oldInput, newInput))
    }

    /// The two revisions read, parsed and prepared for comparison. Large ones are done on two
    /// threads, the newer read without this workspace's repository handle (a handle serves one
    /// thread at a time): straight from its pack, or through a handle of its own. Inflating a
    /// large law from the pack, parsing and preparing it take as long as a good part of the
    /// comparison.
    private func inputs(
        _ old: Revision, _ new: Revision, places: Bool
    ) throws(LegisError) -> (DiffInput, DiffInput) {
        guard old.blob != new.blob else {
            let input = DiffInput(try document(of: old), places: places)
            return (input, input)
        }
        let size = [old.blob, new.blob].reduce(0) { $0 + ((try? repository.objectSize($1)) ?? 0) }
        let gitDirectory = repository.gitDirectory
        let objectsFolder = repository.objectsFolder
        let (older, newer) = Parallel.both(
            bytes: size,
            { PreparedInput { () throws(LegisError) in DiffInput(try self.document(of: old), places: places) } },
            {
                PreparedInput { () throws(LegisError) in
                    guard size >= Parallel.minimumBytes else {
                        return DiffInput(try self.document(of: new), places: places)
                    }
                    let bytes = try self.git { () throws(GitError) in
                        try Repository.blob(new.blob, objectsFolder: objectsFolder, gitDirectory: gitDirectory)
                    }
                    return DiffInput(try Self.parse(bytes, of: new), places: places)
                }
            })
        return (try older.get(), try newer.get())
    }
}
