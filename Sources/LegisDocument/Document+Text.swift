extension Document {
    /// The whole text of `provision`, children included.
    public func text(of provision: Provision) -> String { text(provision.range) }

    /// The provision's own text, up to its first child.
    public func ownText(of provision: Provision) -> String { text(provision.ownRange) }

    /// Where the body starts: after the front matter, or at 0.
    public var bodyStart: Int { frontMatter.range?.upperBound ?? 0 }

    /// The text between the front matter and the first provision (a title, a preamble), which
    /// belongs to no provision.
    public var preambleRange: Range<Int> {
        let start = bodyStart
        return start..<(provisions.first?.range.lowerBound ?? source.utf8.count)
    }
}
