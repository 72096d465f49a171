import Foundation
import LegisExchange

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses XML with Foundation's parser and collects what the tests look at.
final class XMLChecks: NSObject, XMLParserDelegate {
    private(set) var text = ""
    private(set) var revisionIDs: [String] = []
    private(set) var authors: Set<String> = []
    private(set) var elements: [String: Int] = [:]

    /// Whether `xml` is well-formed; collects its content.
    static func parse(_ xml: String) -> XMLChecks? {
        let checks = XMLChecks()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = checks
        return parser.parse() && parser.parserError == nil ? checks : nil
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements[elementName, default: 0] += 1
        if elementName == "w:ins" || elementName == "w:del" {
            if let id = attributes["w:id"] { revisionIDs.append(id) }
            if let author = attributes["w:author"] { authors.insert(author) }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    /// `word/document.xml` of a DOCX package.
    static func documentXML(_ docx: [UInt8]) throws -> String {
        let reader = try ZipReader(docx, name: "test.docx")
        return String(decoding: try reader.part("word/document.xml") ?? [], as: UTF8.self)
    }
}
