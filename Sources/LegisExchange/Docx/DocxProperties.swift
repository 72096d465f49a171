public import Foundation
public import LegisDocument

/// The document properties written to `docProps/core.xml` and read back on import.
public struct DocxProperties: Sendable, Hashable {
    /// `dc:title`.
    public var title: String?
    /// `cp:category`: the document kind (`law`, `bill`, `strategy`).
    public var kind: String?
    /// `cp:contentStatus`: the status (`draft`, ...).
    public var status: String?
    /// `dc:language`: the structure profile's language (`en`, `ro`, `de`).
    public var language: String?
    /// `dc:creator`.
    public var creator: String?
    /// `dc:description`: for example the revisions compared.
    public var description: String?
    /// `dcterms:modified`.
    public var modified: Date

    public init(
        title: String? = nil, kind: String? = nil, status: String? = nil, language: String? = nil,
        creator: String? = nil, description: String? = nil, modified: Date
    ) {
        self.title = title
        self.kind = kind
        self.status = status
        self.language = language
        self.creator = creator
        self.description = description
        self.modified = modified
    }

    /// The properties of a document's front matter.
    public init(frontMatter: FrontMatter, language: String, modified: Date, description: String? = nil) {
        self.init(
            title: frontMatter.title, kind: frontMatter.kind?.rawValue, status: frontMatter.status,
            language: frontMatter.language ?? language, description: description, modified: modified)
    }
}
