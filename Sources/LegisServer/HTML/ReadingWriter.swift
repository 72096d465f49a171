import LegisDiff

/// Writes marked text as it reads: `#` lines as headings without their `#`, runs of other lines
/// as paragraphs, emphasis markers (`**`, `*`) left out, with `<ins>` and `<del>` around the
/// inserted and deleted words and zero-width anchors where changes start.
///
/// Moved text is `<del class="moved">` and `<ins class="moved">`, its `title` saying where it
/// went or came from.
///
/// Text is fed in pieces in reading order; line breaks may fall anywhere, in any piece. All text
/// is escaped by ``HTMLWriter``.
struct ReadingWriter {
    private enum Piece {
        case text(Segment.Operation, ArraySlice<UInt8>, moved: String?)
        case anchor(Int)
    }

    private var writer: HTMLWriter
    private var line: [Piece] = []
    private var paragraphOpen = false
    /// Whether the text is written as it is in the file, Markdown and line breaks included.
    let asWritten: Bool

    /// A writer of the text as it reads, or `asWritten`, as it is in the file.
    init(capacity: Int = 4096, asWritten: Bool = false) {
        writer = HTMLWriter(capacity: capacity)
        self.asWritten = asWritten
    }

    /// Adds text that is equal on both sides (`.equal`), deleted or inserted; `moved`, for moved
    /// text, says where it went or came from (`moved to Article 7(1)`).
    mutating func add(_ op: Segment.Operation, _ bytes: ArraySlice<UInt8>, moved: String? = nil) {
        if asWritten { return write(op, bytes, moved: moved) }
        var start = bytes.startIndex
        while let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            if start < newline { line.append(.text(op, bytes[start..<newline], moved: moved)) }
            endLine()
            start = newline + 1
        }
        if start < bytes.endIndex { line.append(.text(op, bytes[start...], moved: moved)) }
    }

    /// Adds the anchor `change-N` at the current place.
    mutating func anchor(_ number: Int) {
        if asWritten { Self.writeAnchor(number, into: &writer) } else { line.append(.anchor(number)) }
    }

    /// The HTML written, with the last line and paragraph closed.
    mutating func finish() -> String {
        if asWritten { return writer.string }
        endLine()
        closeParagraph()
        return writer.string
    }

    private mutating func closeParagraph() {
        if paragraphOpen { writer.raw("</p>\n") }
        paragraphOpen = false
    }

    private mutating func endLine() {
        defer { line.removeAll(keepingCapacity: true) }
        var plain: [UInt8] = []
        for case .text(_, let bytes, _) in line { plain.append(contentsOf: bytes) }
        if plain.allSatisfy(Self.isSpace) {
            closeParagraph()
            for case .anchor(let number) in line { Self.writeAnchor(number, into: &writer) }
            return
        }
        let hashes = plain.prefix { $0 == UInt8(ascii: "#") }.count
        if (1...6).contains(hashes), plain.count == hashes || plain[hashes] == UInt8(ascii: " ") {
            closeParagraph()
            let skip = hashes + plain.dropFirst(hashes).prefix { Self.isSpace($0) }.count
            let tag = min(hashes + 1, 6)
            writer.raw("<h")
            writer.raw(number: tag)
            writer.raw(" class=\"text-heading\">")
            writePieces(dropping: skip)
            writer.raw("</h")
            writer.raw(number: tag)
            writer.raw(">\n")
            return
        }
        if paragraphOpen { writer.raw("\n") } else { writer.raw("<p>") }
        paragraphOpen = true
        writePieces(dropping: 0)
    }

    /// Writes the line's pieces, leaving out its first `skip` bytes of text, emphasis markers and
    /// a trailing carriage return.
    private mutating func writePieces(dropping skip: Int) {
        var toSkip = skip
        for piece in line {
            switch piece {
            case .anchor(let number):
                Self.writeAnchor(number, into: &writer)
            case .text(let op, var bytes, let moved):
                let dropped = min(toSkip, bytes.count)
                bytes = bytes.dropFirst(dropped)
                toSkip -= dropped
                write(op, Self.withoutMarkers(bytes)[...], moved: moved)
            }
        }
    }

    /// Writes text, in `<ins>` or `<del>` for an insertion or deletion; nothing when it is empty.
    ///
    /// Moved text has `class="moved"` and the `moved` note as its title. Whitespace at the edges
    /// of an insertion or deletion is no change of wording (the JSON counts words) and is written
    /// unmarked.
    private mutating func write(_ op: Segment.Operation, _ bytes: ArraySlice<UInt8>, moved: String?) {
        guard !bytes.isEmpty else { return }
        if op != .equal {
            let lead = bytes.prefix(while: Self.isSpace).count
            let trail = lead == bytes.count ? 0 : bytes.reversed().prefix(while: Self.isSpace).count
            if lead > 0 || trail > 0 {
                writer.text(utf8: bytes.prefix(lead))
                if lead < bytes.count { write(op, bytes.dropFirst(lead).dropLast(trail), moved: moved) }
                writer.text(utf8: bytes.suffix(trail))
                return
            }
        }
        switch op {
        case .insert: writer.raw("<ins")
        case .delete: writer.raw("<del")
        case .equal: break
        }
        if op != .equal {
            if let moved {
                writer.raw(" class=\"moved\" title=\"")
                writer.attribute(moved)
                writer.raw("\"")
            }
            writer.raw(">")
        }
        writer.text(utf8: bytes)
        switch op {
        case .insert: writer.raw("</ins>")
        case .delete: writer.raw("</del>")
        case .equal: break
        }
    }

    /// The bytes without `*` emphasis markers (a `*` at the edge of a word) and carriage returns.
    static func withoutMarkers(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\r") {
                index += 1
                continue
            }
            if byte == UInt8(ascii: "*") {
                var end = index
                while end < bytes.endIndex && bytes[end] == UInt8(ascii: "*") { end += 1 }
                let before = index > bytes.startIndex ? bytes[index - 1] : nil
                let after = end < bytes.endIndex ? bytes[end] : nil
                let atEdge = before.map { !isWordByte($0) } ?? true || after.map { !isWordByte($0) } ?? true
                if end - index >= 2 || atEdge {
                    index = end
                    continue
                }
            }
            out.append(byte)
            index += 1
        }
        return out
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
            || byte == UInt8(ascii: "\n")
    }

    static func writeAnchor(_ number: Int, into writer: inout HTMLWriter) {
        writer.raw("<span class=\"anchor\" id=\"change-")
        writer.raw(number: number)
        writer.raw("\"></span>")
    }
}
