import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The paragraph styles of a Word document (`word/styles.xml`): names, outline levels and
/// numbering, by style id.
final class WordStyles: NSObject, XMLParserDelegate {
    struct Style {
        var name = ""
        var basedOn: String?
        var outlineLevel: Int?
        var numID: String?
        var level: Int?
    }

    private(set) var styles: [String: Style] = [:]
    private var currentID: String?
    private var current = Style()

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard let namespaceURI, WordXML.wordNamespaces.contains(namespaceURI) else { return }
        let value = WordXML.attribute(attributes, "val")
        switch elementName {
        case "style":
            currentID = WordXML.attribute(attributes, "styleId")
            current = Style()
        case "name": current.name = value ?? ""
        case "basedOn": current.basedOn = value
        case "outlineLvl": current.outlineLevel = value.flatMap(Int.init)
        case "numId": current.numID = value
        case "ilvl": current.level = value.flatMap(Int.init)
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if elementName == "style", let id = currentID {
            styles[id] = current
            currentID = nil
        }
    }

    /// The heading level in Markdown (`#` is 1) of paragraphs in style `id`, if it is a title or
    /// heading style.
    func markdownHeadingLevel(_ id: String?) -> Int? {
        var next = id
        var steps = 0
        while let id = next, let style = styles[id], steps < 8 {
            let name = style.name.lowercased()
            if name == "title" { return 1 }
            if name.hasPrefix("heading "), let level = Int(name.dropFirst("heading ".count)) {
                return min(level + 1, 6)
            }
            if let outline = style.outlineLevel, outline < 9 { return min(outline + 2, 6) }
            next = style.basedOn
            steps += 1
        }
        guard let id else { return nil }
        let lower = id.lowercased()
        if lower == "title" { return 1 }
        if lower.hasPrefix("heading"), let level = Int(lower.dropFirst("heading".count)) { return min(level + 1, 6) }
        return nil
    }

    /// The numbering of paragraphs in style `id` (numbering id and level), following `basedOn`.
    func numbering(_ id: String?) -> (String, Int)? {
        var next = id
        var steps = 0
        while let id = next, let style = styles[id], steps < 8 {
            if let numID = style.numID { return (numID, style.level ?? 0) }
            next = style.basedOn
            steps += 1
        }
        return nil
    }
}
