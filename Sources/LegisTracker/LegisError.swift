/// A failure of a Legis operation, with a message that says what went wrong, where, and what to do.
public struct LegisError: Error, Sendable, CustomStringConvertible {
    /// The broad class of a failure; it decides the exit status of the command line.
    public enum Kind: String, Sendable {
        /// The command was used wrongly (bad id, bad option value): exit status 2.
        case usage
        /// A document, revision, draft, template, stakeholder or endorsement does not exist.
        case notFound
        /// The input is not acceptable (not UTF-8, too large, malformed front matter, bad key).
        case invalidInput
        /// Someone else changed the branch or reference first; nothing was lost.
        case conflict
        /// The repository could not be read or written.
        case repository
        /// A file outside the repository could not be read or written.
        case io
        /// A verification found invalid endorsements, or a signer failed.
        case verification
        /// A document committed to the repository breaks the rules for documents (not UTF-8, too
        /// large, unknown kind): it was committed without Legis' checks and must be fixed.
        case unreadableDocument
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    /// The exit status the command line uses for this failure: 2 for bad usage, 1 otherwise.
    public var exitStatus: Int32 { kind == .usage ? 2 : 1 }
}
