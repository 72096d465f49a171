/// A file that cannot be read or written in an exchange format, with what to do about it.
public struct ExchangeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: String, Sendable, Equatable {
        /// The file is not a ZIP package, or a part is missing or unreadable.
        case notAPackage
        /// A part is not well-formed XML.
        case malformedXML
        /// The Word document has tracked changes that were not accepted.
        case unacceptedChanges
        /// A part is larger than the limit.
        case tooLarge
        /// Writing the package failed.
        case writeFailed
    }

    /// The reason.
    public var reason: Reason
    /// One sentence for people: what, where, what to do.
    public var message: String

    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    public var description: String { message }
}
