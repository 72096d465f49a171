import Foundation

/// Reads a Word document (`.docx`) into Legis's Markdown form.
///
/// Headings come from heading styles (Title, Heading 1…) or, for paragraphs without one, from
/// the markers of articles and containers (`Article 5`, `Art. 5`, `Articolul 5`, `§ 5`,
/// `Chapter II`, `Capitolul II`…). List numbering becomes text (`1.`, `a)`), tables become
/// Markdown tables, and what cannot be carried over (comments, images, footnotes, text boxes) is
/// reported. Tracked changes are refused unless accepted.
public enum WordImport {
    /// The result of reading a Word document.
    public struct Result: Sendable, Hashable {
        /// The document as Markdown, with front matter from the document properties.
        public var markdown: String
        /// What could not be carried over, one line each (`2 comments`).
        public var leftOut: [String]
        /// Tracked changes accepted on the way in.
        public var acceptedChanges: Int
    }

    /// Reads the `.docx` bytes; `name` says where they came from.
    ///
    /// With `acceptChanges` false a document with tracked changes is refused.
    public static func markdown(
        fromDocx bytes: [UInt8], name: String, acceptChanges: Bool
    ) throws(ExchangeError) -> Result {
        let zip = try ZipReader(bytes, name: name)
        guard let body = try zip.part("word/document.xml") else {
            throw ExchangeError(
                .notAPackage, "\(name) has no word/document.xml: it is a ZIP file but not a Word document.")
        }
        let styles = WordStyles()
        if let part = try zip.part("word/styles.xml") {
            try WordXML.parse(part, part: "word/styles.xml", file: name, delegate: styles)
        }
        let numbering = WordNumbering()
        if let part = try zip.part("word/numbering.xml") {
            try WordXML.parse(part, part: "word/numbering.xml", file: name, delegate: numbering)
        }
        let core = WordCoreProperties()
        if let part = try zip.part("docProps/core.xml") {
            try WordXML.parse(part, part: "docProps/core.xml", file: name, delegate: core)
        }
        let reader = WordBodyReader()
        try WordXML.parse(body, part: "word/document.xml", file: name, delegate: reader)
        if reader.trackedChanges > 0 && !acceptChanges {
            throw ExchangeError(
                .unacceptedChanges,
                "\(name) has \(reader.trackedChanges) tracked change(s) not yet accepted: accept or reject them in Word or LibreOffice first, or import with --accept-changes to take them as accepted."
            )
        }
        var leftOut = reader.leftOut.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
        if zip.paths.contains(where: { $0.hasPrefix("word/header") || $0.hasPrefix("word/footer") }) {
            leftOut.append("headers and footers")
        }
        let markdown = MarkdownComposer.compose(
            reader.blocks, styles: styles, numbering: numbering, properties: core.values)
        return Result(markdown: markdown, leftOut: leftOut, acceptedChanges: reader.trackedChanges)
    }
}
