/// How lawyers of one language name provisions, as data: a pattern per kind in which `{n}` stands
/// for the number, and how the parts of a path are joined.
///
/// English: `Article 3(3)(a)`; Romanian: `Art. 3 alin. (3) lit. a)`; German: `§ 3 Abs. 3 Nr. 2`.
public struct Citations: Sendable, Hashable {
    /// The pattern for a kind when it comes first (`Article {n}`), by kind.
    public var first: [ProvisionKind: String]
    /// The pattern for a kind after another part (`({n})`, ` alin. ({n})`), by kind.
    public var inner: [ProvisionKind: String]

    /// Patterns for levels that share a kind with another and differ by path prefix (German
    /// `div`: `Abschnitt {n}`), by path prefix; they win over ``first``.
    public var byPathPrefix: [String: String]

    public init(
        first: [ProvisionKind: String], inner: [ProvisionKind: String], byPathPrefix: [String: String] = [:]
    ) {
        self.first = first
        self.inner = inner
        self.byPathPrefix = byPathPrefix
    }

    public static let english = Citations(
        first: [
            .book: "Book {n}", .part: "Part {n}", .title: "Title {n}", .chapter: "Chapter {n}",
            .section: "Section {n}", .article: "Article {n}", .paragraph: "paragraph ({n})",
            .point: "point {n}", .letter: "point ({n})",
        ],
        inner: [.paragraph: "({n})", .point: "({n})", .letter: "({n})"])

    public static let romanian = Citations(
        first: [
            .book: "Cartea {n}", .part: "Partea {n}", .title: "Titlul {n}", .chapter: "Capitolul {n}",
            .section: "Secțiunea {n}", .article: "Art. {n}", .paragraph: "alin. ({n})", .point: "pct. {n}",
            .letter: "lit. {n})",
        ],
        inner: [.paragraph: " alin. ({n})", .point: " pct. {n}", .letter: " lit. {n})"])

    public static let german = Citations(
        first: [
            .book: "Buch {n}", .part: "Teil {n}", .title: "Titel {n}", .chapter: "Kapitel {n}",
            .section: "Abschnitt {n}", .article: "§ {n}", .paragraph: "Abs. {n}", .point: "Nr. {n}",
            .letter: "Buchstabe {n}",
        ],
        inner: [.paragraph: " Abs. {n}", .point: " Nr. {n}", .letter: " Buchstabe {n}"],
        byPathPrefix: [
            "div": "Abschnitt {n}", "subdiv": "Unterabschnitt {n}", "subtitle": "Untertitel {n}",
            "subchap": "Unterkapitel {n}",
        ])
}

extension StructureProfile {
    /// The name a lawyer gives the provision at `path` (`Article 3(3)`, `Art. 3 alin. (3)`,
    /// `§ 3 Abs. 3`): from the innermost article (or container, when there is none) inward.
    /// Numbers are written as in the path (`7^1`); a repeated path's `~2` is kept apart.
    public func citation(of path: ProvisionPath) -> String {
        var parts: [(ProvisionKind, String, String)] = []
        for component in path.components {
            guard let dash = component.firstIndex(of: "-") else { continue }
            let prefix = String(component[..<dash])
            let number = String(component[component.index(after: dash)...])
            guard let kind = kind(ofPathPrefix: prefix) else { continue }
            // The innermost article, or container, is where the name starts.
            if kind <= .article { parts.removeAll() }
            parts.append((kind, number, prefix))
        }
        var out = ""
        for (index, part) in parts.enumerated() {
            let pattern =
                index == 0
                ? citations.byPathPrefix[part.2] ?? citations.first[part.0] ?? "{n}"
                : citations.inner[part.0] ?? " " + (citations.first[part.0] ?? "{n}")
            out += pattern.replacingOccurrences("{n}", with: part.1)
        }
        return out.isEmpty ? path.description : out
    }

    /// The kind whose path prefix is `prefix` in this profile (`div` is a part in German).
    func kind(ofPathPrefix prefix: String) -> ProvisionKind? {
        if let level = levels.first(where: { $0.pathPrefix == prefix }) { return level.kind }
        return ProvisionKind.allCases.first { $0.pathPrefix == prefix }
    }
}

extension String {
    /// The string with every `target` replaced by `replacement` (without Foundation).
    fileprivate func replacingOccurrences(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        out += rest
        return out
    }
}
