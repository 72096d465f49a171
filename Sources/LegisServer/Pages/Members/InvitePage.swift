import LegisTracker

/// The secretariat's form to invite a member.
struct InvitePage: Sendable {
    struct Option: Sendable {
        var value: String
        var label: String
    }

    var member: MemberBar
    var stakeholders: [Option]
    var roles: [Option]

    init(member: MemberBar, workspace: Workspace) throws(LegisError) {
        self.member = member
        stakeholders = try workspace.stakeholders().map { Option(value: $0.id, label: "\($0.name) (\($0.id))") }
        roles = Member.Role.allCases.map { Option(value: $0.rawValue, label: $0.rawValue) }
    }
}
