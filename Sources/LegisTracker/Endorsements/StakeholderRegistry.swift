/// The stakeholders of a workspace, read from its stakeholder folder at the tip of the branch.
///
/// A file that cannot be read is not fatal: it is kept in ``problems`` with its reason, and
/// endorsements by that stakeholder are reported invalid.
public struct StakeholderRegistry: Sendable {
    /// The stakeholders by id.
    public var byID: [String: Stakeholder]
    /// Files that could not be read, by stakeholder id (the file name), with the reason.
    public var problems: [String: String]

    public init(byID: [String: Stakeholder] = [:], problems: [String: String] = [:]) {
        self.byID = byID
        self.problems = problems
    }

    /// Every stakeholder sorted by category, then name.
    public var all: [Stakeholder] {
        byID.values.sorted {
            ($0.category.rawValue, $0.name.lowercased(), $0.id) < ($1.category.rawValue, $1.name.lowercased(), $1.id)
        }
    }

    public subscript(id: String) -> Stakeholder? { byID[id] }
}
