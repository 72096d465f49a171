/// One piece of a redline: text both versions share, text only the old one has, or text only
/// the new one has.
public struct Segment: Sendable, Hashable {
    /// What the piece is.
    public enum Operation: String, Sendable, Hashable, CaseIterable {
        case equal
        case delete
        case insert
    }

    /// Whether the text is shared, deleted or inserted.
    public var op: Operation
    /// The text, exactly as in the source.
    public var text: String
    /// For deleted text that now stands elsewhere, or inserted text that stood elsewhere: the
    /// index in ``Redline/provisions`` of the `moved` change that reports the move; `nil` for
    /// any other text.
    public var move: Int?

    public init(op: Operation, text: String, move: Int? = nil) {
        self.op = op
        self.text = text
        self.move = move
    }
}

extension [Segment] {
    /// The old text: equal and deleted pieces joined.
    public var oldText: String { joined(keeping: .delete) }

    /// The new text: equal and inserted pieces joined.
    public var newText: String { joined(keeping: .insert) }

    private func joined(keeping change: Segment.Operation) -> String {
        var out = ""
        for segment in self where segment.op == .equal || segment.op == change { out += segment.text }
        return out
    }
}
