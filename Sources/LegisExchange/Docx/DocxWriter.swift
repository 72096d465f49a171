import Foundation
public import LegisDiff
public import LegisDocument

/// Writes Word documents (Office Open XML, `.docx`): a document's text with its headings as
/// Word headings, or a redline as Word tracked changes.
public enum DocxWriter {
    /// The document's text, clean: headings as Word headings, each provision a paragraph.
    public static func document(_ document: Document, properties: DocxProperties) throws(ExchangeError) -> [UInt8] {
        let segments = document.source.isEmpty ? [] : [Segment(op: .equal, text: document.source)]
        let paragraphs = ParagraphBuilder.paragraphs(segments, old: document, new: document, attribution: nil)
        return try package(paragraphs, properties: properties, trackRevisions: false)
    }

    /// The redline as Word tracked changes.
    ///
    /// Every insertion is a `w:ins`, every deletion a `w:del`, paragraphs that come or go have
    /// inserted or deleted paragraph marks, a paragraph whose style changed records the old one
    /// in a `w:pPrChange`; each change by the author `attribution` gives. Accepting all changes
    /// gives `new`, rejecting all gives `old`.
    public static func redline(
        _ redline: Redline, old: Document, new: Document, attribution: RevisionAttribution,
        properties: DocxProperties
    ) throws(ExchangeError) -> [UInt8] {
        let paragraphs = ParagraphBuilder.paragraphs(redline.segments, old: old, new: new, attribution: attribution)
        return try package(paragraphs, properties: properties, trackRevisions: true)
    }

    static func package(
        _ paragraphs: [DocxParagraph], properties: DocxProperties, trackRevisions: Bool
    ) throws(ExchangeError) -> [UInt8] {
        try package(documentXML: documentXML(paragraphs), properties: properties, trackRevisions: trackRevisions)
    }

    /// A Word package around `word/document.xml`.
    static func package(
        documentXML: String, properties: DocxProperties, trackRevisions: Bool
    ) throws(ExchangeError) -> [UInt8] {
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", text: DocxParts.contentTypes)
        zip.add("_rels/.rels", text: DocxParts.packageRelationships)
        zip.add("docProps/core.xml", text: DocxParts.coreProperties(properties))
        zip.add("word/document.xml", text: documentXML)
        zip.add("word/_rels/document.xml.rels", text: DocxParts.documentRelationships)
        zip.add("word/styles.xml", text: DocxParts.styles)
        zip.add("word/settings.xml", text: DocxParts.settings(trackRevisions: trackRevisions))
        return try zip.archive(date: properties.modified)
    }

    /// `word/document.xml` for the paragraphs; revision ids count up from 1.
    static func documentXML(_ paragraphs: [DocxParagraph]) -> String {
        var xml = XMLWriter()
        var nextID = 1
        xml.start("w:document", ["xmlns:w": DocxParts.wordNamespace])
        xml.start("w:body")
        for paragraph in paragraphs {
            xml.newline()
            write(paragraph, into: &xml, nextID: &nextID)
        }
        xml.newline()
        sectionProperties(&xml, landscape: false)
        return xml.finish()
    }

    /// One `w:p`, its revisions numbered from `nextID` on.
    static func write(_ paragraph: DocxParagraph, into xml: inout XMLWriter, nextID: inout Int) {
        xml.start("w:p")
        if paragraph.style != .normal || paragraph.mark != .none || paragraph.styleChange != nil {
            xml.start("w:pPr")
            if paragraph.style != .normal { xml.empty("w:pStyle", ["w:val": paragraph.style.styleID]) }
            switch paragraph.mark {
            case .none: break
            case .insert(let author), .delete(let author):
                let name = paragraph.mark == .insert(author) ? "w:ins" : "w:del"
                xml.start("w:rPr")
                xml.empty(name, ["w:id": String(nextID), "w:author": author.name, "w:date": wordDate(author.date)])
                nextID += 1
                xml.end()
            }
            if let change = paragraph.styleChange {
                // The style before, as a tracked change of the paragraph's properties.
                xml.start(
                    "w:pPrChange",
                    [
                        "w:id": String(nextID), "w:author": change.author.name,
                        "w:date": wordDate(change.author.date),
                    ])
                nextID += 1
                xml.start("w:pPr")
                if change.old != .normal { xml.empty("w:pStyle", ["w:val": change.old.styleID]) }
                xml.end()
                xml.end()
            }
            xml.end()
        }
        for run in paragraph.runs {
            switch run.change {
            case .none:
                textRun(&xml, run.text, element: "w:t")
            case .insert(let author):
                xml.start("w:ins", ["w:id": String(nextID), "w:author": author.name, "w:date": wordDate(author.date)])
                nextID += 1
                textRun(&xml, run.text, element: "w:t")
                xml.end()
            case .delete(let author):
                xml.start("w:del", ["w:id": String(nextID), "w:author": author.name, "w:date": wordDate(author.date)])
                nextID += 1
                textRun(&xml, run.text, element: "w:delText")
                xml.end()
            }
        }
        xml.end()
    }

    /// `w:sectPr`: A4 with 2.5 cm margins, upright or landscape.
    static func sectionProperties(_ xml: inout XMLWriter, landscape: Bool) {
        xml.start("w:sectPr")
        if landscape {
            xml.empty("w:pgSz", ["w:w": "16838", "w:h": "11906", "w:orient": "landscape"])
        } else {
            xml.empty("w:pgSz", ["w:w": "11906", "w:h": "16838"])
        }
        let margin = landscape ? "1134" : "1440"
        xml.empty(
            "w:pgMar",
            [
                "w:top": margin, "w:right": margin, "w:bottom": margin, "w:left": margin, "w:header": "708",
                "w:footer": "708", "w:gutter": "0",
            ])
        xml.end()
    }

    private static func textRun(_ xml: inout XMLWriter, _ text: String, element: String) {
        xml.start("w:r")
        xml.element(element, ["xml:space": "preserve"], text: text)
        xml.end()
    }

    /// A date as Word writes it in revisions: `2026-11-29T10:15:00Z`.
    static func wordDate(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        let (year, month, day) = civil(days)
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))T\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))Z"
    }

    /// The proleptic Gregorian year, month and day of a day count since 1970-01-01.
    private static func civil(_ days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
