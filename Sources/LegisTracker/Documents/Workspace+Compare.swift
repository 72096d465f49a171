public import LegisDiff

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
        let redline = DocumentDiff.compare(try document(of: old), try document(of: new))
        return Comparison(from: old, to: new, redline: redline)
    }
}
