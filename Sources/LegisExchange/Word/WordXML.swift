import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Runs Foundation's XML parser over a part of a Word package with a delegate.
///
/// A parse failure becomes an ``ExchangeError``. External entities are never resolved.
enum WordXML {
    /// The WordprocessingML namespaces (transitional and strict).
    static let wordNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]

    static func parse(_ bytes: [UInt8], part: String, file: String, delegate: any XMLParserDelegate)
        throws(ExchangeError)
    {
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        let parsed = parser.parse()
        guard parsed, parser.parserError == nil else {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown error"
            throw ExchangeError(
                .malformedXML,
                "\(file): \(part) is not well-formed XML (line \(parser.lineNumber), \(reason)); save it again from Word or LibreOffice."
            )
        }
    }

    /// The value of a `w:` attribute (`w:val`), whatever prefix the file uses.
    static func attribute(_ attributes: [String: String], _ localName: String) -> String? {
        if let value = attributes["w:" + localName] { return value }
        for (key, value) in attributes where key == localName || key.hasSuffix(":" + localName) { return value }
        return nil
    }
}
