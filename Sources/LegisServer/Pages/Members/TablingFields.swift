import LegisTracker

/// The fields that table an amendment, shared by the amendment form and the edit form: title,
/// rationale, and the registered stakeholders who may co-sponsor it.
struct TablingFields: Sendable {
    /// One stakeholder that may co-sponsor.
    struct Choice: Sendable {
        var value: String
        var label: String
        var checked: Bool
    }

    /// Where the form posts to table.
    var action: String
    var amendmentTitle: String
    var rationale: String
    /// The member's own stakeholder, always a sponsor.
    var sponsor: String
    var cosponsors: [Choice]
    var hasCosponsors: Bool
    /// Whether the browser should insist on a title (not on the edit form, which also saves).
    var requireTitle: Bool

    /// The fields for a member of `sponsor`, with `checked` co-sponsors ticked.
    init(
        _ workspace: Workspace, _ id: DocumentID, sponsor: String, title: String = "", rationale: String = "",
        checked: Set<String> = [], requireTitle: Bool = false
    ) throws(LegisError) {
        self.requireTitle = requireTitle
        action = URLPath.amendments(id) + "/new"
        amendmentTitle = title
        self.rationale = rationale
        self.sponsor = sponsor
        cosponsors = try workspace.stakeholders().filter { $0.id != sponsor }.map { stakeholder in
            Choice(
                value: stakeholder.id, label: "\(stakeholder.name) (\(stakeholder.id))",
                checked: checked.contains(stakeholder.id))
        }
        hasCosponsors = !cosponsors.isEmpty
    }
}
