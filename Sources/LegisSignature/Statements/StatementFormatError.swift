/// Why an endorsement or revocation statement could not be built or read.
public enum StatementFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A value given to build a statement is not allowed.
    case invalidField(field: String, reason: String)
    /// A message is not in the expected form; `line` counts from 1.
    case malformed(line: Int, reason: String)

    public var description: String {
        switch self {
        case .invalidField(let field, let reason):
            "invalid \(field): \(reason)"
        case .malformed(let line, let reason):
            "message not in the expected form (line \(line)): \(reason)"
        }
    }
}
