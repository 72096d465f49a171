import Foundation

/// Writes the blocks read from a Word document as Legis Markdown.
enum MarkdownComposer {
    static func compose(
        _ blocks: [WordBlock], styles: WordStyles, numbering: WordNumbering, properties: [String: String]
    ) -> String {
        var lines: [String] = []
        var title = properties["title"]
        var carried: WordBlock.Paragraph?
        for block in blocks {
            switch block {
            case .table(let rows):
                if let pending = carried {
                    lines.append(contentsOf: paragraph(pending, styles: styles, numbering: numbering, title: &title))
                    carried = nil
                }
                lines.append(table(rows))
            case .paragraph(var paragraph):
                // A deleted paragraph mark (changes accepted) joins a paragraph to the next.
                if let pending = carried {
                    paragraph.text = pending.text + paragraph.text
                    paragraph.styleID = pending.styleID ?? paragraph.styleID
                    paragraph.numbering = pending.numbering ?? paragraph.numbering
                    carried = nil
                }
                if paragraph.markDeleted {
                    carried = paragraph
                    continue
                }
                lines.append(contentsOf: self.paragraph(paragraph, styles: styles, numbering: numbering, title: &title))
            }
        }
        if let pending = carried {
            lines.append(contentsOf: paragraph(pending, styles: styles, numbering: numbering, title: &title))
        }
        var front: [String] = []
        if let title { front.append("title: \(yamlScalar(title))") }
        if let kind = properties["category"]?.lowercased(), ["law", "bill", "strategy"].contains(kind) {
            front.append("kind: \(kind)")
        }
        if let status = properties["contentStatus"] { front.append("status: \(yamlScalar(status))") }
        if let language = properties["language"]?.lowercased().prefix(2), ["en", "ro", "de"].contains(String(language))
        {
            front.append("language: \(language)")
        }
        var out = front.isEmpty ? "" : "---\n" + front.joined(separator: "\n") + "\n---\n\n"
        out += lines.joined(separator: "\n\n")
        return out + "\n"
    }

    private static func paragraph(
        _ paragraph: WordBlock.Paragraph, styles: WordStyles, numbering: WordNumbering, title: inout String?
    ) -> [String] {
        var text = collapse(paragraph.text)
        if let (id, level) = paragraph.numbering ?? styles.numbering(paragraph.styleID),
            let number = numbering.next(numID: id, level: level)
        {
            text = text.isEmpty ? number : number + " " + text
        }
        guard !text.isEmpty else { return [] }
        if let level = styles.markdownHeadingLevel(paragraph.styleID) {
            if level == 1, title == nil { title = text }
            return [String(repeating: "#", count: level) + " " + text]
        }
        if text.count <= 160, let level = markerLevel(text) {
            return [String(repeating: "#", count: level) + " " + text]
        }
        return [escapeStart(text)]
    }

    /// The Markdown heading level of a short paragraph that starts with an article (3) or
    /// container (2) marker and a number, and has nothing but a heading after it.
    static func markerLevel(_ text: String) -> Int? {
        let words = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard words.count >= 2 else { return nil }
        let first = words[0].lowercased()
        let number = words[1].trimmingCharacters(in: CharacterSet(charactersIn: ".:-–—"))
        guard let lead = number.unicodeScalars.first,
            CharacterSet.decimalDigits.contains(lead) || "IVXLC".unicodeScalars.contains(lead)
        else { return nil }
        // As for the parser's plain-line markers: the number ends the line, or a separator follows
        // (`Article 5 — Scope`, `Art. 5.`); `§ 347 Absatz 1 …` is a sentence, not a heading.
        if words.count == 3, let rest = words.last {
            let numberEnds = words[1].hasSuffix(".") || words[1].hasSuffix(":")
            guard numberEnds || rest.hasPrefix("—") || rest.hasPrefix("–") || rest.hasPrefix("-") else { return nil }
            // Text running on after the marker (`Art. 5. - (1) The ...`) stays a plain marker line.
            if rest.contains("(1)") || rest.count > 100 { return nil }
        }
        let articles = ["article", "art.", "articolul", "artikel", "§"]
        let containers = [
            "chapter", "capitolul", "kapitel", "part", "partea", "teil", "title", "titlul", "titel", "book",
            "cartea", "buch", "section", "secțiunea", "secţiunea", "abschnitt",
        ]
        if articles.contains(first) { return 3 }
        if containers.contains(first) { return 2 }
        return nil
    }

    private static func table(_ rows: [[String]]) -> String {
        let width = rows.map(\.count).max() ?? 0
        guard width > 0 else { return "" }
        func line(_ cells: [String]) -> String {
            let padded = cells + Array(repeating: "", count: width - cells.count)
            return "| "
                + padded.map { collapse($0).replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
        }
        var out = [line(rows[0]), "|" + Array(repeating: "---", count: width).joined(separator: "|") + "|"]
        out.append(contentsOf: rows.dropFirst().map(line))
        return out.joined(separator: "\n")
    }

    /// Runs of whitespace as one space, ends trimmed.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{A0}" })
            .joined(separator: " ")
    }

    /// A paragraph that would read as Markdown structure at the start of a line, escaped.
    private static func escapeStart(_ text: String) -> String {
        if text.hasPrefix("#") || text.hasPrefix("---") || text.hasPrefix("|") { return "\\" + text }
        return text
    }

    private static func yamlScalar(_ text: String) -> String {
        let cleaned = text.unicodeScalars.filter { $0.value >= 0x20 && $0 != "\u{7F}" }
        var escaped = ""
        for scalar in cleaned {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "\"" + escaped + "\""
    }
}
