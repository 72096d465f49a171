import LegisDocument

/// A document's text as HTML: its structure as nested blocks with anchors, and a table of contents.
///
/// Everything from the document is escaped; Markdown is not interpreted except for `#` headings,
/// so a link written in the text is shown as text and never followed.
struct DocumentHTML: Sendable {
    /// The text: headings, paragraphs and one `<section>` per provision with `id` = its anchor.
    var body: String
    /// The table of contents: the provisions down to articles, as nested lists of links.
    var tableOfContents: String

    init(_ document: Document) {
        let source = Array(document.source.utf8)
        var writer = HTMLWriter(capacity: source.count + source.count / 4)
        var cursor = document.frontMatter.range?.upperBound ?? 0
        let textEnd = source.count
        for provision in document.provisions {
            if cursor < provision.range.lowerBound {
                Self.writeText(source, cursor..<provision.range.lowerBound, into: &writer)
            }
            Self.write(provision, source: source, into: &writer)
            cursor = max(cursor, provision.range.upperBound)
        }
        if cursor < textEnd { Self.writeText(source, cursor..<textEnd, into: &writer) }
        body = writer.string

        var toc = HTMLWriter()
        Self.writeContents(document.provisions, into: &toc)
        tableOfContents = toc.bytes.isEmpty ? "<p class=\"muted\">No articles or sections.</p>" : toc.string
    }

    /// The kinds listed in the table of contents.
    static func isListed(_ kind: ProvisionKind) -> Bool { kind <= .article }

    private static func write(_ provision: Provision, source: [UInt8], into writer: inout HTMLWriter) {
        let anchor = provision.path.anchor
        writer.raw("<section class=\"provision ")
        writer.attribute(provision.kind.rawValue)
        writer.raw("\" id=\"")
        writer.attribute(anchor)
        writer.raw("\"><a class=\"permalink\" href=\"#")
        writer.attribute(anchor)
        writer.raw("\" title=\"Link to this provision\" aria-label=\"Link to ")
        writer.attribute(provision.label)
        writer.raw("\">¶</a>\n")
        var cursor = provision.range.lowerBound
        for child in provision.children {
            if cursor < child.range.lowerBound { writeText(source, cursor..<child.range.lowerBound, into: &writer) }
            write(child, source: source, into: &writer)
            cursor = max(cursor, child.range.upperBound)
        }
        if cursor < provision.range.upperBound { writeText(source, cursor..<provision.range.upperBound, into: &writer) }
        writer.raw("</section>\n")
    }

    /// Writes lines of text: `#` lines as headings, runs of other lines as paragraphs.
    static func writeText(_ source: [UInt8], _ range: Range<Int>, into writer: inout HTMLWriter) {
        let clamped = max(0, range.lowerBound)..<min(source.count, range.upperBound)
        guard !clamped.isEmpty else { return }
        var paragraph: Range<Int>?
        func flush(_ writer: inout HTMLWriter) {
            if let lines = paragraph {
                writer.raw("<p>")
                writer.text(utf8: source[lines].trimmingNewlines)
                writer.raw("</p>\n")
                paragraph = nil
            }
        }
        var lineStart = clamped.lowerBound
        while lineStart < clamped.upperBound {
            var lineEnd = lineStart
            while lineEnd < clamped.upperBound && source[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let next = min(lineEnd + 1, clamped.upperBound)
            let line = source[lineStart..<lineEnd]
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }) {
                flush(&writer)
            } else if let level = headingLevel(line) {
                flush(&writer)
                let text = line.dropFirst(level).drop { $0 == UInt8(ascii: " ") }
                let tag = min(level + 1, 6)
                writer.raw("<h")
                writer.raw(number: tag)
                writer.raw(" class=\"text-heading\">")
                writer.text(utf8: ArraySlice(text))
                writer.raw("</h")
                writer.raw(number: tag)
                writer.raw(">\n")
            } else {
                paragraph = (paragraph?.lowerBound ?? lineStart)..<next
            }
            lineStart = next
        }
        flush(&writer)
    }

    /// The level of a Markdown ATX heading line (`## Title` → 2), or nil.
    private static func headingLevel(_ line: ArraySlice<UInt8>) -> Int? {
        let hashes = line.prefix { $0 == UInt8(ascii: "#") }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == UInt8(ascii: " ") else { return nil }
        return hashes
    }

    private static func writeContents(_ provisions: [Provision], into writer: inout HTMLWriter) {
        let listed = provisions.filter { isListed($0.kind) }
        guard !listed.isEmpty else { return }
        writer.raw("<ol>\n")
        for provision in listed {
            writer.raw("<li><a href=\"#")
            writer.attribute(provision.path.anchor)
            writer.raw("\">")
            writer.text(provision.label)
            if let heading = provision.heading, !heading.isEmpty {
                writer.raw(" ")
                writer.text(heading)
            }
            writer.raw("</a>")
            writeContents(provision.children, into: &writer)
            writer.raw("</li>\n")
        }
        writer.raw("</ol>\n")
    }
}

extension ArraySlice<UInt8> {
    /// The slice without leading and trailing line breaks.
    var trimmingNewlines: ArraySlice<UInt8> {
        var slice = self
        while let first = slice.first, first == UInt8(ascii: "\n") || first == UInt8(ascii: "\r") {
            slice = slice.dropFirst()
        }
        while let last = slice.last, last == UInt8(ascii: "\n") || last == UInt8(ascii: "\r") {
            slice = slice.dropLast()
        }
        return slice
    }
}
