public import Foundation
public import LegisGit

/// One entry in an amendment's history: its tabling, or a decision appended later.
public struct AmendmentDecision: Sendable, Hashable, Encodable {
    /// The status this entry gave the amendment.
    public var status: AmendmentStatus
    /// Who decided (or tabled), as `Name <email>`.
    public var by: String
    /// When.
    public var date: Date
    /// The note given with the decision, if any.
    public var note: String
    /// The commit that records this entry under the amendment's ref.
    public var commit: ObjectID
    /// For an adoption: the commit on the branch that folded the text in.
    public var adoptedIn: ObjectID?

    enum CodingKeys: String, CodingKey { case status, by, date, note, commit, adoptedIn }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encode(by, forKey: .by)
        try container.encode(ISO8601.string(date), forKey: .date)
        try container.encode(note, forKey: .note)
        try container.encode(commit.hex, forKey: .commit)
        try container.encodeIfPresent(adoptedIn?.hex, forKey: .adoptedIn)
    }
}
