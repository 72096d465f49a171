/// What kind of text a document is.
public enum DocumentKind: String, Sendable, Hashable, Codable, CaseIterable {
    case law
    case bill
    case strategy
}

/// The YAML front matter of a document, as read; every field is optional.
public struct FrontMatter: Sendable, Hashable {
    public var title: String?
    public var kind: DocumentKind?
    public var status: String?
    public var language: String?
    /// The id of the document this one amends, for a bill.
    public var amends: String?
    /// Other scalar fields, kept as written.
    public var extra: [String: String]
    /// Where the front matter lies in the source, delimiters included (`nil` when absent).
    public var range: Range<Int>?

    public init(
        title: String? = nil, kind: DocumentKind? = nil, status: String? = nil,
        language: String? = nil, amends: String? = nil, extra: [String: String] = [:],
        range: Range<Int>? = nil
    ) {
        self.title = title
        self.kind = kind
        self.status = status
        self.language = language
        self.amends = amends
        self.extra = extra
        self.range = range
    }
}
