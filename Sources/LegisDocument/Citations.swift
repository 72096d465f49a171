/// How lawyers of one language name provisions, as data: a pattern per kind in which `{n}` stands
/// for the number, and how the parts of a path are joined.
///
/// English: `Article 3(3)(a)`; Romanian: `Art. 3 alin. (3) lit. a)`; German: `§ 3 Abs. 3 Nr. 2`.
public struct Citations: Sendable, Hashable {
    /// A pattern and the kind it names.
    public struct KindPattern: Sendable, Hashable {
        public var key: ProvisionKind
        public var text: String
    }

    /// A pattern and the path prefix it names.
    public struct PrefixPattern: Sendable, Hashable {
        public var key: String
        public var text: String
    }

    /// The pattern for a kind when it comes first (`Article {n}`), by kind.
    public var first: [KindPattern]
    /// The pattern for a kind after another part (`({n})`, ` alin. ({n})`), by kind.
    public var inner: [KindPattern]

    /// Patterns for levels that share a kind with another and differ by path prefix (German
    /// `div`: `Abschnitt {n}`), by path prefix; they win over ``first``.
    public var byPathPrefix: [PrefixPattern]

    // Lists, not dictionaries: a dictionary keyed by a type of this module makes the Swift
    // runtime look its conformance to Hashable up among every conformance of the binary the
    // first time, which took a tenth of every short `legis diff`.
    public init(
        first: KeyValuePairs<ProvisionKind, String>, inner: KeyValuePairs<ProvisionKind, String>,
        byPathPrefix: KeyValuePairs<String, String> = [:]
    ) {
        self.first = first.map { KindPattern(key: $0.key, text: $0.value) }
        self.inner = inner.map { KindPattern(key: $0.key, text: $0.value) }
        self.byPathPrefix = byPathPrefix.map { PrefixPattern(key: $0.key, text: $0.value) }
    }

    /// The pattern for `kind` when it comes first.
    public func first(_ kind: ProvisionKind) -> String? { first.first { $0.key == kind }?.text }
    /// The pattern for `kind` after another part.
    public func inner(_ kind: ProvisionKind) -> String? { inner.first { $0.key == kind }?.text }
    /// The pattern for a level of path prefix `prefix`, when it has one of its own.
    public func byPathPrefix(_ prefix: String) -> String? { byPathPrefix.first { $0.key == prefix }?.text }

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
                ? citations.byPathPrefix(part.2) ?? citations.first(part.0) ?? "{n}"
                : citations.inner(part.0) ?? " " + (citations.first(part.0) ?? "{n}")
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
