/// One row of the table of amendments in a committee report: one provision an amendment touches.
public struct AmendmentTableRow: Sendable, Hashable, Codable {
    /// The amendment's number.
    public var number: Int
    /// The amendment's title.
    public var title: String
    /// The provision's path (at the amendment's base; the new path for an inserted provision).
    public var provision: String
    /// The provision's text at the base; empty for an inserted provision.
    public var before: String
    /// The provision's text as proposed; empty for a deleted provision.
    public var after: String
    /// The sponsors' names (or ids).
    public var sponsors: [String]
    /// The rationale.
    public var rationale: String
    /// The decision, in words (`Tabled`, `Adopted with changes`).
    public var decision: String

    public init(
        number: Int, title: String, provision: String, before: String, after: String, sponsors: [String],
        rationale: String, decision: String
    ) {
        self.number = number
        self.title = title
        self.provision = provision
        self.before = before
        self.after = after
        self.sponsors = sponsors
        self.rationale = rationale
        self.decision = decision
    }
}
