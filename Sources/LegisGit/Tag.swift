/// An annotated tag, copied out of the repository.
public struct Tag: Sendable, Hashable {
    /// The id of the tag object.
    public var id: ObjectID
    /// The tag's name, as written in the tag object (`v1`, not `refs/tags/v1`).
    public var name: String
    /// The object the tag points to.
    public var target: ObjectID
    /// The type of the object the tag points to.
    public var targetType: ObjectType
    /// Who made the tag; `nil` for the rare tags without a tagger line.
    public var tagger: Signature?
    /// The tag message, as stored (including any signature block appended to it).
    public var message: String

    /// Creates a tag value.
    public init(
        id: ObjectID, name: String, target: ObjectID, targetType: ObjectType, tagger: Signature?, message: String
    ) {
        self.id = id
        self.name = name
        self.target = target
        self.targetType = targetType
        self.tagger = tagger
        self.message = message
    }
}
