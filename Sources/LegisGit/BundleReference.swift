/// One reference listed in a git bundle's header: its full name and the object it points to.
public struct BundleReference: Sendable, Hashable {
    /// The full name, such as `refs/heads/main`.
    public var name: String
    /// The object the reference points to.
    public var target: ObjectID

    public init(name: String, target: ObjectID) {
        self.name = name
        self.target = target
    }
}
