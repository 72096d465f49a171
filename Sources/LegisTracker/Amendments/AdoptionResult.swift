public import LegisAmendments
public import LegisGit

/// What an adoption did: the amendment as it now stands and the commit that folded it in, or
/// the conflicting provisions (with nothing written).
public struct AdoptionResult: Sendable {
    /// The amendment after the attempt (still tabled when there were conflicts).
    public var amendment: Amendment
    /// The commit on the branch that carries the adopted text; nil on conflict, or when the
    /// text already read as adopted.
    public var commit: ObjectID?
    /// The provisions the amendment and the document both changed in ways that do not combine.
    public var conflicts: [MergeConflict]
    /// Paths of the provisions taken from the amendment.
    public var taken: [String]

    /// Whether the amendment was adopted.
    public var isAdopted: Bool { conflicts.isEmpty }
}
