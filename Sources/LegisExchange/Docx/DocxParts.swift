import Foundation

/// The fixed parts of a Word package and the ones built from properties.
enum DocxParts {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>
        """

    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>
        """

    static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
        </Relationships>
        """

    static func settings(trackRevisions: Bool) -> String {
        var xml = XMLWriter()
        xml.start("w:settings", ["xmlns:w": wordNamespace])
        if trackRevisions { xml.empty("w:trackRevisions") }
        xml.empty("w:defaultTabStop", ["w:val": "708"])
        return xml.finish()
    }

    /// `word/styles.xml`: Normal, Title, Heading 1–6 (with their outline levels), a style for
    /// Markdown table rows, and text and headings in table cells.
    static let styles: String = {
        var xml = XMLWriter()
        xml.start("w:styles", ["xmlns:w": wordNamespace])
        xml.start("w:docDefaults")
        xml.start("w:rPrDefault")
        xml.start("w:rPr")
        xml.empty(
            "w:rFonts", ["w:ascii": "Liberation Serif", "w:hAnsi": "Liberation Serif", "w:cs": "Liberation Serif"])
        xml.empty("w:sz", ["w:val": "24"])
        xml.end()
        xml.end()
        xml.start("w:pPrDefault")
        xml.start("w:pPr")
        xml.empty("w:spacing", ["w:after": "120"])
        xml.end()
        xml.end()
        xml.end()
        func style(_ id: String, _ name: String, outline: Int?, size: Int?, bold: Bool, mono: Bool = false) {
            if id == "Normal" {
                xml.start("w:style", ["w:type": "paragraph", "w:default": "1", "w:styleId": id])
            } else {
                xml.start("w:style", ["w:type": "paragraph", "w:styleId": id])
            }
            xml.empty("w:name", ["w:val": name])
            if id != "Normal" {
                xml.empty("w:basedOn", ["w:val": "Normal"])
                xml.empty("w:next", ["w:val": "Normal"])
            }
            xml.empty("w:qFormat")
            if let outline {
                xml.start("w:pPr")
                xml.empty("w:keepNext")
                xml.empty("w:spacing", ["w:before": "240", "w:after": "120"])
                xml.empty("w:outlineLvl", ["w:val": String(outline)])
                xml.end()
            }
            if size != nil || bold || mono {
                xml.start("w:rPr")
                if mono {
                    xml.empty(
                        "w:rFonts",
                        ["w:ascii": "Liberation Mono", "w:hAnsi": "Liberation Mono", "w:cs": "Liberation Mono"])
                }
                if bold { xml.empty("w:b") }
                if let size { xml.empty("w:sz", ["w:val": String(size)]) }
                xml.end()
            }
            xml.end()
        }
        style("Normal", "Normal", outline: nil, size: nil, bold: false)
        style("Title", "Title", outline: nil, size: 36, bold: true)
        for level in 1...6 {
            style("Heading\(level)", "heading \(level)", outline: level - 1, size: max(24, 32 - 2 * level), bold: true)
        }
        style("LegisTableRow", "Legis Table Row", outline: nil, size: 20, bold: false, mono: true)
        style("LegisCell", "Legis Cell", outline: nil, size: 18, bold: false)
        style("LegisCellHeading", "Legis Cell Heading", outline: nil, size: 18, bold: true)
        return xml.finish()
    }()

    /// `docProps/core.xml` with the title, kind, status, language and dates.
    static func coreProperties(_ properties: DocxProperties) -> String {
        var xml = XMLWriter()
        xml.start(
            "cp:coreProperties",
            [
                "xmlns:cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
                "xmlns:dc": "http://purl.org/dc/elements/1.1/", "xmlns:dcterms": "http://purl.org/dc/terms/",
                "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
            ])
        if let title = properties.title { xml.element("dc:title", text: title) }
        if let creator = properties.creator { xml.element("dc:creator", text: creator) }
        if let description = properties.description { xml.element("dc:description", text: description) }
        if let kind = properties.kind { xml.element("cp:category", text: kind) }
        if let status = properties.status { xml.element("cp:contentStatus", text: status) }
        if let language = properties.language { xml.element("dc:language", text: language) }
        xml.element("dcterms:modified", ["xsi:type": "dcterms:W3CDTF"], text: DocxWriter.wordDate(properties.modified))
        return xml.finish()
    }
}
