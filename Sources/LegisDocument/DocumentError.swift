/// Why a text could not be read as a document, and where.
///
/// The ``message`` says what went wrong, where (a line number when there is one) and what to do.
public struct DocumentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The broad cause of a ``DocumentError``.
    public enum Reason: String, Sendable, Hashable {
        /// The text is larger than ``Document/maximumSize``.
        case tooLarge
        /// The bytes are not valid UTF-8.
        case invalidUTF8
        /// The bytes contain a NUL byte: the file is binary, not text.
        case binaryContent
        /// A front matter block was opened with `---` but never closed.
        case unterminatedFrontMatter
        /// The front matter is not valid YAML, or not a mapping of fields.
        case malformedFrontMatter
        /// A front matter field has a value that is not allowed (an unknown `kind`, a list as `title`).
        case invalidField
        /// The requested structure profile does not exist.
        case unknownLanguage
    }

    /// The broad cause.
    public var reason: Reason
    /// The 1-based line where the problem lies, when there is one.
    public var line: Int?
    /// The UTF-8 byte offset where the problem lies, when there is one.
    public var offset: Int?
    /// A sentence for people: what went wrong, where, and what to do.
    public var message: String

    public init(_ reason: Reason, line: Int? = nil, offset: Int? = nil, message: String) {
        self.reason = reason
        self.line = line
        self.offset = offset
        self.message = message
    }

    public var description: String { message }
}
