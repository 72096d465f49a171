import Foundation
public import LegisAmendments
import LegisDiff
public import LegisDocument

/// Writes the table of amendments of a committee report as a Word document: a title, then a
/// table with one row per provision an amendment touches (number, provision as lawyers name it,
/// text before, text proposed, sponsors, rationale, decision), on landscape A4.
///
/// The text proposed is the text before with the amendment's changes as real tracked changes
/// (`w:ins`, `w:del`, by the amendment's sponsors), so Word and LibreOffice show it as a
/// redline and list each change; accepting them all turns that column into the proposed text.
public enum AmendmentTableDocx {
    /// The column headings and widths (in twentieths of a point; 14,570 fill the page).
    static let columns: [(String, Int)] = [
        ("No.", 600), ("Provision", 1500), ("Text before", 3600), ("Text proposed", 3600), ("Sponsors", 1600),
        ("Rationale", 2470), ("Decision", 1200),
    ]

    /// The document: `rows` under `title`; provisions named in `profile`'s words (the path
    /// otherwise); each amendment's changes by the author `authors` gives for its number, else
    /// `fallback`.
    public static func docx(
        _ rows: [AmendmentTableRow], title: String, profile: StructureProfile?, authors: [Int: RevisionAuthor],
        fallback: RevisionAuthor, properties: DocxProperties
    ) throws(ExchangeError) -> [UInt8] {
        var xml = XMLWriter()
        var nextID = 1
        xml.start("w:document", ["xmlns:w": DocxParts.wordNamespace])
        xml.start("w:body")
        xml.newline()
        DocxWriter.write(
            DocxParagraph(style: .title, runs: [.init(text: title, change: .none)], mark: .none), into: &xml,
            nextID: &nextID)
        xml.newline()
        xml.start("w:tbl")
        writeTableProperties(&xml)
        xml.start("w:tr")
        xml.start("w:trPr")
        xml.empty("w:tblHeader")
        xml.end()
        for (heading, width) in columns {
            cell(&xml, width: width, [plain(heading, style: .cellHeading)], nextID: &nextID)
        }
        xml.end()
        for row in rows {
            let author = authors[row.number] ?? fallback
            let provision =
                row.provision.isEmpty ? "—" : profile?.citation(of: ProvisionPath(row.provision)) ?? row.provision
            let cells: [[DocxParagraph]] = [
                [plain(String(row.number))], [plain(provision)], text(row.before),
                redline(before: row.before, after: row.after, author: author),
                [plain(row.sponsors.joined(separator: ", "))], lines(row.rationale), [plain(row.decision)],
            ]
            xml.newline()
            xml.start("w:tr")
            xml.start("w:trPr")
            xml.empty("w:cantSplit")
            xml.end()
            for (paragraphs, column) in zip(cells, columns) {
                cell(&xml, width: column.1, paragraphs, nextID: &nextID)
            }
            xml.end()
        }
        xml.end()
        // Word wants a paragraph between a table and the end of the body.
        xml.newline()
        DocxWriter.write(DocxParagraph(style: .normal, runs: [], mark: .none), into: &xml, nextID: &nextID)
        xml.newline()
        DocxWriter.sectionProperties(&xml, landscape: true)
        return try DocxWriter.package(documentXML: xml.finish(), properties: properties, trackRevisions: false)
    }

    private static func writeTableProperties(_ xml: inout XMLWriter) {
        xml.start("w:tblPr")
        xml.empty("w:tblW", ["w:w": String(columns.map(\.1).reduce(0, +)), "w:type": "dxa"])
        xml.start("w:tblBorders")
        for side in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
            xml.empty(side, ["w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "444444"])
        }
        xml.end()
        xml.empty("w:tblLayout", ["w:type": "fixed"])
        xml.start("w:tblCellMar")
        xml.empty("w:left", ["w:w": "80", "w:type": "dxa"])
        xml.empty("w:right", ["w:w": "80", "w:type": "dxa"])
        xml.end()
        xml.end()
        xml.start("w:tblGrid")
        for (_, width) in columns { xml.empty("w:gridCol", ["w:w": String(width)]) }
        xml.end()
    }

    /// A cell: its width and its paragraphs (at least one, as Word requires).
    private static func cell(_ xml: inout XMLWriter, width: Int, _ paragraphs: [DocxParagraph], nextID: inout Int) {
        xml.start("w:tc")
        xml.start("w:tcPr")
        xml.empty("w:tcW", ["w:w": String(width), "w:type": "dxa"])
        xml.end()
        var paragraphs = paragraphs.isEmpty ? [plain("")] : paragraphs
        // The last paragraph's mark is the end of the cell: it is never a revision.
        paragraphs[paragraphs.count - 1].mark = .none
        for paragraph in paragraphs { DocxWriter.write(paragraph, into: &xml, nextID: &nextID) }
        xml.end()
    }

    private static func plain(_ text: String, style: ParagraphStyle = .cell) -> DocxParagraph {
        DocxParagraph(style: style, runs: text.isEmpty ? [] : [.init(text: text, change: .none)], mark: .none)
    }

    /// Free text (a rationale): a paragraph per line.
    private static func lines(_ text: String) -> [DocxParagraph] {
        text.split(whereSeparator: \.isNewline).map { plain(String($0)) }
    }

    /// A provision's text as it reads: headings bold, a paragraph per paragraph.
    private static func text(_ markdown: String) -> [DocxParagraph] {
        guard let document = try? Document.parse(markdown) else { return lines(markdown) }
        let segments = markdown.isEmpty ? [] : [Segment(op: .equal, text: markdown)]
        return cellStyled(ParagraphBuilder.paragraphs(segments, old: document, new: document, attribution: nil))
    }

    /// The text before with the changes to the text proposed as tracked changes by `author`.
    private static func redline(before: String, after: String, author: RevisionAuthor) -> [DocxParagraph] {
        guard let old = try? Document.parse(before), let new = try? Document.parse(after, language: old.language)
        else {
            return [
                DocxParagraph(
                    style: .cell,
                    runs: [.init(text: before, change: .delete(author)), .init(text: after, change: .insert(author))],
                    mark: .none)
            ]
        }
        let paragraphs = ParagraphBuilder.paragraphs(
            WordDiff.segments(old: before, new: after), old: old, new: new,
            attribution: RevisionAttribution(fallback: author))
        return cellStyled(paragraphs)
    }

    /// Paragraphs restyled for a cell: headings and titles bold, the rest cell text.
    private static func cellStyled(_ paragraphs: [DocxParagraph]) -> [DocxParagraph] {
        func cellStyle(_ style: ParagraphStyle) -> ParagraphStyle {
            switch style {
            case .title, .heading, .cellHeading: .cellHeading
            case .normal, .tableRow, .cell: .cell
            }
        }
        return paragraphs.map { paragraph in
            var restyled = paragraph
            restyled.style = cellStyle(paragraph.style)
            if let change = paragraph.styleChange {
                let old = cellStyle(change.old)
                restyled.styleChange = old == restyled.style ? nil : .init(old: old, author: change.author)
            }
            return restyled
        }
    }
}
