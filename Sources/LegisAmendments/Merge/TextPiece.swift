public import LegisDocument

/// A stretch of a document that merges as one unit: a provision's own text (up to its first
/// child), or the opening text before the first provision (front matter, title, preamble).
public struct TextPiece: Sendable, Hashable {
    /// The provision's path; `nil` for the opening text.
    public var path: ProvisionPath?
    /// The provision's kind; `nil` for the opening text.
    public var kind: ProvisionKind?
    /// The UTF-8 byte range in the document's source.
    public var range: Range<Int>
    /// The exact text.
    public var text: String

    public init(path: ProvisionPath?, kind: ProvisionKind?, range: Range<Int>, text: String) {
        self.path = path
        self.kind = kind
        self.range = range
        self.text = text
    }
}

extension Document {
    /// The document cut into pieces that together give its source byte for byte: the opening
    /// text, then each provision's own text in document order.
    public var pieces: [TextPiece] {
        let provisions = allProvisions
        let end = source.utf8.count
        var starts = [0]
        for provision in provisions { starts.append(max(provision.ownRange.lowerBound, starts[starts.count - 1])) }
        var result: [TextPiece] = []
        result.reserveCapacity(starts.count)
        for index in starts.indices {
            let upper = index + 1 < starts.count ? starts[index + 1] : end
            let range = starts[index]..<max(upper, starts[index])
            let provision = index == 0 ? nil : provisions[index - 1]
            result.append(TextPiece(path: provision?.path, kind: provision?.kind, range: range, text: text(range)))
        }
        return result
    }
}
