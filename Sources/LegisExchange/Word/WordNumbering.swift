import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The list numbering of a Word document (`word/numbering.xml`), turned into text: each
/// numbered paragraph gets its number as Word would show it (`1.`, `(a)`, `IV.`).
final class WordNumbering: NSObject, XMLParserDelegate {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = "%1."
    }

    private var abstracts: [String: [Int: Level]] = [:]
    private var numToAbstract: [String: String] = [:]
    private var counters: [String: [Int: Int]] = [:]
    private var currentAbstract: String?
    private var currentNum: String?
    private var currentLevel: Int?

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard let namespaceURI, WordXML.wordNamespaces.contains(namespaceURI) else { return }
        let value = WordXML.attribute(attributes, "val")
        switch elementName {
        case "abstractNum": currentAbstract = WordXML.attribute(attributes, "abstractNumId")
        case "num": currentNum = WordXML.attribute(attributes, "numId")
        case "abstractNumId": if let currentNum, let value { numToAbstract[currentNum] = value }
        case "lvl":
            currentLevel = WordXML.attribute(attributes, "ilvl").flatMap(Int.init)
            if let currentAbstract, let currentLevel, currentNum == nil {
                abstracts[currentAbstract, default: [:]][currentLevel] = Level()
            }
        case "start": update { $0.start = value.flatMap(Int.init) ?? 1 }
        case "numFmt": update { $0.format = value ?? "decimal" }
        case "lvlText": update { $0.text = value ?? "" }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch elementName {
        case "abstractNum": currentAbstract = nil
        case "num": currentNum = nil
        case "lvl": currentLevel = nil
        default: break
        }
    }

    private func update(_ change: (inout Level) -> Void) {
        guard currentNum == nil, let currentAbstract, let currentLevel,
            var level = abstracts[currentAbstract]?[currentLevel]
        else { return }
        change(&level)
        abstracts[currentAbstract]?[currentLevel] = level
    }

    /// The number text of the next paragraph of list `numID` at `level`, counting it.
    func next(numID: String, level: Int) -> String? {
        guard numID != "0", let abstract = numToAbstract[numID], let levels = abstracts[abstract],
            let definition = levels[level]
        else { return nil }
        var counter = counters[numID] ?? [:]
        counter[level] = (counter[level] ?? (definition.start - 1)) + 1
        for deeper in counter.keys where deeper > level { counter[deeper] = nil }
        counters[numID] = counter
        if definition.format == "bullet" { return "-" }
        if definition.format == "none" { return nil }
        var text = definition.text
        for index in (0...8).reversed() where text.contains("%\(index + 1)") {
            let value = counter[index] ?? levels[index]?.start ?? 1
            text = text.replacingOccurrences(
                of: "%\(index + 1)", with: Self.format(value, levels[index]?.format ?? "decimal"))
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    static func format(_ value: Int, _ format: String) -> String {
        switch format {
        case "lowerLetter": letters(value).lowercased()
        case "upperLetter": letters(value)
        case "lowerRoman": roman(value).lowercased()
        case "upperRoman": roman(value)
        case "decimalZero": value < 10 ? "0\(value)" : "\(value)"
        default: "\(value)"
        }
    }

    private static func letters(_ value: Int) -> String {
        guard value > 0 else { return "\(value)" }
        let letter = Character(UnicodeScalar(UInt8(65 + (value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return "\(value)" }
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value
        var out = ""
        for (number, text) in table {
            while rest >= number {
                out += text
                rest -= number
            }
        }
        return out
    }
}
