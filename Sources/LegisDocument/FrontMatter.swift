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
    /// Other scalar fields, in the order written (the readers refuse a name written twice).
    ///
    /// A list rather than a dictionary: the first dictionary of strings a run makes has the Swift
    /// runtime build its type from a name and look up `String: Hashable` among every conformance
    /// of the executable, a fraction of a millisecond that every parse of a text with such fields
    /// paid (the German statutes' `jurabk`, `slug` and `layout`).
    public private(set) var otherFields: [Field]
    /// Where the front matter lies in the source, delimiters included (`nil` when absent).
    public var range: Range<Int>?

    /// A field of the front matter that Legis does not interpret.
    public struct Field: Sendable, Hashable {
        public let name: String
        public let value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(
        title: String? = nil, kind: DocumentKind? = nil, status: String? = nil,
        language: String? = nil, amends: String? = nil, otherFields: [Field] = [],
        range: Range<Int>? = nil
    ) {
        self.title = title
        self.kind = kind
        self.status = status
        self.language = language
        self.amends = amends
        self.otherFields = otherFields
        self.range = range
    }

    /// The value of the uninterpreted field `name`, if the front matter has it.
    public func field(_ name: String) -> String? {
        otherFields.first { $0.name == name }?.value
    }

    /// Adds a field the front matter does not have yet (the readers have checked that).
    mutating func addField(_ name: String, _ value: String) {
        otherFields.append(Field(name: name, value: value))
    }

    /// Sets the uninterpreted field `name`, in place when it is already there.
    public mutating func setField(_ name: String, to value: String) {
        if let index = otherFields.firstIndex(where: { $0.name == name }) {
            otherFields[index] = Field(name: name, value: value)
        } else {
            otherFields.append(Field(name: name, value: value))
        }
    }
}
