public import Foundation

/// What the FRBR identification of an Akoma Ntoso export is made of: the document, the revision
/// exported (the expression), and the export itself (the manifestation).
public struct AkomaNtosoIdentity: Sendable, Hashable {
    /// The Legis document id (`labour-recruitment-agencies`).
    public var documentID: String
    /// The ISO 3166-1 alpha-2 country code, lower case (front matter `country`, else `xx`).
    public var country: String
    /// The date of the document's first revision: the work's date.
    public var workDate: Date
    /// The date of the revision exported: the expression's date.
    public var revisionDate: Date
    /// The commit id of the revision exported: the expression's version.
    public var revision: String
    /// The author of the revision exported.
    public var revisionAuthor: String
    /// When the export was made: the manifestation's date.
    public var exportDate: Date

    public init(
        documentID: String, country: String = "xx", workDate: Date, revisionDate: Date, revision: String,
        revisionAuthor: String, exportDate: Date
    ) {
        self.documentID = documentID
        self.country = country
        self.workDate = workDate
        self.revisionDate = revisionDate
        self.revision = revision
        self.revisionAuthor = revisionAuthor
        self.exportDate = exportDate
    }
}
