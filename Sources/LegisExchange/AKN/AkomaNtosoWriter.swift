import Foundation
public import LegisDocument

/// Writes a document as Akoma Ntoso 3.0 (OASIS LegalDocML): a `bill` for a bill, an `act`
/// otherwise, with the FRBR identification and the provision hierarchy.
///
/// Each provision becomes the element of its kind (`chapter`, `article`, `paragraph`, `point`;
/// letters are points too) with its `num`, its `heading`, its own text as `intro` (when it has
/// children) or `content`, and an `eId` derived from its path: `art-16/par-2` is `art_16__para_2`.
public enum AkomaNtosoWriter {
    /// The Akoma Ntoso namespace.
    public static let namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

    /// The document as an Akoma Ntoso XML document.
    public static func xml(_ document: Document, identity: AkomaNtosoIdentity) -> String {
        let type = document.frontMatter.kind == .bill ? "bill" : "act"
        var xml = XMLWriter()
        xml.start("akomaNtoso", ["xmlns": namespace])
        xml.newline()
        xml.start(type, ["name": identity.documentID])
        writeMeta(&xml, document: document, identity: identity)
        writePreface(&xml, document: document)
        xml.newline()
        xml.start("body")
        var ids = EIdAllocator()
        if document.provisions.isEmpty {
            xml.start("hcontainer", ["eId": "hcontainer_1", "name": "text"])
            xml.start("content")
            paragraphs(Self.paragraphs(of: document.text(document.preambleRange), dropFirstLine: false), into: &xml)
            xml.end()
            xml.end()
        }
        for provision in document.provisions {
            write(provision, of: document, into: &xml, ids: &ids)
        }
        xml.end()
        xml.newline()
        xml.end()
        xml.newline()
        return xml.finish() + "\n"
    }

    private static func writeMeta(
        _ xml: inout XMLWriter, document: Document, identity: AkomaNtosoIdentity
    ) {
        let country = identity.country.isEmpty ? "xx" : identity.country
        let language = languageCode(document.frontMatter.language ?? document.language)
        let (work, expression) = iris(of: document, identity: identity)
        let manifestation = "\(expression)/!main.xml"
        xml.newline()
        xml.start("meta")
        xml.start("identification", ["source": "#legis"])
        xml.start("FRBRWork")
        xml.empty("FRBRthis", ["value": "\(work)/!main"])
        xml.empty("FRBRuri", ["value": work])
        xml.empty("FRBRdate", ["date": day(identity.workDate), "name": "first-revision"])
        xml.empty("FRBRauthor", ["href": "#legis"])
        xml.empty("FRBRcountry", ["value": country])
        if let title = document.frontMatter.title { xml.empty("FRBRname", ["value": title]) }
        xml.end()
        xml.start("FRBRExpression")
        xml.empty("FRBRthis", ["value": "\(expression)/!main"])
        xml.empty("FRBRuri", ["value": expression])
        xml.empty("FRBRdate", ["date": day(identity.revisionDate), "name": "revision"])
        xml.empty("FRBRauthor", ["href": "#author"])
        xml.empty("FRBRversionNumber", ["value": identity.revision])
        xml.empty("FRBRlanguage", ["language": language])
        xml.end()
        xml.start("FRBRManifestation")
        xml.empty("FRBRthis", ["value": manifestation])
        xml.empty("FRBRuri", ["value": manifestation])
        xml.empty("FRBRdate", ["date": day(identity.exportDate), "name": "export"])
        xml.empty("FRBRauthor", ["href": "#legis"])
        xml.end()
        xml.end()
        xml.start("references", ["source": "#legis"])
        xml.empty("TLCOrganization", ["eId": "legis", "href": "/ontology/organization/legis", "showAs": "Legis"])
        xml.empty(
            "TLCPerson",
            [
                "eId": "author", "href": "/ontology/person/\(slugged(identity.revisionAuthor))",
                "showAs": identity.revisionAuthor,
            ])
        xml.end()
        xml.end()
    }

    /// The work and expression IRIs of a document's export: `/akn/xx/bill/2026-09-21/slug` and
    /// `/akn/xx/bill/2026-09-21/slug/eng@2026-10-02`.
    public static func iris(of document: Document, identity: AkomaNtosoIdentity) -> (work: String, expression: String) {
        let type = document.frontMatter.kind == .bill ? "bill" : "act"
        let country = identity.country.isEmpty ? "xx" : identity.country
        let slug = identity.documentID.replacingOccurrences(of: "/", with: "-")
        let work = "/akn/\(country)/\(type)/\(day(identity.workDate))/\(slug)"
        let language = languageCode(document.frontMatter.language ?? document.language)
        return (work, "\(work)/\(language)@\(day(identity.revisionDate))")
    }

