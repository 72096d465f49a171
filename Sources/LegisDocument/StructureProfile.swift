/// The marker words a language uses for its structural divisions, as data.
///
/// A profile lists, from the outermost to the innermost, the levels a text may be divided into
/// (book, part, title, chapter, section) and the words that introduce articles. The parser reads
/// nothing language-specific elsewhere: supporting a new language means adding a profile value
/// to ``all``. Paragraphs `(1)`, points `1.` and letters `a)` are written the same way in every
/// supported language and need no words.
public struct StructureProfile: Sendable, Hashable {
    /// One level of division and the words that introduce it (`Chapter`, `Capitolul`, `§`).
    public struct Level: Sendable, Hashable {
        /// The kind of provision the words introduce.
        public var kind: ProvisionKind
        /// The words as written at the start of a marker.
        ///
        /// ASCII letters also match in capitals (`Chapter` matches `CHAPTER`); spell other
        /// capitalisations out (`SECȚIUNEA`).
        public var words: [String]
        /// The prefix of path components for this level (`chap` in `chap-2`).
        public var pathPrefix: String

        /// A level of `kind` introduced by `words`; the path prefix defaults to the kind's.
        public init(_ kind: ProvisionKind, _ words: [String], pathPrefix: String? = nil) {
            self.kind = kind
            self.words = words
            self.pathPrefix = pathPrefix ?? kind.pathPrefix
        }
    }

    /// The language code (`en`, `ro`, `de`).
    public var language: String
    /// The language's name in English (`German`).
    public var name: String
    /// The levels from the outermost to the innermost; article levels come last.
    ///
    /// The order is the nesting rank of containers written as plain lines (or mixed with
    /// headings); containers written as Markdown headings nest by heading depth.
    public var levels: [Level]

    /// Ordinal words that may stand before a container word instead of a number after it
    /// (`Erstes Kapitel`, `Zweiter Abschnitt`): their stems, each followed in the text by one of
    /// ``ordinalEndings``; the value of each is its position plus one.
    public var ordinals: [String]
    /// The endings an ordinal stem takes (`es`, `er`, `e`).
    public var ordinalEndings: [String]
    /// Words between the two numbers of a range of repealed articles written with a doubled
    /// symbol (`§§ 3 bis 6 (weggefallen)`); `-` and `–` are always accepted.
    public var rangeWords: [String]
    /// How lawyers name a provision, by kind, as a pattern in which `{n}` stands for the number
    /// (`Article {n}`, `Art. {n}`, `§ {n}`); ``citation(of:)`` joins them.
    public var citations: Citations

    public init(
        language: String, name: String, levels: [Level], ordinals: [String] = [], ordinalEndings: [String] = [],
        rangeWords: [String] = [], citations: Citations = .english
    ) {
        self.language = language
        self.name = name
        self.levels = levels
        self.ordinals = ordinals
        self.ordinalEndings = ordinalEndings
        self.rangeWords = rangeWords
        self.citations = citations
    }

    /// Every marker word for `kind`, in profile order.
    public func words(for kind: ProvisionKind) -> [String] {
        levels.filter { $0.kind == kind }.flatMap(\.words)
    }

    /// Every built-in profile.
    public static let all: [StructureProfile] = [.english, .romanian, .german]

    /// The built-in profile for a language code (`de`, `de-DE`, `DE`) or name (`German`), if any.
    public static func named(_ code: String) -> StructureProfile? {
        let lowered = code.lowercased()
        var base = Substring(lowered)
        if let cut = lowered.firstIndex(where: { $0 == "-" || $0 == "_" }) { base = lowered[..<cut] }
        // Only the profile asked for is built (a profile's levels, ordinals and citation
        // patterns are a good part of a short comparison's start), so the known names are
        // listed here, in `all`'s order.
        switch base {
        case "en", "english": return .english
        case "ro", "romanian": return .romanian
        case "de", "german": return .german
        default: return nil
        }
    }
}
