public import LegisDiff

/// One side of a comparison as read, parsed and prepared on a thread of its own, or why it could
/// not be.
///
/// Not `Result<DiffInput, LegisError>`: handing a `Result` to another thread makes the Swift
/// runtime build its type from a name and check that `LegisError` is an `Error` by scanning every
/// conformance of the executable, a fraction of a millisecond on each large comparison.
public enum PreparedInput: Sendable {
    case ready(DiffInput)
    case failed(LegisError)

    /// Runs `prepare`, keeping what it returned or threw.
    public init(_ prepare: () throws(LegisError) -> DiffInput) {
        do {
            self = .ready(try prepare())
        } catch {
            self = .failed(error)
        }
    }

    /// The input, or the error that stopped it.
    public func get() throws(LegisError) -> DiffInput {
        switch self {
        case .ready(let input): return input
        case .failed(let error): throw error
        }
    }
}
