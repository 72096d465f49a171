/// What a fetch did to one local reference: created, moved, or refused to overwrite it.
public struct FetchUpdate: Sendable, Hashable {
    /// The local reference, such as `refs/remotes/origin/main`.
    public var reference: String
    /// Where it pointed before the fetch; `nil` when the fetch created it.
    public var old: ObjectID?
    /// The value the remote offered; `nil` when the fetch deleted (pruned) the reference.
    public var new: ObjectID?
    /// Why the offered value was not applied (the reference still points at `old`); `nil` when applied.
    public var rejection: String?

    /// Creates a fetch update.
    public init(reference: String, old: ObjectID?, new: ObjectID?, rejection: String? = nil) {
        self.reference = reference
        self.old = old
        self.new = new
        self.rejection = rejection
    }

    /// Whether the reference now holds the value the remote offered.
    public var isApplied: Bool { rejection == nil }
}
