import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// One paragraph of a `word/document.xml` as the tests look at it: its style, whether its mark is
/// an inserted or deleted revision, its text with every change accepted and with every change
/// rejected, and the style a paragraph-property revision records.
struct WordParagraph: Equatable {
    var style = ""
    var mark = ""
    var previousStyle: String?
    var accepted = ""
    var rejected = ""

    /// The paragraphs of the body, in order (those inside table cells too).
    static func read(_ xml: String) throws -> [WordParagraph] {
        let reader = Reader()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = reader
        guard parser.parse() else { throw Reader.Failure() }
        return reader.paragraphs
    }

    /// A paragraph as a word processor shows it: its style and its text.
    struct Shown: Equatable, CustomStringConvertible {
        var style: String
        var text: String
        var description: String { "\(style.isEmpty ? "Normal" : style): \(text)" }
    }

    /// The paragraphs as a word processor shows them once every change is accepted (or
    /// rejected): a paragraph whose mark goes away joins the next one and takes its style; a
    /// rejected change of style gives back the old style; empty paragraphs are left out.
    static func shown(_ paragraphs: [WordParagraph], accepting: Bool) -> [Shown] {
        var result: [Shown] = []
        var pending = ""
        for paragraph in paragraphs {
            pending += accepting ? paragraph.accepted : paragraph.rejected
            if paragraph.mark == (accepting ? "del" : "ins") { continue }
            let style = accepting ? paragraph.style : paragraph.previousStyle ?? paragraph.style
            result.append(Shown(style: style, text: pending.trimmingCharacters(in: .whitespaces)))
            pending = ""
        }
        result.append(Shown(style: "", text: pending.trimmingCharacters(in: .whitespaces)))
        return result.filter { !$0.text.isEmpty }
    }

    /// The texts of ``shown(_:accepting:)``.
    static func texts(_ paragraphs: [WordParagraph], accepting: Bool) -> [String] {
        shown(paragraphs, accepting: accepting).map(\.text)
    }

    private final class Reader: NSObject, XMLParserDelegate {
        struct Failure: Error {}
        var paragraphs: [WordParagraph] = []
        private var current: WordParagraph?
        private var inProperties = 0
        private var inPropertyChange = 0
        private var inInsertion = 0
        private var inDeletion = 0
        private var text: String?

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            switch elementName {
            case "w:p": current = WordParagraph()
            case "w:pPr": inProperties += 1
            case "w:pPrChange":
                inPropertyChange += 1
                current?.previousStyle = ""
            case "w:pStyle" where inPropertyChange > 0: current?.previousStyle = attributes["w:val"] ?? ""
            case "w:pStyle" where inProperties > 0: current?.style = attributes["w:val"] ?? ""
            case "w:ins" where inProperties > 0: current?.mark = "ins"
            case "w:del" where inProperties > 0: current?.mark = "del"
            case "w:ins": inInsertion += 1
            case "w:del": inDeletion += 1
            case "w:t", "w:delText": text = ""
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text? += string }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            switch elementName {
            case "w:p":
                if let current { paragraphs.append(current) }
                current = nil
            case "w:pPr": inProperties -= 1
            case "w:pPrChange": inPropertyChange -= 1
            case "w:ins" where inProperties == 0: inInsertion -= 1
            case "w:del" where inProperties == 0: inDeletion -= 1
            case "w:t", "w:delText":
                let value = text ?? ""
                text = nil
                if inDeletion == 0 { current?.accepted += value }
                if inInsertion == 0 { current?.rejected += value }
            default: break
            }
        }
    }
}
