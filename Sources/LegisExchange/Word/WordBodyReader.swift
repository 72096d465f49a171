import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads `word/document.xml`: the paragraphs and tables of the body, with tracked changes
/// counted and read as accepted, and what cannot be carried over counted by kind.
final class WordBodyReader: NSObject, XMLParserDelegate {
    private(set) var blocks: [WordBlock] = []
    /// Tracked changes found (insertions, deletions, moves, formatting changes).
    private(set) var trackedChanges = 0
    /// What was left out, by description, with counts.
    private(set) var leftOut: [String: Int] = [:]

    private var paragraph: WordBlock.Paragraph?
    private var numID: String?
    private var numLevel: Int?
    private var inParagraphProperties = 0
    /// Inside a tracked change of properties (`w:pPrChange`…): what it holds is the state before.
    private var inPropertyChange = 0
    private var inRunPropertiesOfParagraph = 0
    private var deleted = 0
    private var skipped = 0
    private var collecting = false
    private var tables: [[[String]]] = []
    private var row: [String]?
    private var rowDeleted = false
    private var cell: [String]?

    private static let changeElements: Set<String> = [
        "ins", "del", "moveFrom", "moveTo", "pPrChange", "rPrChange", "sectPrChange", "tblPrChange",
        "trPrChange", "tcPrChange", "numberingChange", "cellIns", "cellDel", "cellMerge", "tblGridChange",
    ]

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let word = namespaceURI.map { WordXML.wordNamespaces.contains($0) } ?? false
        if !word {
            if elementName == "Fallback" { skipped += 1 }
            return
        }
        if Self.changeElements.contains(elementName) { trackedChanges += 1 }
        if skipped > 0 { return }
        if elementName.hasSuffix("PrChange") { inPropertyChange += 1 }
        if inPropertyChange > 0 { return }
        switch elementName {
        case "txbxContent":
            leftOut["text boxes", default: 0] += 1
            skipped += 1
        case "drawing", "pict", "object":
            leftOut["images and drawings", default: 0] += 1
            skipped += 1
        case "commentReference": leftOut["comments", default: 0] += 1
        case "footnoteReference": leftOut["footnotes", default: 0] += 1
        case "endnoteReference": leftOut["endnotes", default: 0] += 1
        case "p":
            paragraph = WordBlock.Paragraph()
            numID = nil
            numLevel = nil
        case "pPr": inParagraphProperties += 1
        case "rPr" where inParagraphProperties > 0: inRunPropertiesOfParagraph += 1
        case "pStyle" where inParagraphProperties > 0: paragraph?.styleID = WordXML.attribute(attributes, "val")
        case "numId" where inParagraphProperties > 0: numID = WordXML.attribute(attributes, "val")
        case "ilvl" where inParagraphProperties > 0: numLevel = WordXML.attribute(attributes, "val").flatMap(Int.init)
        case "del", "moveFrom":
            if inRunPropertiesOfParagraph > 0 {
                paragraph?.markDeleted = true
            } else if inParagraphProperties == 0 {
                deleted += 1
            }
        case "t": collecting = deleted == 0 && paragraph != nil
        case "tab", "br", "cr": if deleted == 0 && inParagraphProperties == 0 { paragraph?.text += " " }
        case "noBreakHyphen": if deleted == 0 { paragraph?.text += "-" }
        case "tbl":
            if !tables.isEmpty { leftOut["tables inside tables (flattened into their cell)", default: 0] += 1 }
            tables.append([])
        case "tr":
            row = []
            rowDeleted = false
        case "trPr": break
        case "tc": cell = []
        default: break
        }
        if elementName == "del", inParagraphProperties == 0, row != nil, cell == nil { rowDeleted = true }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        let word = namespaceURI.map { WordXML.wordNamespaces.contains($0) } ?? false
        if !word {
            if elementName == "Fallback" { skipped -= 1 }
            return
        }
        if skipped > 0 {
            if ["txbxContent", "drawing", "pict", "object"].contains(elementName) { skipped -= 1 }
            return
        }
        if elementName.hasSuffix("PrChange") {
            inPropertyChange -= 1
            return
        }
        if inPropertyChange > 0 { return }
        switch elementName {
        case "t": collecting = false
        case "pPr": inParagraphProperties -= 1
        case "rPr" where inRunPropertiesOfParagraph > 0: inRunPropertiesOfParagraph -= 1
        case "del", "moveFrom": if inParagraphProperties == 0 && deleted > 0 { deleted -= 1 }
        case "p": endParagraph()
        case "tc":
            if let cell { row?.append(cell.joined(separator: " ")) }
            cell = nil
        case "tr":
            if let row, !rowDeleted, !tables.isEmpty { tables[tables.count - 1].append(row) }
            row = nil
        case "tbl":
            guard let table = tables.popLast() else { return }
            if tables.isEmpty {
                blocks.append(.table(table))
            } else {
                // A table inside a cell: its text goes into that cell.
                cell?.append(table.map { $0.joined(separator: " ") }.joined(separator: " "))
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting && skipped == 0 { paragraph?.text += string }
    }

    private func endParagraph() {
        guard var finished = paragraph else { return }
        paragraph = nil
        if let numID { finished.numbering = (numID, numLevel ?? 0) }
        if cell != nil {
            let text = finished.text.trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { cell?.append(text) }
            return
        }
        blocks.append(.paragraph(finished))
    }
}
