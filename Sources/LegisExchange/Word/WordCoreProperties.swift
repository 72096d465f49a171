import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads `docProps/core.xml`: title, category (the kind), content status and language.
final class WordCoreProperties: NSObject, XMLParserDelegate {
    private(set) var values: [String: String] = [:]
    private var current: String?
    private var text = ""
    private static let wanted: Set<String> = ["title", "category", "contentStatus", "language"]

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        current = Self.wanted.contains(elementName) ? elementName : nil
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if current != nil { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if let current, current == elementName {
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !value.isEmpty { values[current] = value }
        }
        current = nil
    }
}