    /// The text before the first provision (after the front matter): the title as `longTitle`,
    /// the rest as paragraphs.
    private static func writePreface(_ xml: inout XMLWriter, document: Document) {
        guard !document.provisions.isEmpty else { return }
        let text = document.text(document.preambleRange)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var title = document.frontMatter.title
        var rest: [Substring] = []
        for line in lines {
            if line.hasPrefix("# ") {
                if title == nil { title = line.dropFirst(2).trimmingCharacters(in: .whitespaces) }
                continue
            }
            rest.append(line)
        }
        let body = paragraphs(of: rest.joined(separator: "\n"), dropFirstLine: false)
        guard title != nil || !body.isEmpty else { return }
        xml.newline()
        xml.start("preface")
        if let title {
            xml.start("longTitle")
            xml.start("p")
            xml.element("docTitle", text: title)
            xml.end()
            xml.end()
        }
        paragraphs(body, into: &xml)
        xml.end()
    }

    static func write(
        _ provision: Provision, of document: Document, into xml: inout XMLWriter, ids: inout EIdAllocator
    ) {
        xml.newline()
        let element = elementName(provision.kind)
        xml.start(element, ["eId": ids.eId(for: provision.path)])
        if !provision.label.isEmpty { xml.element("num", text: provision.label) }
        if let heading = provision.heading, !heading.isEmpty { xml.element("heading", text: heading) }
        let own = ownParagraphs(provision, of: document)
        if provision.children.isEmpty {
            xml.start("content")
            paragraphs(own.isEmpty ? [""] : own, into: &xml)
            xml.end()
        } else {
            if !own.isEmpty {
                xml.start("intro")
                paragraphs(own, into: &xml)
                xml.end()
            }
            for child in provision.children { write(child, of: document, into: &xml, ids: &ids) }
        }
        xml.end()
    }

    static func paragraphs(_ texts: [String], into xml: inout XMLWriter) {
        for text in texts { xml.element("p", text: text) }
    }

    /// The provision's own text without its marker line's number and heading, as paragraphs.
    static func ownParagraphs(_ provision: Provision, of document: Document) -> [String] {
        let text = document.text(provision.ownRange)
        let lineEnd = text.firstIndex(of: "\n") ?? text.endIndex
        var first = Substring(text[..<lineEnd]).drop { $0 == " " || $0 == "\t" }
        let isHeading = first.hasPrefix("#")
        first = first.drop { $0 == "#" }.drop { $0 == " " || $0 == "\t" }
        if !provision.label.isEmpty, first.hasPrefix(provision.label) { first = first.dropFirst(provision.label.count) }
        first = first.drop { " \t—–-.:".contains($0) }
        if isHeading || (provision.heading.map { first.trimmingCharacters(in: .whitespaces) == $0 } ?? false) {
            first = ""
        }
        return paragraphs(of: String(first) + String(text[lineEnd...]), dropFirstLine: false)
    }

    /// Text split at blank lines into paragraphs, each with its lines joined by single spaces
    /// and Markdown heading marks removed.
    static func paragraphs(of text: String, dropFirstLine: Bool) -> [String] {
        var result: [String] = []
        var current: [String] = []
        func flush() {
            if !current.isEmpty { result.append(current.joined(separator: " ")) }
            current = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty {
                flush()
                continue
            }
            if trimmed.hasPrefix("#") {
                flush()
                trimmed = String(trimmed.drop { $0 == "#" }).trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty { result.append(trimmed) }
                continue
            }
            current.append(trimmed)
        }
        flush()
        return result
    }

    static func elementName(_ kind: ProvisionKind) -> String {
        switch kind {
        case .book: "book"
        case .part: "part"
        case .title: "title"
        case .chapter: "chapter"
        case .section: "section"
        case .article: "article"
        case .paragraph: "paragraph"
        case .point, .letter: "point"
        }
    }

    /// ISO 639-2 code of a profile language.
    static func languageCode(_ language: String) -> String {
        switch language.lowercased().prefix(2) {
        case "en": "eng"
        case "ro": "ron"
        case "de": "deu"
        case "fr": "fra"
        default: "und"
        }
    }

    static func day(_ date: Date) -> String { String(DocxWriter.wordDate(date).prefix(10)) }

    static func slugged(_ text: String) -> String {
        let mapped = text.lowercased().unicodeScalars.map {
            ($0.properties.isAlphabetic || ("0"..."9").contains($0)) && $0.isASCII ? Character($0) : "-"
        }
        let slug = String(mapped).split(separator: "-").joined(separator: "-")
        return slug.isEmpty ? "unknown" : slug
    }
}
