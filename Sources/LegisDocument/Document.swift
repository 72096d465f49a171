import Synchronization

/// A parsed document: the exact source text, its front matter and its tree of provisions.
///
/// Parsing loses nothing: ``render()`` gives the source back byte for byte.
public struct Document: Sendable {
    /// The exact text parsed.
    ///
    /// Made from the bytes on first use when the document was parsed from bytes: a comparison
    /// reads only the bytes, and a second copy of a large law (megabytes of fresh memory, which
    /// the kernel must clear) is then never made.
    public var source: String { storage.string }
    /// The front matter, if the document has one.
    public let frontMatter: FrontMatter
    /// The language code of the structure profile used (`en`, `ro`, `de`).
    public let language: String
    /// The lossless sequence of blocks (lines grouped into headings, paragraphs, blank runs)
    /// that together cover the source exactly.
    public let blocks: [Block]
    /// The top-level provisions, each with its children.
    public let provisions: [Provision]
    /// The source, as text or as the UTF-8 bytes it was parsed from.
    private let storage: SourceText

    public init(
        source: String, frontMatter: FrontMatter, language: String, blocks: [Block],
        provisions: [Provision]
    ) {
        self.init(
            storage: SourceText(source), frontMatter: frontMatter, language: language, blocks: blocks,
            provisions: provisions)
    }

    init(storage: SourceText, frontMatter: FrontMatter, language: String, blocks: [Block], provisions: [Provision]) {
        self.storage = storage
        self.frontMatter = frontMatter
        self.language = language
        self.blocks = blocks
        self.provisions = provisions
    }

    /// The UTF-8 bytes of ``source``: the bytes parsed, without a copy, when the document was
    /// parsed from bytes.
    package var sourceBytes: [UInt8] { storage.bytes ?? Array(source.utf8) }

    /// The length of ``source`` in UTF-8 bytes.
    package var sourceByteCount: Int { storage.bytes?.count ?? source.utf8.count }

    /// Whether `other` has the same source, compared as bytes when both were parsed from bytes.
    package func hasSameSource(as other: Document) -> Bool {
        if let bytes = storage.bytes, let otherBytes = other.storage.bytes { return bytes == otherBytes }
        return source == other.source
    }

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

/// The source of a document: its text, or the valid UTF-8 bytes it was parsed from and the text
/// made from them when first asked for.
final class SourceText: Sendable {
    /// The bytes parsed, when the document was parsed from bytes.
    let bytes: [UInt8]?
    private let isASCII: Bool
    private let made: Mutex<String?>

    init(_ string: String) {
        bytes = nil
        isASCII = false
        made = Mutex(string)
    }

    /// The source of `bytes`, valid UTF-8 (all ASCII when `isASCII`).
    init(validBytes bytes: [UInt8], isASCII: Bool) {
        self.bytes = bytes
        self.isASCII = isASCII
        made = Mutex(nil)
    }

    var string: String {
        made.withLock { made in
            if let made { return made }
            let string = bytes?.withUnsafeBufferPointer { ByteClass.text(ofValid: $0, isASCII: isASCII) } ?? ""
            made = string
            return string
        }
    }
}
