public import LegisGit

/// One version of one document: the commit, the blob of its text there, and how it was named.
public struct Revision: Sendable, Hashable {
    public var document: DocumentID
    public var path: String
    public var commit: ObjectID
    public var blob: ObjectID
    /// What the user asked for (`v2`, `HEAD`, `~1`, a commit prefix).
    public var requested: String

    public init(document: DocumentID, path: String, commit: ObjectID, blob: ObjectID, requested: String) {
        self.document = document
        self.path = path
        self.commit = commit
        self.blob = blob
        self.requested = requested
    }
}

/// `ID` or `ID@REV` as typed on the command line.
public struct DocumentReference: Sendable, Hashable {
    public var id: DocumentID
    public var revision: String?

    /// Splits `ID@REV` at the first `@` (ids and draft names cannot contain one).
    public init(parsing text: String) throws(LegisError) {
        if let at = text.firstIndex(of: "@") {
            id = try DocumentID(String(text[..<at]))
            let rev = String(text[text.index(after: at)...])
            guard !rev.isEmpty else {
                throw LegisError(.usage, "'\(text)' names no revision after '@': write ID@REV, e.g. \(id)@v2.")
            }
            revision = rev
        } else {
            id = try DocumentID(text)
            revision = nil
        }
    }

    public init(id: DocumentID, revision: String?) {
        self.id = id
        self.revision = revision
    }
}
