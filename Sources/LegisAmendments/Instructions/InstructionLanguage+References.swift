import LegisDocument

extension InstructionLanguage {
    /// The reference to a provision: `Article 5, paragraph 2`, `articolul 5, alineatul (2)`,
    /// `§ 5 Absatz 2` (`Artikel 5` when the text's articles are written so).
    func reference(_ path: ProvisionPath, articleWord: String? = nil) -> String {
        path.components.compactMap { component(of: $0, articleWord: articleWord) }.joined(separator: separator)
    }

    /// One component (`art-5`) as words (`Article 5`).
    func component(of pathComponent: String, articleWord: String? = nil) -> String? {
        guard let dash = pathComponent.firstIndex(of: "-") else { return nil }
        let prefix = String(pathComponent[..<dash])
        let number = String(pathComponent[pathComponent.index(after: dash)...])
        guard let kind = ProvisionKind.allCases.first(where: { $0.pathPrefix == prefix }) else { return nil }
        let name = kind == .article ? (articleWord ?? kindNames[kind] ?? "") : (kindNames[kind] ?? "")
        let form = numberForms[kind] ?? "{n}"
        return name + " " + form.replacingFirst("{n}", with: number)
    }

    /// The article before a renumbered provision (`{det}`): by the kind of its last component.
    func formerArticle(of path: ProvisionPath) -> String {
        let last = path.components.last ?? ""
        let kind = ProvisionKind.allCases.first { last.hasPrefix($0.pathPrefix + "-") }
        return kind.flatMap { formerArticles[$0] } ?? "Der"
    }

    /// Reads a reference back into a path; nil when a part of it is not a provision name and number.
    func path(from reference: String) -> ProvisionPath? {
        var components: [String] = []
        var rest = Substring(reference.trimmingSpaces)
        while !rest.isEmpty {
            rest = rest.drop { $0 == " " || $0 == "," }
            guard !rest.isEmpty else { break }
            guard let (kind, afterName) = readKind(rest) else { return nil }
            var tail = afterName.drop { $0 == " " }
            var number = ""
            if tail.first == "(" { tail = tail.dropFirst() }
            while let character = tail.first, character != " ", character != ",", character != ")", character != "(" {
                number.append(character)
                tail = tail.dropFirst()
            }
            if tail.first == ")" { tail = tail.dropFirst() }
            guard !number.isEmpty else { return nil }
            components.append("\(kind.pathPrefix)-\(number)")
            rest = tail
        }
        return components.isEmpty ? nil : ProvisionPath(components: components)
    }

    /// The kind named at the start of `text`, and what follows the name.
    private func readKind(_ text: Substring) -> (ProvisionKind, Substring)? {
        var names: [(String, ProvisionKind)] = kindNames.map { ($0.value, $0.key) } + aliases.map { ($0.key, $0.value) }
        if code == "de" { names.append(("Artikel", .article)) }
        names.sort { $0.0.count > $1.0.count }
        let lowered = text.lowercased()
        for (name, kind) in names where lowered.hasPrefix(name.lowercased()) {
            let after = text.dropFirst(name.count)
            if let next = after.first, next.isLetter { continue }
            // English names points and letters alike: a letter's number stands in brackets.
            if kind == .point || kind == .letter, kindNames[.point] == kindNames[.letter] {
                let isLetter = after.drop { $0 == " " }.first == "("
                return (isLetter ? .letter : .point, after)
            }
            return (kind, after)
        }
        return nil
    }
}

extension String {
    /// The text with its first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(target) {
                return String(self[..<index]) + replacement + String(self[self.index(index, offsetBy: target.count)...])
            }
            index = self.index(after: index)
        }
        return self
    }

    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String { String(trimmingWhitespace) }

    /// The text with its first character in upper case.
    var capitalisedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
