public import LegisDocument

/// How one provision changed between two versions of a document.
public struct ProvisionChange: Sendable, Hashable {
    /// The kind of change.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The provision is in both versions at the same place, with different wording.
        case modified
        /// The provision is only in the new version.
        case inserted
        /// The provision is only in the old version.
        case deleted
        /// The text now stands elsewhere: a whole provision out of its old order, or a span of
        /// at least eight words taken out of one provision and put into another
        /// (``ProvisionChange/movedText`` is then set).
        case moved
        /// The same text under a new number.
        case renumbered
    }

    /// The kind of change.
    public var kind: Kind
    /// The provision's path in the old version; `nil` for an insertion, or for text before the
    /// first provision.
    public var oldPath: ProvisionPath?
    /// The provision's path in the new version; `nil` for a deletion, or for text before the
    /// first provision.
    public var newPath: ProvisionPath?
    /// Words inserted into the provision (for a moved span: words of the span; for an inserted
    /// provision: with those of the provisions inside it, which are not listed apart).
    public var insertedWords: Int
    /// Words deleted from the provision (for a moved span: words of the span; for a deleted
    /// provision: with those of the provisions inside it).
    public var deletedWords: Int
    /// The UTF-8 byte range in the old source of the provision's own text (of its whole text
    /// for a deletion, of the span for a moved span).
    public var oldRange: Range<Int>?
    /// The UTF-8 byte range in the new source of the provision's own text (of its whole text
    /// for an insertion, of the span for a moved span).
    public var newRange: Range<Int>?
    /// For a span moved from one provision to another: the text moved, as it now reads.
    public var movedText: String?

    public init(
        kind: Kind, oldPath: ProvisionPath?, newPath: ProvisionPath?, insertedWords: Int = 0,
        deletedWords: Int = 0, oldRange: Range<Int>? = nil, newRange: Range<Int>? = nil,
        movedText: String? = nil
    ) {
        self.kind = kind
        self.oldPath = oldPath
        self.newPath = newPath
        self.insertedWords = insertedWords
        self.deletedWords = deletedWords
        self.oldRange = oldRange
        self.newRange = newRange
        self.movedText = movedText
    }
}
