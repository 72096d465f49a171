/// One line of the provision tree of a document, as `legis structure` prints it: what the parser
/// understood, so that a user can check it before relying on a redline.
public struct StructureOutline: Sendable, Hashable, Codable {
    /// The provision's path (`art-16/par-2`).
    public var path: ProvisionPath
    /// Its kind (`article`).
    public var kind: ProvisionKind
    /// Its number as normalised (`16`, `7^1`).
    public var number: String
    /// The marker as written (`Articolul 16`, `(2)`).
    public var label: String
    /// The heading after the marker, if any.
    public var heading: String?
    /// How a lawyer names it in the document's language (`Art. 16 alin. (2)`).
    public var citation: String
    /// The line where it starts (1-based).
    public var line: Int
    /// Its depth in the tree (0 for a top-level provision).
    public var depth: Int
    /// The UTF-8 byte range of the whole provision in the source.
    public var start: Int
    public var end: Int

    /// Every provision of `document`, depth first, in document order.
    public static func of(_ document: Document) -> [StructureOutline] {
        let profile = StructureProfile.named(document.language) ?? .english
        var lines: [StructureOutline] = []
        func visit(_ provision: Provision, depth: Int) {
            lines.append(
                StructureOutline(
                    path: provision.path, kind: provision.kind, number: provision.number, label: provision.label,
                    heading: provision.heading, citation: profile.citation(of: provision.path),
                    line: provision.line, depth: depth, start: provision.range.lowerBound,
                    end: provision.range.upperBound))
            for child in provision.children { visit(child, depth: depth + 1) }
        }
        for provision in document.provisions { visit(provision, depth: 0) }
        return lines
    }

    /// The tree as text: one provision a line, indented by depth, with its path, kind, number,
    /// citation, heading and byte range.
    public static func text(_ lines: [StructureOutline], language: String) -> String {
        var out = "language: \(language), \(lines.count) \(lines.count == 1 ? "provision" : "provisions")\n"
        for line in lines {
            out += String(repeating: "  ", count: line.depth)
            out += "\(line.path)  \(line.kind.rawValue) \(line.number)  \(line.citation)"
            if let heading = line.heading { out += "  “\(heading)”" }
            out += "  line \(line.line), bytes \(line.start)..<\(line.end)\n"
        }
        return out
    }
}
