/// The single linear pass over the lines of a document body: groups lines into blocks and feeds
/// the markers it meets to a ``ProvisionTreeBuilder``.
///
/// Rules, per line:
/// - blank (only spaces and tabs): a blank block; consecutive blank lines share one block;
/// - starting with `>` (quoted text, after optional indentation): text, never a marker;
/// - a Markdown heading (`#` to `######` after at most three spaces): a heading block; it opens a
///   container or article when its text starts with a marker word of the profile, and is plain
///   text of the enclosing provision otherwise;
/// - a plain line starting (after at most three spaces) with a marker word, a number and then
///   the end of the line or a separator, right after a blank line, a heading or a line that
///   ends a sentence: a container or article;
/// - a line starting (after any indentation) with `(1)`, `1.`, `a)`: a paragraph, point or
///   letter;
/// - anything else continues the text before it, so hard-wrapped lines stay in their paragraph.
///
/// Each marker line starts a new text block, so blocks never straddle two provisions' starts.
struct StructureParser {
    let scanner: MarkerScanner

    init(profile: StructureProfile) {
        scanner = MarkerScanner(profile: profile)
    }

    /// Parses `bytes[bodyStart...]`, whose first line is `firstLine` (1-based); the blocks begin
    /// with the front matter's when `frontMatter` is given.
    func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, bodyStart: Int, firstLine: Int,
        frontMatter: Range<Int>?
    ) -> (blocks: [Block], provisions: [Provision]) {
        let count = bytes.count
        // Room for a provision and two blocks per 160 bytes, more than legal texts use (the
        // German civil code has one provision per 200 bytes), so the arrays rarely grow.
        let expected = (count - bodyStart) / 160 + 16
        var blocks = BlockCollector(expecting: expected * 2 + 1)
        if let frontMatter { blocks.add(.frontMatter, frontMatter, startsNew: true) }
        var builder = ProvisionTreeBuilder(
            pathPrefixes: scanner.pathPrefixes, expecting: expected)
        var lineStart = bodyStart
        var line = firstLine
        var structureAllowed = true
        while lineStart < count {
            let lineEnd = ByteClass.lineEnd(bytes, lineStart, count)
            let next = lineEnd < count ? lineEnd + 1 : count
            var contentEnd = lineEnd
            if contentEnd > lineStart, bytes[contentEnd - 1] == ByteClass.carriageReturn {
                contentEnd -= 1
            }
            let textStart = ByteClass.skipBlanks(bytes, lineStart, contentEnd)
            let indent = textStart - lineStart

            if textStart == contentEnd {
                blocks.add(.blank, lineStart..<next, startsNew: false)
                structureAllowed = true
            } else if bytes[textStart] == 0x3E {  // >
                blocks.add(.text, lineStart..<next, startsNew: false)
                structureAllowed = endsSentence(bytes, textStart, contentEnd)
            } else if indent <= 3, let level = headingLevel(bytes, textStart, contentEnd) {
                let headingText = ByteClass.skipBlanks(bytes, textStart + level, contentEnd)
                if let marker = scanner.match(
                    bytes, at: headingText, end: contentEnd, strict: false)
                {
                    open(marker, &builder, bytes, start: lineStart, line: line, headingLevel: level)
                }
                blocks.add(.heading, lineStart..<next, startsNew: true)
                structureAllowed = true
            } else {
                var isMarker = false
                if indent <= 3, structureAllowed,
                    let marker = scanner.match(bytes, at: textStart, end: contentEnd, strict: true)
                {
                    open(marker, &builder, bytes, start: lineStart, line: line, headingLevel: nil)
                    if let inline = marker.inlineParagraph {
                        openItem(
                            &builder, bytes, at: inline, end: contentEnd, start: inline, line: line)
                    }
                    isMarker = true
                } else if openItem(
                    &builder, bytes, at: textStart, end: contentEnd, start: lineStart, line: line,
                    indent: indent, next: next)
                {
                    isMarker = true
                }
                blocks.add(.text, lineStart..<next, startsNew: isMarker)
                structureAllowed = endsSentence(bytes, textStart, contentEnd)
            }
            lineStart = next
            line += 1
        }
        return (blocks.finish(), builder.finish(at: count))
    }

    /// Opens a container or article for `marker`.
    private func open(
        _ marker: MarkerScanner.Match, _ builder: inout ProvisionTreeBuilder,
        _ bytes: UnsafeBufferPointer<UInt8>, start: Int, line: Int, headingLevel: Int?
    ) {
        if marker.kind == .article {
            builder.openArticle(marker, bytes, start: start, line: line)
        } else {
            builder.openContainer(
                marker, bytes, start: start, line: line, headingLevel: headingLevel)
        }
    }

    /// Opens a paragraph, point or letter if one is marked at `position`; returns whether it did.
    ///
    /// A point written `1.` right in an article, when the next item of its list is written `1.`
    /// too, starts an auto-numbered Markdown list: its items are the article's paragraphs,
    /// numbered by position (`next` is where the following line starts).
    @discardableResult
    private func openItem(
        _ builder: inout ProvisionTreeBuilder, _ bytes: UnsafeBufferPointer<UInt8>,
        at position: Int, end: Int, start: Int, line: Int, indent: Int = -1, next: Int = 0
    ) -> Bool {
        guard let item = ItemScanner.match(bytes, at: position, end: end) else { return false }
        if item.kind == .point, item.number.count == 1, bytes[item.number.lowerBound] == 0x31,
            indent >= 0, builder.acceptsAutoParagraph(indent: indent)
        {
            if builder.autoList == nil {
                builder.decideAutoList(Self.nextItemIsOne(bytes, from: next, indent: indent), indent: indent)
            }
            if builder.autoList == true {
                builder.openAutoParagraph(bytes, label: position..<item.end, start: start, line: line)
                return true
            }
        }
        builder.openItem(item, bytes, label: position..<item.end, start: start, line: line)
        return true
    }

    /// The number of `#` if the line at `start` is an ATX heading.
    private func headingLevel(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var p = start
        while p < end, bytes[p] == 0x23 { p += 1 }
        let level = p - start
        guard level >= 1, level <= 6, p == end || ByteClass.isBlank(bytes[p]) else { return nil }
        return level
    }

    /// Whether the line ends a sentence (`.`, `;`, `:`, `!`, `?`, `)`), so that a plain line after
    /// it may be a container or article marker.
    private func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let last = ByteClass.trimEnd(bytes, start, end)
        guard last > start else { return true }
        switch bytes[last - 1] {
        case 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x29: return true
        default: return false
        }
    }

    /// How many lines ahead an auto-numbered list's second item is looked for.
    static let autoListLookahead = 64

    /// Whether the next list item at `indent` after `start`, within ``autoListLookahead`` lines
    /// and before any heading, is written `1.`.
    static func nextItemIsOne(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, indent: Int) -> Bool {
        var lineStart = start
        var lines = 0
        let count = bytes.count
        while lineStart < count, lines < autoListLookahead {
            let lineEnd = ByteClass.lineEnd(bytes, lineStart, count)
            let textStart = ByteClass.skipBlanks(bytes, lineStart, lineEnd)
            if textStart < lineEnd, textStart - lineStart <= indent {
                let first = bytes[textStart]
                if first == 0x23 { return false }  // a heading ends the list
                if ByteClass.isDigit(first), let item = ItemScanner.match(bytes, at: textStart, end: lineEnd),
                    item.kind == .point
                {
                    return item.number.count == 1 && bytes[item.number.lowerBound] == 0x31
                }
            }
            lineStart = lineEnd + 1
            lines += 1
        }
        return false
    }
}
