/// How lawyers of one language name provisions, as data: a pattern per kind in which `{n}` stands
/// for the number, and how the parts of a path are joined.
///
/// English: `Article 3(3)(a)`; Romanian: `Art. 3 alin. (3) lit. a)`; German: `§ 3 Abs. 3 Nr. 2`.
public struct Citations: Sendable, Hashable {
    /// A pattern and the kind it names.
    public struct KindPattern: Sendable, Hashable {
        public var key: ProvisionKind
        public var text: String

        public init(_ key: ProvisionKind, _ text: String) {
            self.key = key
            self.text = text
        }
    }

    /// A pattern and the path prefix it names.
    public struct PrefixPattern: Sendable, Hashable {
        public var key: String
        public var text: String

        public init(_ key: String, _ text: String) {
            self.key = key
            self.text = text
        }
    }

    /// The pattern for a kind when it comes first (`Article {n}`), by kind.
    public var first: [KindPattern]
    /// The pattern for a kind after another part (`({n})`, ` alin. ({n})`), by kind.
    public var inner: [KindPattern]

    /// Patterns for levels that share a kind with another and differ by path prefix (German
    /// `div`: `Abschnitt {n}`), by path prefix; they win over ``first``.
    public var byPathPrefix: [PrefixPattern]

    // Lists of patterns, not dictionaries nor `KeyValuePairs`: a dictionary keyed by a type of
    // this module makes the Swift runtime look its conformance to Hashable up among every
    // conformance of the binary the first time, which took a tenth of every short `legis diff`,
    // and the tuples `KeyValuePairs` holds have their metadata made at run time.
    public init(first: [KindPattern], inner: [KindPattern], byPathPrefix: [PrefixPattern] = []) {
        self.first = first
        self.inner = inner
        self.byPathPrefix = byPathPrefix
    }

    /// The pattern for `kind` when it comes first.
    public func first(_ kind: ProvisionKind) -> String? { first.first { $0.key == kind }?.text }
    /// The pattern for `kind` after another part.
    public func inner(_ kind: ProvisionKind) -> String? { inner.first { $0.key == kind }?.text }
    /// The pattern for a level of path prefix `prefix`, when it has one of its own.
    public func byPathPrefix(_ prefix: String) -> String? { byPathPrefix.first { $0.key == prefix }?.text }

    public static let english = Citations(
        first: [
            .init(.book, "Book {n}"), .init(.part, "Part {n}"), .init(.title, "Title {n}"),
            .init(.chapter, "Chapter {n}"),
            .init(.section, "Section {n}"), .init(.article, "Article {n}"), .init(.paragraph, "paragraph ({n})"),
            .init(.point, "point {n}"), .init(.letter, "point ({n})"),
        ],
        inner: [.init(.paragraph, "({n})"), .init(.point, "({n})"), .init(.letter, "({n})")])

    public static let romanian = Citations(
        first: [
            .init(.book, "Cartea {n}"), .init(.part, "Partea {n}"), .init(.title, "Titlul {n}"),
            .init(.chapter, "Capitolul {n}"),
            .init(.section, "Secțiunea {n}"), .init(.article, "Art. {n}"), .init(.paragraph, "alin. ({n})"),
            .init(.point, "pct. {n}"),
            .init(.letter, "lit. {n})"),
        ],
        inner: [.init(.paragraph, " alin. ({n})"), .init(.point, " pct. {n}"), .init(.letter, " lit. {n})")])

    public static let german = Citations(
        first: [
            .init(.book, "Buch {n}"), .init(.part, "Teil {n}"), .init(.title, "Titel {n}"),
            .init(.chapter, "Kapitel {n}"),
            .init(.section, "Abschnitt {n}"), .init(.article, "§ {n}"), .init(.paragraph, "Abs. {n}"),
            .init(.point, "Nr. {n}"),
            .init(.letter, "Buchstabe {n}"),
        ],
        inner: [.init(.paragraph, " Abs. {n}"), .init(.point, " Nr. {n}"), .init(.letter, " Buchstabe {n}")],
        byPathPrefix: [
            .init("div", "Abschnitt {n}"), .init("subdiv", "Unterabschnitt {n}"), .init("subtitle", "Untertitel {n}"),
            .init("subchap", "Unterkapitel {n}"),
        ])
}

extension StructureProfile {
    /// The name a lawyer gives the provision at `path` (`Article 3(3)`, `Art. 3 alin. (3)`,
    /// `§ 3 Abs. 3`): from the innermost article (or container, when there is none) inward.
    /// Numbers are written as in the path (`7^1`); a repeated path's `~2` is kept apart.
    public func citation(of path: ProvisionPath) -> String {
        var parts: [CitationPart] = []
        for component in path.components {
            // Cut on the bytes: the path's prefixes and dashes are ASCII.
            guard let dash = component.utf8.firstIndex(of: UInt8(ascii: "-")) else { continue }
            let prefix = String(component[..<dash])
            let number = String(component[component.utf8.index(after: dash)...])
            guard let kind = kind(ofPathPrefix: prefix) else { continue }
            // The innermost article, or container, is where the name starts.
            if kind <= .article { parts.removeAll() }
            parts.append(CitationPart(kind: kind, number: number, prefix: prefix))
        }
        var out = ""
        for index in parts.indices {
            let part = parts[index]
            let pattern =
                index == 0
                ? citations.byPathPrefix(part.prefix) ?? citations.first(part.kind) ?? "{n}"
                : citations.inner(part.kind) ?? " " + (citations.first(part.kind) ?? "{n}")
            out += pattern.replacingOccurrences("{n}", with: part.number)
        }
        return out.isEmpty ? path.description : out
    }

    /// The kind whose path prefix is `prefix` in this profile (`div` is a part in German).
    func kind(ofPathPrefix prefix: String) -> ProvisionKind? {
        if let level = levels.first(where: { $0.pathPrefix == prefix }) { return level.kind }
        return ProvisionKind.allCases.first { $0.pathPrefix == prefix }
    }
}

/// One part of a citation: a path component's kind, number and prefix (a struct, not a tuple,
/// whose metadata the runtime would make on first use).
private struct CitationPart {
    var kind: ProvisionKind
    var number: String
    var prefix: String
}

extension String {
    /// The string with every `target` replaced by `replacement` (without Foundation), compared
    /// byte by byte.
    fileprivate func replacingOccurrences(_ target: String, with replacement: String) -> String {
        let needle = Array(target.utf8)
        guard let head = needle.first else { return self }
        let bytes = Array(utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + replacement.utf8.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == head, i + needle.count <= bytes.count, bytes[i..<(i + needle.count)].elementsEqual(needle) {
                out.append(contentsOf: replacement.utf8)
                i += needle.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
