/// One structural unit of a document (an article, a paragraph, a letter...), with its children.
///
/// Ranges are UTF-8 byte offsets into ``Document/source``.
public struct Provision: Sendable, Hashable {
    /// What kind of unit this is.
    public var kind: ProvisionKind
    /// The number as written, normalised: `5`, `7^1`, `16a`, `a`, `IV`.
    public var number: String
    /// The stable address, unique within the document.
    public var path: ProvisionPath
    /// The marker as written in the text: `Article 5`, `§ 802a`, `(2)`, `a)`.
    public var label: String
    /// The heading that follows the marker, if any (`Licensing of agencies`).
    public var heading: String?
    /// The line (1-based) where the provision starts.
    public var line: Int
    /// The whole provision, from its first byte to the first byte of the next sibling or ancestor.
    public var range: Range<Int>
    /// The provision's own text: from its first byte to the first byte of its first child
    /// (or `range` when it has none).
    public var ownRange: Range<Int>
    /// The units directly inside this one.
    public var children: [Provision]

    /// This provision and every provision inside it, depth first, in document order.
    public var flattened: [Provision] {
        var result = [self]
        for child in children { result += child.flattened }
        return result
    }
}

extension Provision {
    // Declared in an extension so that the type keeps its memberwise initialiser (parameters in
    // the order of the properties), which the parser uses: it moves the values in, where an
    // initialiser declared in the type copies the finished value once more.

    /// A provision with these values.
    public init(
        kind: ProvisionKind, number: String, path: ProvisionPath, label: String, heading: String?,
        range: Range<Int>, ownRange: Range<Int>, line: Int, children: [Provision]
    ) {
        self.init(
            kind: kind, number: number, path: path, label: label, heading: heading, line: line,
            range: range, ownRange: ownRange, children: children)
    }
}
