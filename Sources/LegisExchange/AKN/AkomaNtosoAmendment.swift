public import Foundation

/// What the Akoma Ntoso export of an amendment says about it besides its instructions: number,
/// title, rationale, sponsors, status, dates, and the revision of the document it amends.
public struct AkomaNtosoAmendment: Sendable, Hashable {
    /// A sponsor: a registered stakeholder, written as a `TLCPerson` or a `TLCOrganization`.
    public struct Sponsor: Sendable, Hashable {
        /// The stakeholder id (`ngo-safe-home`).
        public var id: String
        /// The name shown.
        public var name: String
        /// Whether the stakeholder is a person rather than an organisation.
        public var isPerson: Bool

        public init(id: String, name: String, isPerson: Bool) {
            self.id = id
            self.name = name
            self.isPerson = isPerson
        }
    }

    /// The amendment's number, unique for the document.
    public var number: Int
    /// The one-line title.
    public var title: String
    /// Why the change is proposed.
    public var rationale: String
    /// Who tables it.
    public var sponsors: [Sponsor]
    /// The status in words (`Tabled`, `Adopted with changes`).
    public var status: String
    /// When it was tabled: the work's date.
    public var tabled: Date
    /// Who recorded the text exported (who tabled it, or who recorded the compromise adopted).
    public var textAuthor: String
    /// When the text exported was recorded: the expression's date.
    public var textDate: Date
    /// The commit that holds the text exported: the expression's version.
    public var textRevision: String
    /// The language of the instructions (`en`, `ro`, `de`).
    public var language: String
    /// When the export was made: the manifestation's date.
    public var exportDate: Date
    /// The document amended, at the amendment's base revision.
    public var amended: AkomaNtosoIdentity

    public init(
        number: Int, title: String, rationale: String, sponsors: [Sponsor], status: String, tabled: Date,
        textAuthor: String, textDate: Date, textRevision: String, language: String, exportDate: Date,
        amended: AkomaNtosoIdentity
    ) {
        self.number = number
        self.title = title
        self.rationale = rationale
        self.sponsors = sponsors
        self.status = status
        self.tabled = tabled
        self.textAuthor = textAuthor
        self.textDate = textDate
        self.textRevision = textRevision
        self.language = language
        self.exportDate = exportDate
        self.amended = amended
    }
}
