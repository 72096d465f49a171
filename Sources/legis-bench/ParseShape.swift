/// The text shapes that made parsing quadratic before, each generated to a given size.
enum ParseShape: String, CaseIterable {
    /// `§ N` headings, each followed by its text on the next line, no blank lines.
    case sections
    /// `Article N` headings, each followed by a `(1) Text` paragraph.
    case articles
    /// A front matter of many fields, then a short body.
    case frontMatter = "front-matter"
    /// Lists nested a thousand levels deep, repeated.
    case nestedLists = "nested-lists"

    var title: String {
        switch self {
        case .sections: "`§ N` sections without blank lines"
        case .articles: "`Article N` / `(1) Text` pairs"
        case .frontMatter: "front-matter fields"
        case .nestedLists: "nested list levels (1,000 deep, repeated)"
        }
    }

    /// A text of about `bytes` bytes (never more) and the number of units it holds.
    func text(bytes: Int) -> (String, Int) {
        var text = ""
        text.reserveCapacity(bytes + 4096)
        var units = 0
        switch self {
        case .sections:
            while true {
                let line = "§ \(units + 1)\nDer Text des Paragraphen \(units + 1) gilt für jeden hier genannten Fall.\n"
                guard text.utf8.count + line.utf8.count <= bytes else { break }
                text += line
                units += 1
            }
        case .articles:
            text = "# Law\n\n"
            while true {
                let block = "Article \(units + 1)\n(1) The text of article \(units + 1) applies to every case named here.\n\n"
                guard text.utf8.count + block.utf8.count <= bytes else { break }
                text += block
                units += 1
            }
        case .frontMatter:
            text = "---\n"
            let body = "---\n\n# Law\n\nArticle 1\n\nThe text.\n"
            while true {
                let line = "field\(units): the text of field \(units)\n"
                guard text.utf8.count + line.utf8.count + body.utf8.count <= bytes else { break }
                text += line
                units += 1
            }
            text += body
        case .nestedLists:
            text = "# Law\n\n"
            var depth = 0
            while true {
                let line = String(repeating: "  ", count: depth % 1000) + "- item \(units + 1) text\n"
                guard text.utf8.count + line.utf8.count <= bytes else { break }
                text += line
                units += 1
                depth += 1
            }
        }
        return (text, units)
    }
}
