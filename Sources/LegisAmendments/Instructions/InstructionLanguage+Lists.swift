import LegisDocument

extension InstructionLanguage {
    /// Provisions of one kind at the top as a list (`Articles 2, 3 and 4`): the plural name, then
    /// each number (a reference, or a new number when `isNew`), the last after the conjunction.
    func listParts(_ paths: [ProvisionPath], articleWord: String?, capitalised: Bool, isNew: Bool)
        -> [InstructionWording.Part]
    {
        let first = paths.first?.components.last ?? ""
        let kind = ProvisionKind.allCases.first { first.hasPrefix($0.pathPrefix + "-") }
        var name = kind.flatMap { pluralNames[$0] } ?? ""
        if kind == .article, articleWord == "Artikel" { name = "Artikel" }
        var parts: [InstructionWording.Part] = [.text((capitalised ? name.capitalisedFirst : name) + " ")]
        for (index, path) in paths.enumerated() {
            if index > 0 { parts.append(.text(index == paths.count - 1 ? " \(conjunction) " : ", ")) }
            let component = path.components.last ?? ""
            let number = String(component.drop { $0 != "-" }.dropFirst())
            let written = (kind.flatMap { numberForms[$0] } ?? "{n}").replacingFirst("{n}", with: number)
            parts.append(isNew ? .newProvision(path, written) : .reference(path, written))
        }
        return parts
    }

    /// Reads a list written by ``listParts(_:articleWord:capitalised:isNew:)`` back into paths;
    /// nil when it does not start with a plural name or an item is not a number.
    func paths(fromList list: String) -> [ProvisionPath]? {
        var names = pluralNames.map { ($0.value, $0.key) }
        if code == "de" { names.append(("Artikel", .article)) }
        names.sort { $0.0.count > $1.0.count }
        let lowered = list.lowercased()
        guard let (name, kind) = names.first(where: { lowered.hasPrefix($0.0.lowercased() + " ") }) else { return nil }
        let items = String(list.dropFirst(name.count + 1)).replacingAll(" \(conjunction) ", with: ", ")
            .split(separator: ",", omittingEmptySubsequences: false)
        var paths: [ProvisionPath] = []
        for item in items {
            let number = String(item).trimmingSpaces.filter { $0 != "(" && $0 != ")" }
            guard !number.isEmpty, !number.contains(" ") else { return nil }
            paths.append(ProvisionPath(components: ["\(kind.pathPrefix)-\(number)"]))
        }
        return paths.isEmpty ? nil : paths
    }
}
