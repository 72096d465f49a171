import LegisDocument

/// Builds documents from a small line-based markup, for tests that must not depend on the parser.
///
/// `Chapter N`, `Article N` or `##### § N` lines open chapters and articles, `(n)` opens a
/// paragraph, `x)` a letter. Articles are addressed `art-N` whatever chapter holds them.
enum SampleDocument {
    static func make(_ source: String) -> Document {
        var roots: [Provision] = []
        var stack: [Provision] = []
        var offset = 0
        var lineNumber = 0
        let total = source.utf8.count

        func close(downTo depth: Int, at end: Int) {
            while stack.count > depth {
                var done = stack.removeLast()
                done.range = done.range.lowerBound..<end
                if done.children.isEmpty { done.ownRange = done.range }
                if stack.isEmpty { roots.append(done) } else { stack[stack.count - 1].children.append(done) }
            }
        }

        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let start = offset
            offset += line.utf8.count + 1
            guard let (kind, number, label) = marker(String(line)) else { continue }
            let depth = stack.firstIndex { $0.kind >= kind } ?? stack.count
            close(downTo: depth, at: start)
            if var parent = stack.last, parent.children.isEmpty {
                parent.ownRange = parent.range.lowerBound..<start
                stack[stack.count - 1] = parent
            }
            let path: ProvisionPath
            switch kind {
            case .chapter, .article: path = ProvisionPath(components: []).appending(kind, number)
            default: path = (stack.last?.path ?? ProvisionPath(components: [])).appending(kind, number)
            }
            stack.append(
                Provision(
                    kind: kind, number: number, path: path, label: label, heading: nil, range: start..<total,
                    ownRange: start..<total, line: lineNumber, children: []))
        }
        close(downTo: 0, at: total)
        return Document(source: source, frontMatter: FrontMatter(), language: "en", blocks: [], provisions: roots)
    }

    private static func marker(_ line: String) -> (ProvisionKind, String, String)? {
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        guard let first = words.first else { return nil }
        if first == "Chapter" || first == "Article", words.count > 1 {
            let kind: ProvisionKind = first == "Chapter" ? .chapter : .article
            return (kind, String(words[1]), "\(first) \(words[1])")
        }
        if first.allSatisfy({ $0 == "#" }), words.count > 2, words[1] == "§" {
            return (.article, String(words[2]), "§ \(words[2])")
        }
        if first.hasPrefix("("), first.hasSuffix(")"), first.count > 2 {
            return (.paragraph, String(first.dropFirst().dropLast()), String(first))
        }
        if first.count == 2, first.hasSuffix(")"), let letter = first.first, letter.isLowercase {
            return (.letter, String(letter), String(first))
        }
        return nil
    }
}
