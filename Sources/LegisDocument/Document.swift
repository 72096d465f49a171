/// A parsed document: the exact source text, its front matter and its tree of provisions.
///
/// Parsing loses nothing: ``render()`` gives the source back byte for byte.
public struct Document: Sendable {
    /// The exact text parsed.
    public let source: String
    /// The front matter, if the document has one.
    public let frontMatter: FrontMatter
    /// The language code of the structure profile used (`en`, `ro`, `de`).
    public let language: String
    /// The lossless sequence of blocks (lines grouped into headings, paragraphs, blank runs)
    /// that together cover the source exactly.
    public let blocks: [Block]
    /// The top-level provisions, each with its children.
    public let provisions: [Provision]
    /// The UTF-8 bytes the document was parsed from, when it was parsed from bytes (they equal
    /// `source.utf8`); kept so that readers of the bytes need not copy the source again.
    let parsedBytes: [UInt8]?

    public init(
        source: String, frontMatter: FrontMatter, language: String, blocks: [Block],
        provisions: [Provision]
    ) {
        self.init(
            source: source, bytes: nil, frontMatter: frontMatter, language: language,
            blocks: blocks, provisions: provisions)
    }

    init(
        source: String, bytes: [UInt8]?, frontMatter: FrontMatter, language: String,
        blocks: [Block], provisions: [Provision]
    ) {
        self.source = source
        self.parsedBytes = bytes
        self.frontMatter = frontMatter
        self.language = language
        self.blocks = blocks
        self.provisions = provisions
    }

    /// The UTF-8 bytes of ``source``: the bytes parsed, without a copy, when the document was
    /// parsed from bytes.
    package var sourceBytes: [UInt8] { parsedBytes ?? Array(source.utf8) }

    /// Every provision, depth first, in document order.
    public var allProvisions: [Provision] { provisions.flatMap(\.flattened) }

    /// The provision at `path`, if any.
    public func provision(at path: ProvisionPath) -> Provision? {
        allProvisions.first { $0.path == path }
    }

    /// The source bytes of `range` as text.
    public func text(_ range: Range<Int>) -> String {
        let utf8 = source.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    /// The document written back: the concatenation of its blocks.
    public func render() -> String {
        var out = ""
        out.reserveCapacity(source.utf8.count)
        for block in blocks { out += text(block.range) }
        return out
    }
}

/// A run of whole lines of the source with one role.
public struct Block: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable {
        case frontMatter, heading, text, blank
    }

    public var role: Role
    /// UTF-8 byte range in the source, ending after the last line's newline (if any).
    public var range: Range<Int>

    public init(role: Role, range: Range<Int>) {
        self.role = role
        self.range = range
    }
}
