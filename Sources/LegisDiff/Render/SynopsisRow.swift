public import LegisDocument

/// One row of a synopsis: a changed provision, its old text and its new text.
public struct SynopsisRow: Sendable, Hashable {
    /// The kind of change.
    public var kind: ProvisionChange.Kind
    /// The provision's path in the old version, if it is there.
    public var oldPath: ProvisionPath?
    /// The provision's path in the new version, if it is there.
    public var newPath: ProvisionPath?
    /// The old text: equal and deleted segments (empty for an insertion).
    public var old: [Segment]
    /// The new text: equal and inserted segments (empty for a deletion).
    public var new: [Segment]

    public init(
        kind: ProvisionChange.Kind, oldPath: ProvisionPath?, newPath: ProvisionPath?, old: [Segment],
        new: [Segment]
    ) {
        self.kind = kind
        self.oldPath = oldPath
        self.newPath = newPath
        self.old = old
        self.new = new
    }
}
