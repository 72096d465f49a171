/// A provision that an amendment and the document's later revisions both changed in ways that
/// cannot be combined: the three texts, for a person to decide.
public struct MergeConflict: Sendable, Hashable, Codable {
    /// The provision's path in the current text (or in the base, when the current text dropped it);
    /// empty for the opening text.
    public var path: String
    /// The provision's text at the amendment's base; nil when the provision is new on both sides.
    public var base: String?
    /// Its text in the document now; nil when the document deleted it since.
    public var current: String?
    /// Its text as the amendment proposes; nil when the amendment deletes it.
    public var proposed: String?

    public init(path: String, base: String?, current: String?, proposed: String?) {
        self.path = path
        self.base = base
        self.current = current
        self.proposed = proposed
    }
}
