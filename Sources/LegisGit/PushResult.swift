/// What the remote said about one reference of a push.
public struct PushResult: Sendable, Hashable {
    /// The remote reference, such as `refs/heads/main`.
    public var reference: String
    /// The remote's reason for rejecting the update; `nil` when it was accepted.
    public var message: String?

    /// Creates a push result.
    public init(reference: String, message: String?) {
        self.reference = reference
        self.message = message
    }

    /// Whether the remote accepted the update.
    public var isAccepted: Bool { message == nil }
}
