/// The result of a three-way provision merge: the merged text, or the conflicts that stopped it.
public struct MergeOutcome: Sendable, Hashable {
    /// The merged text; meaningful only when ``conflicts`` is empty.
    public var text: String
    /// The provisions that could not be merged, in document order.
    public var conflicts: [MergeConflict]
    /// Paths (in the merged text) of the provisions taken from the proposal, whole or word by word.
    public var taken: [String]

    public init(text: String, conflicts: [MergeConflict], taken: [String]) {
        self.text = text
        self.conflicts = conflicts
        self.taken = taken
    }

    /// Whether the merge succeeded.
    public var isClean: Bool { conflicts.isEmpty }
}
